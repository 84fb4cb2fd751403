package dev.athenawizard.core.sql.highlight;

/**
 * Splits SQL into tokens the way Trino's lexer does, for highlighting, completion and formatting. Hand-written
 * rather than Trino's ANTLR lexer because it must also make sense of text being typed — an unterminated string or
 * comment runs to the end instead of breaking into symbols — and because it is several times faster on long queries
 * (see {@code HighlightBenchmark}); a test checks that both agree on complete queries.
 */
public final class SqlLexer {
    private SqlLexer() {
    }

    public static SqlTokens tokenize(String text) {
        SqlTokens.Builder out = new SqlTokens.Builder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            SqlTokenKind kind;
            if (Character.isWhitespace(c)) {
                i = skipWhitespace(text, i);
                kind = SqlTokenKind.WHITESPACE;
            } else if (c == '-' && next(text, i) == '-') {
                i = lineEnd(text, i);
                kind = SqlTokenKind.COMMENT;
            } else if (c == '/' && next(text, i) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                kind = SqlTokenKind.COMMENT;
            } else if (c == '\'') {
                i = quoted(text, i, '\'');
                kind = SqlTokenKind.STRING;
            } else if ((c == 'U' || c == 'u') && next(text, i) == '&' && at(text, i + 2) == '\'') {
                i = quoted(text, i + 2, '\'');
                kind = SqlTokenKind.STRING;
            } else if ((c == 'X' || c == 'x') && next(text, i) == '\'') {
                i = quoted(text, i + 1, '\'');
                kind = SqlTokenKind.STRING;
            } else if (c == '"' || c == '`') {
                i = quoted(text, i, c);
                kind = SqlTokenKind.QUOTED_IDENTIFIER;
            } else if (isDigit(c) || (c == '.' && isDigit(next(text, i)))) {
                int numberEnd = number(text, i);
                int wordEnd = wordEnd(text, i);
                // Trino's DIGIT_IDENTIFIER: "1abc" is one (invalid) name, not a number and a name
                if (isDigit(c) && wordEnd > numberEnd) {
                    i = wordEnd;
                    kind = SqlTokenKind.IDENTIFIER;
                } else {
                    i = numberEnd;
                    kind = SqlTokenKind.NUMBER;
                }
            } else if (isWordStart(c)) {
                i = wordEnd(text, i);
                kind = SqlKeywords.isKeyword(text, start, i) ? SqlTokenKind.KEYWORD : SqlTokenKind.IDENTIFIER;
            } else if (c == '?') {
                i++;
                kind = SqlTokenKind.PARAMETER;
            } else {
                int length = symbolLength(text, i);
                i += length;
                kind = length == 0 ? SqlTokenKind.UNKNOWN : SqlTokenKind.SYMBOL;
                if (length == 0) {
                    i++;
                }
            }
            out.add(kind, start, i);
        }
        return out.build();
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int i) {
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The end of a quoted run opened at {@code i}, where a doubled quote is an escaped one. */
    private static int quoted(String text, int i, char quote) {
        int j = i + 1;
        while (j < text.length()) {
            if (text.charAt(j) == quote) {
                if (at(text, j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return j; // unterminated: runs to the end, as the user is most likely still typing it
    }

    private static int number(String text, int i) {
        int n = text.length();
        if (text.charAt(i) == '0' && i + 1 < n && "xXbBoO".indexOf(text.charAt(i + 1)) >= 0
                && i + 2 < n && isHexDigit(text.charAt(i + 2))) {
            int j = i + 2;
            while (j < n && (isHexDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            return j;
        }
        int j = digits(text, i);
        if (j < n && text.charAt(j) == '.') {
            j = digits(text, j + 1);
        }
        if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(text.charAt(k))) {
                j = digits(text, k);
            }
        }
        return j;
    }

    /** Digits, with single underscores between them ({@code 1_000_000}). */
    private static int digits(String text, int i) {
        int j = i;
        while (j < text.length() && (isDigit(text.charAt(j))
                || (text.charAt(j) == '_' && j > i && isDigit(at(text, j + 1))))) {
            j++;
        }
        return j;
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isWordPart(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int symbolLength(String text, int i) {
        char c = text.charAt(i);
        char d = next(text, i);
        switch (c) {
            case '<':
                return d == '>' || d == '=' ? 2 : 1;
            case '>':
            case '!':
                return d == '=' ? 2 : (c == '!' ? 0 : 1);
            case '|':
                return d == '|' ? 2 : 1;
            case '=':
                return d == '>' ? 2 : 1;
            case '-':
                return d == '>' || d == '}' ? 2 : 1;
            case '{':
                return d == '-' ? 2 : 1;
            case '(': case ')': case '[': case ']': case ',': case '.': case ';': case ':': case '+': case '*':
            case '/': case '%': case '^': case '$': case '}':
                return 1;
            default:
                return 0;
        }
    }

    public static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > 127 && Character.isLetter(c));
    }

    public static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || (c > 127 && Character.isLetterOrDigit(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static char next(String text, int i) {
        return at(text, i + 1);
    }

    private static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }
}

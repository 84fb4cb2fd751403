package dev.athenawizard.core.aporia.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * Just enough reading of SQL and Spark SQL text to check what the registration sends: where quotes, comments and
 * parentheses begin and end. Full parsing is the query step's business; here a query only has to be one read-only
 * statement Aporia can wrap, and an expression has to be balanced.
 */
final class SqlText {
    /** Athena's SQL (Trino: quotes are escaped by doubling) or Spark SQL (backslashes escape too). */
    enum Dialect { ATHENA, SPARK }

    private SqlText() {
    }

    /** The first word of the statement, skipping comments, whitespace and opening parentheses; empty if none. */
    static String firstKeyword(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                int start = i;
                while (i < n && Character.isLetter(sql.charAt(i))) {
                    i++;
                }
                return sql.substring(start, i > start ? i : start + Character.charCount(sql.codePointAt(start)))
                        .toUpperCase(Locale.ROOT); // a whole character, never half of an emoji
            }
        }
        return "";
    }

    /** The text without trailing whitespace, semicolons and comments after the last statement. */
    static String withoutTrailingSemicolons(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Where the text stops being well formed: an unclosed quote or comment, a parenthesis without its partner, or a
     * semicolon that starts a second statement. Empty when it is fine.
     */
    static Optional<String> structureProblem(String text, Dialect dialect) {
        int depth = 0;
        int lastOpen = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = closingQuote(text, i, dialect == Dialect.SPARK);
                if (close < 0) {
                    return Optional.of("the quote " + c + " at " + at(text, i) + " is never closed");
                }
                i = close + 1;
                continue;
            }
            if (text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return Optional.of("the comment opened at " + at(text, i) + " is never closed");
                }
                i = end + 2;
                continue;
            }
            if (c == '(') {
                if (depth == 0) {
                    lastOpen = i;
                }
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return Optional.of("the ) at " + at(text, i) + " closes nothing");
                }
                depth--;
            } else if (c == ';') {
                return Optional.of(dialect == Dialect.ATHENA
                        ? "a ; at " + at(text, i) + " ends the statement and another follows: Aporia runs exactly one"
                        : "a ; at " + at(text, i) + " does not belong in an expression");
            }
            i++;
        }
        if (depth > 0) {
            return Optional.of("the ( at " + at(text, lastOpen) + " is never closed");
        }
        return Optional.empty();
    }

    /** The index of the quote closing the one at {@code open} (a doubled quote is an escaped one), or -1. */
    private static int closingQuote(String text, int open, boolean backslashEscapes) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            if (backslashEscapes && text.charAt(i) == '\\' && quote != '`') {
                i += 2; // Spark SQL escapes with a backslash inside string literals; Athena does not
                continue;
            }
            i++;
        }
        return -1;
    }

    /** "line 2, column 5" (1-based, as editors count). */
    static String at(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line == 1 ? "column " + column : "line " + line + ", column " + column;
    }
}

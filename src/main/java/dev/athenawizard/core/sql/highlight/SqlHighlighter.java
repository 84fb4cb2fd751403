package dev.athenawizard.core.sql.highlight;

/**
 * Decides how each token of a query is shown. Pure and thread-safe: the editor runs it on a background thread.
 *
 * <p>Beyond the lexer: a name or function-like keyword before {@code (} is a function call ({@code count(*)},
 * {@code date(ts)}), and a keyword right after a dot is a name ({@code t.date}).
 */
public final class SqlHighlighter {
    private SqlHighlighter() {
    }

    public static Highlighting highlight(String text) {
        SqlTokens tokens = SqlLexer.tokenize(text);
        byte[] styles = new byte[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            styles[i] = (byte) style(tokens, i).ordinal();
        }
        return new Highlighting(tokens, styles);
    }

    private static HighlightStyle style(SqlTokens tokens, int i) {
        return switch (tokens.kind(i)) {
            case KEYWORD -> keywordStyle(tokens, i);
            case IDENTIFIER -> followedByParenthesis(tokens, i) ? HighlightStyle.FUNCTION : HighlightStyle.IDENTIFIER;
            case QUOTED_IDENTIFIER -> HighlightStyle.QUOTED_IDENTIFIER;
            case STRING -> HighlightStyle.STRING;
            case NUMBER -> HighlightStyle.NUMBER;
            case COMMENT -> HighlightStyle.COMMENT;
            case SYMBOL -> HighlightStyle.OPERATOR;
            case PARAMETER -> HighlightStyle.PARAMETER;
            case WHITESPACE -> HighlightStyle.PLAIN;
            case UNKNOWN -> HighlightStyle.UNKNOWN;
        };
    }

    private static HighlightStyle keywordStyle(SqlTokens tokens, int i) {
        int before = tokens.previousSignificant(i);
        if (before >= 0 && tokens.isSymbol(before, ".")) {
            return HighlightStyle.IDENTIFIER;
        }
        if (followedByParenthesis(tokens, i)
                && SqlFunctions.isCallingKeyword(tokens.text(), tokens.start(i), tokens.end(i))) {
            return HighlightStyle.FUNCTION;
        }
        return HighlightStyle.KEYWORD;
    }

    private static boolean followedByParenthesis(SqlTokens tokens, int i) {
        int next = i + 1;
        if (next < tokens.size() && tokens.kind(next) == SqlTokenKind.WHITESPACE) {
            next++;
        }
        return next < tokens.size() && tokens.isSymbol(next, "(");
    }
}

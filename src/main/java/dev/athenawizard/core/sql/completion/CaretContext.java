package dev.athenawizard.core.sql.completion;

import dev.athenawizard.core.sql.highlight.SqlTokenKind;
import dev.athenawizard.core.sql.highlight.SqlTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the caret is, for completion: the word being typed there (the prefix the list filters by, and the range a
 * chosen candidate replaces), the dotted names before it ({@code db.} or {@code p.}), and the token that governs what
 * may come next.
 *
 * @param replaceFrom start of the word being typed (its opening quote included)
 * @param replaceTo   its end
 * @param prefix      the typed part of the word, unquoted
 * @param qualifier   the names before a dot, e.g. {@code [aporia_demo]} for {@code aporia_demo.mo|}
 * @param position    how many significant tokens of the statement lie before the word
 */
record CaretContext(int replaceFrom, int replaceTo, String prefix, List<String> qualifier, int position) {

    /** Empty inside a string or a comment, where nothing is offered. */
    static Optional<CaretContext> of(SqlTokens tokens, StatementTokens st, int caret) {
        int at = caret == 0 ? -1 : tokens.tokenAt(caret - 1);
        int from = caret;
        int to = caret;
        String prefix = "";
        if (at >= 0) {
            SqlTokenKind kind = tokens.kind(at);
            boolean inside = caret < tokens.end(at) || !closed(tokens, at);
            if ((kind == SqlTokenKind.STRING || kind == SqlTokenKind.COMMENT) && inside) {
                return Optional.empty();
            }
            if (kind == SqlTokenKind.IDENTIFIER || kind == SqlTokenKind.KEYWORD
                    || kind == SqlTokenKind.QUOTED_IDENTIFIER && inside) {
                from = tokens.start(at);
                to = kind == SqlTokenKind.QUOTED_IDENTIFIER ? caret : tokens.end(at);
                prefix = SqlIdentifiers.unquote(tokens.text().substring(from, caret));
                if (kind != SqlTokenKind.QUOTED_IDENTIFIER) {
                    prefix = tokens.text().substring(from, caret);
                }
            }
        }
        int position = st.countBefore(from);
        List<String> qualifier = new ArrayList<>();
        int i = position - 1;
        while (st.isSymbol(i, ".") && st.isName(i - 1)) {
            qualifier.add(0, st.name(i - 1));
            i -= 2;
        }
        return Optional.of(new CaretContext(from, to, prefix, qualifier, i + 1));
    }

    /** Whether a string, quoted name or block comment has its closing mark (a line comment ends with its line). */
    private static boolean closed(SqlTokens tokens, int token) {
        String text = tokens.tokenText(token);
        return switch (tokens.kind(token)) {
            case STRING, QUOTED_IDENTIFIER -> text.length() >= 2 && text.charAt(text.length() - 1)
                    == (text.charAt(0) == '`' ? '`' : text.charAt(0) == '"' ? '"' : '\'')
                    && !endsInsideEscape(text);
            case COMMENT -> text.startsWith("/*") ? text.length() >= 4 && text.endsWith("*/") : false;
            default -> true;
        };
    }

    /** {@code 'it''} is still open: its last quote is the first of an escaped pair. */
    private static boolean endsInsideEscape(String text) {
        int start = text.indexOf(text.charAt(text.length() - 1)) + 1;
        int quotes = 0;
        for (int i = text.length() - 1; i >= start && text.charAt(i) == text.charAt(text.length() - 1); i--) {
            quotes++;
        }
        return quotes % 2 == 0;
    }
}

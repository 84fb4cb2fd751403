package dev.athenawizard.core.sql;

import io.trino.grammar.sql.SqlBaseLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of a text as Trino's own lexer splits it, so statement boundaries, comments, string literals and quoted
 * identifiers are recognised exactly as Athena recognises them (a {@code ;} inside {@code '…'} or a comment is not a
 * statement end).
 */
final class SqlTokens {
    private final List<SqlToken> tokens;

    private SqlTokens(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    static SqlTokens lex(String text) {
        SqlBaseLexer lexer = new SqlBaseLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners(); // the grammar's catch-all token keeps it quiet; never print to the console
        boolean charsAreCodePoints = text.codePointCount(0, text.length()) == text.length();
        List<SqlToken> tokens = new ArrayList<>();
        int codePoint = 0;
        int offset = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int start;
            if (charsAreCodePoints) {
                start = token.getStartIndex();
            } else { // the lexer counts code points; walk forward from the previous token
                start = text.offsetByCodePoints(offset, token.getStartIndex() - codePoint);
                codePoint = token.getStartIndex();
                offset = start;
            }
            tokens.add(new SqlToken(token.getType(), token.getText(), start, start + token.getText().length()));
        }
        return new SqlTokens(List.copyOf(tokens));
    }

    List<SqlToken> all() {
        return tokens;
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    int size() {
        return tokens.size();
    }

    SqlToken get(int index) {
        return tokens.get(index);
    }

    /** Index of the first token at or after {@code offset}, or {@link #size()}. */
    int indexAt(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Index of the first {@code ;} at or after token {@code from}, or {@link #size()}. */
    int nextSemicolon(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).type() == SqlBaseLexer.SEMICOLON) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The token's text upper-cased, or "" past the end: keywords compare case-insensitively. */
    String word(int index) {
        return index < tokens.size() ? tokens.get(index).text().toUpperCase(Locale.ROOT) : "";
    }
}

package dev.athenawizard.core.sql.highlight;

import java.util.Arrays;

/**
 * The tokens of one text, in order and without gaps, kept in flat arrays: a 5,000-line query has some 100,000
 * tokens, and these are compared and scanned on every keystroke. Immutable once built.
 */
public final class SqlTokens {
    private static final SqlTokenKind[] KINDS = SqlTokenKind.values();

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final byte[] kinds;
    private final int count;

    private SqlTokens(String text, int[] starts, int[] ends, byte[] kinds, int count) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.count = count;
    }

    /** The text these tokens cover. */
    public String text() {
        return text;
    }

    public int size() {
        return count;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public SqlTokenKind kind(int token) {
        return KINDS[kinds[token]];
    }

    public String tokenText(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Whether the token is exactly this one-or-two character symbol, e.g. {@code "("} or {@code "<>"}. */
    public boolean isSymbol(int token, String symbol) {
        return kind(token) == SqlTokenKind.SYMBOL && ends[token] - starts[token] == symbol.length()
                && text.startsWith(symbol, starts[token]);
    }

    /** Whether the token is the keyword or identifier {@code word}, in any case. */
    public boolean isWord(int token, String word) {
        SqlTokenKind k = kind(token);
        return (k == SqlTokenKind.KEYWORD || k == SqlTokenKind.IDENTIFIER)
                && ends[token] - starts[token] == word.length()
                && text.regionMatches(true, starts[token], word, 0, word.length());
    }

    /** The token holding the character at {@code offset}; the last token when {@code offset} is the text's end. */
    public int tokenAt(int offset) {
        if (count == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The nearest token after {@code token} that is not whitespace or a comment, or -1. */
    public int nextSignificant(int token) {
        for (int i = token + 1; i < count; i++) {
            if (!kind(i).isTrivia()) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest token before {@code token} that is not whitespace or a comment, or -1. */
    public int previousSignificant(int token) {
        for (int i = Math.min(token, count) - 1; i >= 0; i--) {
            if (!kind(i).isTrivia()) {
                return i;
            }
        }
        return -1;
    }

    /** Collects tokens; the lexer's only way to make a {@link SqlTokens}. */
    static final class Builder {
        private final String text;
        private int[] starts;
        private int[] ends;
        private byte[] kinds;
        private int count;

        Builder(String text) {
            this.text = text;
            int guess = Math.max(16, text.length() / 3);
            starts = new int[guess];
            ends = new int[guess];
            kinds = new byte[guess];
        }

        void add(SqlTokenKind kind, int start, int end) {
            if (count == starts.length) {
                int grown = count * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                kinds = Arrays.copyOf(kinds, grown);
            }
            starts[count] = start;
            ends[count] = end;
            kinds[count] = (byte) kind.ordinal();
            count++;
        }

        SqlTokens build() {
            return new SqlTokens(text, starts, ends, kinds, count);
        }
    }
}

package dev.athenawizard.core.sql.completion;

import dev.athenawizard.core.sql.highlight.SqlKeywords;
import dev.athenawizard.core.sql.highlight.SqlTokenKind;
import dev.athenawizard.core.sql.highlight.SqlTokens;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The significant tokens (no whitespace, no comments) of the one statement that holds the caret, with each
 * parenthesis matched and each token's nesting depth: the ground completion walks on.
 */
final class StatementTokens {
    final SqlTokens tokens;
    /** Indices into {@link #tokens}, in order. */
    final int[] sig;
    /** For an opening parenthesis or bracket: the position (in {@link #sig}) of its partner, or {@link #size()}. */
    final int[] match;
    /** How many parentheses enclose each token. */
    final int[] depth;

    private StatementTokens(SqlTokens tokens, int[] sig) {
        this.tokens = tokens;
        this.sig = sig;
        this.match = new int[sig.length];
        this.depth = new int[sig.length];
        Arrays.fill(match, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < sig.length; i++) {
            depth[i] = open.size();
            if (isSymbol(i, "(") || isSymbol(i, "[")) {
                open.push(i);
                match[i] = sig.length; // unclosed until its partner comes
            } else if ((isSymbol(i, ")") || isSymbol(i, "]")) && !open.isEmpty()) {
                int o = open.pop();
                match[o] = i;
                match[i] = o;
                depth[i] = open.size();
            }
        }
    }

    /** The statement around {@code caret}: between the semicolons before and after it. */
    static StatementTokens around(SqlTokens tokens, int caret) {
        int from = 0;
        int to = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isSymbol(i, ";")) {
                if (tokens.end(i) <= caret) {
                    from = i + 1;
                } else {
                    to = i;
                    break;
                }
            }
        }
        int[] sig = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!tokens.kind(i).isTrivia()) {
                sig[n++] = i;
            }
        }
        return new StatementTokens(tokens, Arrays.copyOf(sig, n));
    }

    int size() {
        return sig.length;
    }

    /** How many significant tokens end at or before {@code offset}. */
    int countBefore(int offset) {
        int lo = 0;
        int hi = sig.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.end(sig[mid]) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean isSymbol(int i, String symbol) {
        return i >= 0 && i < sig.length && tokens.isSymbol(sig[i], symbol);
    }

    boolean isWord(int i, String word) {
        return i >= 0 && i < sig.length && tokens.isWord(sig[i], word);
    }

    String text(int i) {
        return tokens.tokenText(sig[i]);
    }

    SqlTokenKind kind(int i) {
        return tokens.kind(sig[i]);
    }

    /** A token that can be a name: an identifier, a quoted one, or a keyword Trino does not reserve. */
    boolean isName(int i) {
        if (i < 0 || i >= sig.length) {
            return false;
        }
        return switch (kind(i)) {
            case IDENTIFIER, QUOTED_IDENTIFIER -> true;
            case KEYWORD -> !SqlKeywords.isReserved(text(i));
            default -> false;
        };
    }

    /** The name a token stands for: unquoted, lower case unless quoted. */
    String name(int i) {
        return SqlIdentifiers.unquote(text(i));
    }
}

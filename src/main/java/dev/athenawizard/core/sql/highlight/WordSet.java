package dev.athenawizard.core.sql.highlight;

import java.util.Collection;
import java.util.Locale;

/**
 * A set of ASCII words looked up case-insensitively straight from a region of text, without cutting the region out:
 * the lexer asks "is this a keyword?" for every name of a long query on each keystroke.
 */
public final class WordSet {
    private final String[][] buckets;
    private final int mask;

    public WordSet(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 2)) * 2;
        mask = size - 1;
        buckets = new String[size][];
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            int b = hash(lower, 0, lower.length()) & mask;
            String[] old = buckets[b];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = lower;
            buckets[b] = grown;
        }
    }

    public boolean contains(CharSequence text, int start, int end) {
        String[] bucket = buckets[hash(text, start, end) & mask];
        if (bucket == null) {
            return false;
        }
        int length = end - start;
        for (String word : bucket) {
            if (word.length() == length && sameIgnoringAsciiCase(word, text, start)) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    private static boolean sameIgnoringAsciiCase(String lower, CharSequence text, int start) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) != lowerAscii(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lowerAscii(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}

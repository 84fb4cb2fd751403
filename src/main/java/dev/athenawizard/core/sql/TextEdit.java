package dev.athenawizard.core.sql;

/**
 * Replaces the characters {@code [start, end)} of the user's text with {@code replacement} (an insertion when
 * {@code start == end}).
 */
record TextEdit(int start, int end, String replacement) {
    TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    int delta() {
        return replacement.length() - (end - start);
    }
}

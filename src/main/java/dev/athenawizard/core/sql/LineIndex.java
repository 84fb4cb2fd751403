package dev.athenawizard.core.sql;

import dev.athenawizard.core.athena.SqlPosition;
import java.util.Arrays;

/**
 * Converts between offsets into a text (Java {@code char} indices, as editors use) and Athena's 1-based line and
 * column. Lines end at {@code \n} only (a {@code \r} before it belongs to the line), and columns count code points,
 * as Trino's lexer does: that is how Athena numbers the positions in its messages.
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    String text() {
        return text;
    }

    /** The offset of a 1-based line and column; past the end of its line (or of the text) it clamps to that end. */
    int offset(int line, int column) {
        if (line > lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[Math.max(line, 1) - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        int offset = start;
        for (int i = 1; i < column && offset < end; i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, end);
    }

    int offset(SqlPosition position) {
        return offset(position.line(), position.column());
    }

    /** The 1-based line and column of an offset (clamped into the text). */
    SqlPosition position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, at);
        if (line < 0) {
            line = -line - 2;
        }
        int column = text.codePointCount(lineStarts[line], at) + 1;
        return new SqlPosition(line + 1, column);
    }
}

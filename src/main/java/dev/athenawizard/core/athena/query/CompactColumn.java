package dev.athenawizard.core.athena.query;

import java.util.Arrays;

/**
 * One column of {@link CompactRows}: every cell's bytes one after another in one array, where each cell ends, and how
 * each is held ({@link CellText}). Immutable once built.
 */
final class CompactColumn {
    private final byte[] blob;
    private final int[] ends;
    private final byte[] kinds;

    private CompactColumn(byte[] blob, int[] ends, byte[] kinds) {
        this.blob = blob;
        this.ends = ends;
        this.kinds = kinds;
    }

    /** The text of the cell in row {@code row}, null for SQL NULL. */
    String get(int row) {
        int from = row == 0 ? 0 : ends[row - 1];
        return CellText.decode(kinds[row], blob, from, ends[row]);
    }

    /** Bytes of the arrays (their object headers left out). */
    long bytes() {
        return blob.length + 4L * ends.length + kinds.length;
    }

    boolean sameCells(CompactColumn other) {
        return Arrays.equals(kinds, other.kinds) && Arrays.equals(ends, other.ends) && Arrays.equals(blob, other.blob);
    }

    /** Adds cells one row at a time; the arrays grow as needed and are cut to size by {@link #build()}. */
    static final class Builder {
        private byte[] blob = new byte[64];
        private int size;
        private int[] ends = new int[16];
        private byte[] kinds = new byte[16];
        private int count;

        /** A column that starts at row {@code rows}: the rows before it hold no value here. */
        Builder(int rows) {
            for (int r = 0; r < rows; r++) {
                add(null);
            }
        }

        void add(String value) {
            byte kind = CellText.kindOf(value);
            int room = CellText.maxLength(value, kind);
            if (blob.length - size < room) {
                long wanted = Math.max((long) size + room, size + (size >> 1) + 64L);
                if ((long) size + room > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("a preview column holds more than 2 GB of text");
                }
                blob = Arrays.copyOf(blob, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count + (count >> 1) + 16);
                kinds = Arrays.copyOf(kinds, ends.length);
            }
            size = CellText.encode(value, kind, blob, size);
            ends[count] = size;
            kinds[count] = kind;
            count++;
        }

        CompactColumn build() {
            return new CompactColumn(Arrays.copyOf(blob, size), Arrays.copyOf(ends, count),
                    Arrays.copyOf(kinds, count));
        }
    }
}

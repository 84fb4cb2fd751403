package dev.athenawizard.core.athena.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One column of {@link CompactRows}, in segments of {@value #SEGMENT_ROWS} rows: each segment's cells' bytes one after
 * another in one array, where each cell ends, and how each is held ({@link CellText}). Segments are cut to size as
 * they fill, so building a column never holds more than one segment's slack (not a growing copy of the whole
 * column: the embedding column of a 10,000-row preview is 40 MB). Immutable once built.
 */
final class CompactColumn {
    static final int SEGMENT_ROWS = 1024;
    private static final int SEGMENT_SHIFT = 10;

    private final Segment[] segments;

    private CompactColumn(Segment[] segments) {
        this.segments = segments;
    }

    /** The text of the cell in row {@code row}, null for SQL NULL. */
    String get(int row) {
        return segments[row >>> SEGMENT_SHIFT].get(row & (SEGMENT_ROWS - 1));
    }

    /** Bytes of the arrays (their object headers left out). */
    long bytes() {
        long total = 0;
        for (Segment s : segments) {
            total += s.blob.length + 4L * s.ends.length + s.kinds.length;
        }
        return total;
    }

    boolean sameCells(CompactColumn other) {
        if (segments.length != other.segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            Segment a = segments[i];
            Segment b = other.segments[i];
            if (!Arrays.equals(a.kinds, b.kinds) || !Arrays.equals(a.ends, b.ends) || !Arrays.equals(a.blob, b.blob)) {
                return false;
            }
        }
        return true;
    }

    private static final class Segment {
        private final byte[] blob;
        private final int[] ends;
        private final byte[] kinds;

        Segment(byte[] blob, int[] ends, byte[] kinds) {
            this.blob = blob;
            this.ends = ends;
            this.kinds = kinds;
        }

        String get(int i) {
            int from = i == 0 ? 0 : ends[i - 1];
            return CellText.decode(kinds[i], blob, from, ends[i]);
        }
    }

    /** Adds cells one row at a time. */
    static final class Builder {
        private final List<Segment> sealed = new ArrayList<>();
        private final int[] ends = new int[SEGMENT_ROWS];
        private final byte[] kinds = new byte[SEGMENT_ROWS];
        private byte[] blob = new byte[64]; // the open segment's, reused for the next
        private int size;
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
                if ((long) size + room > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("1,024 preview values hold more than 2 GB of text");
                }
                long wanted = Math.max((long) size + room, size + (size >> 1) + 64L);
                blob = Arrays.copyOf(blob, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
            }
            size = CellText.encode(value, kind, blob, size);
            ends[count] = size;
            kinds[count] = kind;
            if (++count == SEGMENT_ROWS) {
                seal();
            }
        }

        CompactColumn build() {
            if (count > 0) {
                seal();
            }
            return new CompactColumn(sealed.toArray(new Segment[0]));
        }

        private void seal() {
            sealed.add(new Segment(Arrays.copyOf(blob, size), Arrays.copyOf(ends, count),
                    Arrays.copyOf(kinds, count)));
            size = 0;
            count = 0;
        }
    }
}

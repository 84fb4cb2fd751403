package dev.athenawizard.core.athena.query;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A preview's rows held column by column in byte arrays ({@link CellText}), not as a {@code String} per cell: a
 * 10,000 × 50 preview with a 768-number embedding column takes about a third of the heap its strings did. It is an
 * immutable {@code List} of rows; a row is a light view that decodes a value when asked for it, so each
 * {@code get} returns a new, equal string. Rows keep their own lengths; a {@code null} value is SQL NULL.
 *
 * <p>Build with {@link #of} or, page by page so that only one page is held as strings at a time, {@link #builder()}.
 */
public final class CompactRows extends AbstractList<List<String>> implements RandomAccess {
    private final CompactColumn[] columns;
    private final int size;
    /** Each row's length; null when every row has one value per column. */
    private final int[] widths;
    private int hash;

    private CompactRows(CompactColumn[] columns, int size, int[] widths) {
        this.columns = columns;
        this.size = size;
        this.widths = widths;
    }

    /** {@code rows} as compact rows: the same list when it already is. */
    public static CompactRows of(List<? extends List<String>> rows) {
        if (rows instanceof CompactRows compact) {
            return compact;
        }
        Builder builder = builder();
        for (List<String> row : rows) {
            builder.add(row);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> get(int index) {
        Objects.checkIndex(index, size);
        return new Row(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** The bytes the cells take (the arrays' contents, without object headers): for measuring. */
    public long bytes() {
        long total = widths == null ? 0 : 4L * widths.length;
        for (CompactColumn c : columns) {
            total += c.bytes();
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof CompactRows other) { // one string has one encoding: equal bytes are equal text
            if (size != other.size || columns.length != other.columns.length
                    || !Arrays.equals(widths, other.widths)) {
                return false;
            }
            for (int c = 0; c < columns.length; c++) {
                if (!columns[c].sameCells(other.columns[c])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        if (hash == 0) { // racy but safe: every thread computes the same value
            hash = super.hashCode();
        }
        return hash;
    }

    /** One row, read through to the columns. */
    private final class Row extends AbstractList<String> implements RandomAccess {
        private final int row;

        Row(int row) {
            this.row = row;
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size());
            return columns[index].get(row);
        }

        @Override
        public int size() {
            return widths == null ? columns.length : widths[row];
        }
    }

    /** Adds rows one at a time; each row's values are encoded as it is added, so the caller may drop it. */
    public static final class Builder {
        private final List<CompactColumn.Builder> columns = new ArrayList<>();
        private int[] widths = new int[16];
        private int size;

        private Builder() {
        }

        /** Adds a row (its values in Athena's text notation, null for SQL NULL). */
        public Builder add(List<String> row) {
            if (widths == null) {
                throw new IllegalStateException("these rows are built already");
            }
            int width = row.size();
            while (columns.size() < width) {
                columns.add(new CompactColumn.Builder(size));
            }
            int c = 0;
            for (String value : row) {
                columns.get(c++).add(value);
            }
            for (; c < columns.size(); c++) {
                columns.get(c).add(null);
            }
            if (size == widths.length) {
                widths = Arrays.copyOf(widths, size + (size >> 1) + 16);
            }
            widths[size++] = width;
            return this;
        }

        /** The rows added so far. */
        public int size() {
            return size;
        }

        /** The rows; the builder is spent (each column's working arrays are let go as it is cut to size). */
        public CompactRows build() {
            if (widths == null) {
                throw new IllegalStateException("these rows are built already");
            }
            CompactColumn[] built = new CompactColumn[columns.size()];
            for (int c = 0; c < built.length; c++) {
                built[c] = columns.get(c).build();
                columns.set(c, null);
            }
            boolean even = true;
            for (int r = 0; r < size; r++) {
                even &= widths[r] == built.length;
            }
            int[] rowWidths = even ? null : Arrays.copyOf(widths, size);
            widths = null;
            return new CompactRows(built, size, rowWidths);
        }
    }
}

package dev.athenawizard.core.athena.query;

import java.util.List;

/**
 * The first rows of a result, for a preview.
 *
 * @param columns the result columns
 * @param rows    each row's values in Athena's text notation, a Java {@code null} for SQL NULL; held as
 *                {@link CompactRows} (unmodifiable, each value decoded when read)
 * @param hasMore whether the result has rows beyond these
 */
public record ResultTable(List<ResultColumn> columns, List<List<String>> rows, boolean hasMore) {
    public ResultTable {
        columns = List.copyOf(columns);
        rows = CompactRows.of(rows); // the rows themselves are unmodifiable lists that may hold nulls
    }

    /** The bytes the rows take in memory (their arrays' contents): what keeping this table costs. */
    public long rowBytes() {
        return ((CompactRows) rows).bytes();
    }
}

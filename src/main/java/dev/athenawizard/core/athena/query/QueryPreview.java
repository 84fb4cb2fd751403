package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.catalog.TableInfo;
import java.util.List;
import java.util.Objects;

/**
 * A successful preview of the user's query: the Query step's typed output, which the Mapping step profiles and maps.
 * It belongs to the query it was run for ({@link #source()}): when the text, database or workgroup changes, a preview
 * of the old one no longer describes what Aporia will read.
 *
 * @param source     what was previewed: the user's own SQL (not the LIMIT form sent), its catalog, database, workgroup
 * @param table      the result's columns (Athena's base type names) and its first rows
 * @param tablesRead the catalog's description of the tables the query reads (full Hive column types such as
 *                   {@code array<double>}, partition keys); empty when unknown
 * @param statistics time, data scanned and cost of the preview run
 */
public record QueryPreview(Source source, ResultTable table, List<TableInfo> tablesRead, QueryStatistics statistics) {

    public QueryPreview {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        tablesRead = tablesRead == null ? List.of() : List.copyOf(tablesRead);
    }

    /** Whether this preview still describes {@code current}. */
    public boolean isFor(Source current) {
        return source.equals(current);
    }

    /**
     * The query a preview was run for.
     *
     * @param sql       the query exactly as the user wrote it
     * @param catalog   the data catalog, e.g. {@code AwsDataCatalog}
     * @param database  the default database for unqualified names (may be empty)
     * @param workgroup the workgroup it ran in
     */
    public record Source(String sql, String catalog, String database, String workgroup) {
        public Source {
            sql = sql == null ? "" : sql;
            catalog = catalog == null ? "" : catalog;
            database = database == null ? "" : database;
            workgroup = workgroup == null ? "" : workgroup;
        }
    }
}

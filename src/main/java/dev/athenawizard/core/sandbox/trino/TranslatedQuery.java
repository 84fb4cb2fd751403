package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import java.util.List;
import java.util.Set;

/**
 * A query translated for DuckDB: the SQL to run, the result columns Athena would report (lower-case names,
 * {@code _col0} for unnamed expressions, Trino types), the table columns it reads, and the tables.
 */
public record TranslatedQuery(String sql, List<OutputColumn> columns, Set<ColumnRead> columnsRead,
                              Set<TableName> tables) {
    public TranslatedQuery {
        columns = List.copyOf(columns);
        columnsRead = Set.copyOf(columnsRead);
        tables = Set.copyOf(tables);
    }

    /** A table the query reads. */
    public record TableName(String database, String name) {
    }

    /** One result column. */
    public record OutputColumn(String name, TrinoType type) {
    }
}

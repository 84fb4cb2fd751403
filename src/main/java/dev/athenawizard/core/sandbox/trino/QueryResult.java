package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A translated query: a DuckDB SELECT and its result columns. */
record QueryResult(String sql, List<Output> outputs) {
    QueryResult {
        outputs = List.copyOf(outputs);
    }

    /**
     * One result column: its Trino name (empty for {@code _colN}), type, the DuckDB column name in the SELECT, and
     * the table columns it is computed from.
     */
    record Output(Optional<String> name, TrinoType type, String column, Set<ColumnRead> origins) {
    }

    /** The columns as a FROM item aliased {@code alias} offers them. */
    List<Field> fieldsVia(String alias, List<String> qualifier) {
        List<Field> fields = new ArrayList<>();
        for (Output o : outputs) {
            fields.add(Field.of(o.name(), qualifier, o.type(), alias + "." + o.column(), o.origins()));
        }
        return fields;
    }
}

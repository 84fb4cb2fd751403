package dev.athenawizard.core.sql.completion;

import java.util.List;
import java.util.Optional;

/**
 * Something a query block reads rows from: a catalog table ({@code aporia_demo.model_predictions p}), a named
 * subquery ({@code WITH recent AS (…)}), or a derived table ({@code (SELECT …) AS s}, {@code UNNEST(x) AS e (v)}).
 *
 * @param alias     the name the block refers to it by: its alias, else its table name; lower case
 * @param tableName the catalog name parts as written ({@code [db, table]} or {@code [table]}), empty for derived
 * @param columns   for derived tables and CTEs: their column names; empty for catalog tables (the catalog knows)
 * @param position  where the reference starts, in the statement's significant tokens
 */
record TableSource(String alias, List<String> tableName, Optional<List<OutputColumn>> columns, int position) {

    /** A column a derived table yields: a name, or every column of a source ({@code *} or {@code t.*}). */
    record OutputColumn(String name, Optional<String> starQualifier, Optional<Scope> starScope) {
        static OutputColumn named(String name) {
            return new OutputColumn(name, Optional.empty(), Optional.empty());
        }

        boolean isStar() {
            return starScope.isPresent();
        }
    }

    /** The sources of one query block, to expand {@code *} against. */
    record Scope(List<TableSource> sources) {
    }
}

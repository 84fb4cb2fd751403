package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.DuckType;
import java.util.List;
import java.util.Optional;

/** What the translator needs from the Glue catalog: databases, tables with their columns, and views. */
public interface TrinoCatalog {

    boolean hasDatabase(String database);

    /** A table by lower-case names. */
    Optional<Table> table(String database, String name);

    /** A view by lower-case names. */
    Optional<View> view(String database, String name);

    /**
     * A table: the DuckDB relation that reads it (e.g. {@code awsdatacatalog."db"."t"}) and its columns as DuckDB
     * reads them.
     */
    record Table(String database, String name, String duckRelation, List<Column> columns) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    record Column(String name, DuckType duckType) {
    }

    /** A view: the text of its query, as the user wrote it in {@code CREATE VIEW}. */
    record View(String database, String name, String query) {
    }
}

package dev.athenawizard.ui.controls.catalog;

import dev.athenawizard.core.athena.catalog.CachedDatabase;
import dev.athenawizard.core.athena.catalog.CachedTable;
import dev.athenawizard.core.athena.catalog.TableColumn;

/** What a row of the catalog tree shows. */
sealed interface CatalogNode {

    /** The row's main text. */
    String name();

    record Database(CachedDatabase database) implements CatalogNode {
        @Override
        public String name() {
            return database.name();
        }
    }

    record Table(CachedTable table) implements CatalogNode {
        @Override
        public String name() {
            return table.name();
        }
    }

    /** A column; {@code partitionKey} for the columns a table is partitioned by. */
    record Column(CachedTable table, TableColumn column, boolean partitionKey) implements CatalogNode {
        @Override
        public String name() {
            return column.name();
        }
    }

    /** A line of text in place of children: loading, a failure's reason, a note, or "no tables". */
    record Message(String name, Kind kind) implements CatalogNode {
        enum Kind { LOADING, ERROR, NOTE, EMPTY }
    }
}

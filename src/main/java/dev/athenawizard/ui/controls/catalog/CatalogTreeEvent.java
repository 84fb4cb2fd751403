package dev.athenawizard.ui.controls.catalog;

import javafx.event.Event;
import javafx.event.EventType;

/** What the catalog tree asks of whoever hosts it. Fired on the {@link CatalogTree}; bubbles to its parents. */
public final class CatalogTreeEvent extends Event {
    public static final EventType<CatalogTreeEvent> ANY = new EventType<>(Event.ANY, "CATALOG_TREE");
    /** "Preview table" from a table's context menu: {@link #database()} and {@link #table()} say which. */
    public static final EventType<CatalogTreeEvent> PREVIEW_TABLE = new EventType<>(ANY, "CATALOG_PREVIEW_TABLE");
    /** A table or column was double-clicked (or Enter pressed on it): insert {@link #sqlText()} where the user edits. */
    public static final EventType<CatalogTreeEvent> INSERT_NAME = new EventType<>(ANY, "CATALOG_INSERT_NAME");

    private final String database;
    private final String table;
    private final String sqlText;

    public CatalogTreeEvent(EventType<CatalogTreeEvent> type, String database, String table, String sqlText) {
        super(type);
        this.database = database;
        this.table = table;
        this.sqlText = sqlText;
    }

    public String database() {
        return database;
    }

    public String table() {
        return table;
    }

    /** The name as SQL: {@code model_predictions}, {@code other_db.events}, or a column such as {@code "order"}. */
    public String sqlText() {
        return sqlText;
    }
}

package dev.athenawizard.ui.controls.sql;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * What the SQL editor asks of whoever hosts it. Fired on the {@link SqlEditor}; bubbles to its parents.
 */
public final class SqlEditorEvent extends Event {
    public static final EventType<SqlEditorEvent> ANY = new EventType<>(Event.ANY, "SQL_EDITOR");
    /** Ctrl+Enter: run the query now, without waiting for a pause in typing. */
    public static final EventType<SqlEditorEvent> RUN_REQUESTED = new EventType<>(ANY, "SQL_EDITOR_RUN_REQUESTED");

    private final String sql;

    public SqlEditorEvent(EventType<SqlEditorEvent> type, String sql) {
        super(type);
        this.sql = sql;
    }

    /** The editor's text when the event was fired. */
    public String sql() {
        return sql;
    }
}

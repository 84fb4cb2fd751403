package dev.athenawizard.core.sql;

import dev.athenawizard.core.athena.SqlPosition;
import java.util.List;
import java.util.Optional;

/**
 * A table the statement reads, as the user wrote it.
 *
 * @param parts    the name's parts as written, without quotes: {@code [table]}, {@code [database, table]} or
 *                 {@code [catalog, database, table]}
 * @param alias    the name it is given in the query ({@code FROM model_predictions p}), when it has one
 * @param position where the name starts: 1-based line and column
 * @param start    offset of the name's first character in the user's text (for underlining)
 * @param end      offset just after the name's last character
 */
public record TableReference(List<String> parts, Optional<String> alias, SqlPosition position, int start, int end) {
    public TableReference {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 3) {
            throw new IllegalArgumentException("a table name has 1 to 3 parts: " + parts);
        }
    }

    public String table() {
        return parts.get(parts.size() - 1);
    }

    /** The database written before the table, if any. */
    public Optional<String> database() {
        return parts.size() >= 2 ? Optional.of(parts.get(parts.size() - 2)) : Optional.empty();
    }

    /** The catalog written before the database, if any. */
    public Optional<String> catalog() {
        return parts.size() == 3 ? Optional.of(parts.get(0)) : Optional.empty();
    }

    /**
     * The full name Athena resolves it to when the query runs in {@code defaultCatalog} and {@code defaultDatabase}
     * (the workgroup's {@code QueryExecutionContext}); parts written in the query win.
     */
    public TableName resolve(String defaultCatalog, String defaultDatabase) {
        return new TableName(catalog().orElse(defaultCatalog), database().orElse(defaultDatabase), table());
    }

    /** The name as written, dotted: {@code aporia_demo.model_predictions}. */
    public String writtenName() {
        return String.join(".", parts);
    }
}

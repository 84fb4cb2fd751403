package dev.athenawizard.core.project;

import java.util.List;

/**
 * The result columns of the last successful preview: a fingerprint to notice when the query's output drifts from
 * what the mapping was made for.
 */
public record SchemaSection(List<ResultColumn> columns) {
    public static final SchemaSection EMPTY = new SchemaSection(List.of());

    public SchemaSection {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** One result column with its Athena type name ({@code varchar}, {@code array}, ...). */
    public record ResultColumn(String name, String type) {
    }
}

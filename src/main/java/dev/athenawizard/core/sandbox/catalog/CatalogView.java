package dev.athenawizard.core.sandbox.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A view of the sandbox's catalog, made by {@code CREATE VIEW}: the text of its query as the user wrote it, and the
 * columns it has (with their Hive type strings, as Glue reports a view's columns).
 */
public record CatalogView(String database, String name, String query, List<CatalogTable.CatalogColumn> columns,
                          Instant createTime) {
    public CatalogView {
        columns = List.copyOf(columns);
    }
}

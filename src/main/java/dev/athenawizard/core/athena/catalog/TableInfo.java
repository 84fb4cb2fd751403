package dev.athenawizard.core.athena.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A table or view with its columns, as {@code ListTableMetadata} / {@code GetTableMetadata} describe it.
 *
 * @param name          the table name
 * @param tableType     {@code EXTERNAL_TABLE}, {@code VIRTUAL_VIEW}, …; empty when Athena did not say
 * @param columns       the data columns, in order
 * @param partitionKeys the partition columns, in order (queried like columns, listed separately)
 * @param createTime    when it was created, if Athena said
 */
public record TableInfo(
        String name, String tableType, List<TableColumn> columns, List<TableColumn> partitionKeys,
        Optional<Instant> createTime) {

    public TableInfo {
        tableType = tableType == null ? "" : tableType;
        columns = List.copyOf(columns);
        partitionKeys = List.copyOf(partitionKeys);
        createTime = createTime == null ? Optional.empty() : createTime;
    }

    public boolean isView() {
        return tableType.toUpperCase(java.util.Locale.ROOT).contains("VIEW");
    }
}

package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.TableMetadata;

/**
 * Reads Athena's table metadata into a {@link TableInfo}, or explains why it cannot: a table defined by another tool
 * may lack a name or have columns without names, and one such table must not hide its database's other tables.
 */
final class TableMetadataReader {
    private TableMetadataReader() {
    }

    static Optional<TableInfo> read(TableMetadata t) {
        if (t.name() == null || t.name().isBlank() || !allNamed(t.columns()) || !allNamed(t.partitionKeys())) {
            return Optional.empty();
        }
        return Optional.of(new TableInfo(t.name(), t.tableType(), columns(t.columns()), columns(t.partitionKeys()),
                Optional.ofNullable(t.createTime())));
    }

    static TableListing.BrokenTable broken(TableMetadata t) {
        String name = t.name() == null || t.name().isBlank() ? "(unnamed)" : t.name();
        return new TableListing.BrokenTable(name, AthenaFailure.of(AthenaFailure.Kind.INVALID_REQUEST,
                "Table '" + name + "' has unusable metadata in the data catalog (a table or column without a name). "
                        + "Fix its definition in the catalog; the other tables can be used meanwhile."));
    }

    private static boolean allNamed(List<Column> columns) {
        return columns.stream().allMatch(c -> c.name() != null && !c.name().isBlank());
    }

    private static List<TableColumn> columns(List<Column> columns) {
        return columns.stream().map(c -> new TableColumn(c.name(), c.type(), c.comment())).toList();
    }
}

package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AthenaFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.TableMetadata;

/**
 * Browses what Athena can query: catalogs, their databases, and a database's tables with columns. Each level is
 * fetched only when asked for (a tree expands one node at a time), and one table whose metadata cannot be read is
 * reported next to the others rather than failing the whole database.
 */
public final class CatalogService {
    private final AthenaClient athena;
    private final AthenaCalls calls;

    public CatalogService(AthenaClient athena, Executor executor) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.calls = new AthenaCalls(executor);
    }

    public CompletableFuture<List<DataCatalogInfo>> catalogs() {
        return calls.supply(() -> {
            List<DataCatalogInfo> all = new ArrayList<>();
            athena.listDataCatalogsPaginator(b -> b.maxResults(50)).dataCatalogsSummary()
                    .forEach(c -> all.add(new DataCatalogInfo(c.catalogName(), c.typeAsString())));
            return all;
        });
    }

    /** All databases of a catalog, across every page. */
    public CompletableFuture<List<DatabaseInfo>> databases(String catalog) {
        return calls.supply(() -> {
            List<DatabaseInfo> all = new ArrayList<>();
            athena.listDatabasesPaginator(b -> b.catalogName(catalog).maxResults(50)).databaseList()
                    .forEach(d -> all.add(new DatabaseInfo(d.name(), d.description())));
            all.sort(Comparator.comparing(DatabaseInfo::name));
            return all;
        });
    }

    /** All tables of a database with their columns and partition keys, across every page. */
    public CompletableFuture<TableListing> tables(String catalog, String database) {
        return calls.supply(() -> {
            List<TableInfo> tables = new ArrayList<>();
            List<TableListing.BrokenTable> broken = new ArrayList<>();
            athena.listTableMetadataPaginator(b -> b.catalogName(catalog).databaseName(database).maxResults(50))
                    .tableMetadataList()
                    .forEach(t -> readTable(t).ifPresentOrElse(tables::add, () -> broken.add(brokenTable(t))));
            tables.sort(Comparator.comparing(TableInfo::name));
            return new TableListing(tables, broken);
        });
    }

    /** One table's columns and partition keys. */
    public CompletableFuture<TableInfo> table(String catalog, String database, String table) {
        return calls.supply(() -> athena.getTableMetadata(b -> b
                        .catalogName(catalog).databaseName(database).tableName(table)).tableMetadata())
                .thenApply(t -> readTable(t).orElseThrow(() -> brokenTable(t).reason()));
    }

    /** Empty when the metadata has no usable shape: a column without a name. */
    private static Optional<TableInfo> readTable(TableMetadata t) {
        if (t.name() == null || !allNamed(t.columns()) || !allNamed(t.partitionKeys())) {
            return Optional.empty();
        }
        return Optional.of(new TableInfo(t.name(), t.tableType(), columns(t.columns()), columns(t.partitionKeys()),
                Optional.ofNullable(t.createTime())));
    }

    private static TableListing.BrokenTable brokenTable(TableMetadata t) {
        String name = t.name() == null ? "(unnamed)" : t.name();
        return new TableListing.BrokenTable(name, AthenaFailure.of(AthenaFailure.Kind.INVALID_REQUEST,
                "Table '" + name + "' has unreadable metadata in the catalog (a column without a name). "
                        + "Fix its definition in the Glue Data Catalog; the other tables are usable."));
    }

    private static boolean allNamed(List<Column> columns) {
        return columns.stream().allMatch(c -> c.name() != null && !c.name().isBlank());
    }

    private static List<TableColumn> columns(List<Column> columns) {
        return columns.stream().map(c -> new TableColumn(c.name(), c.type(), c.comment())).toList();
    }
}

package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.AwsErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.athena.AthenaClient;

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
        CompletableFuture<TableListing> listing = calls.supply(() -> {
            List<TableInfo> tables = new ArrayList<>();
            List<TableListing.BrokenTable> broken = new ArrayList<>();
            athena.listTableMetadataPaginator(b -> b.catalogName(catalog).databaseName(database).maxResults(50))
                    .tableMetadataList()
                    .forEach(t -> TableMetadataReader.read(t).ifPresentOrElse(tables::add,
                            () -> broken.add(TableMetadataReader.broken(t))));
            tables.sort(Comparator.comparing(TableInfo::name));
            return new TableListing(tables, broken);
        });
        return naming(listing, Kind.DATABASE_NOT_FOUND, "Database '" + database + "' was not found in catalog '"
                + catalog + "'. Check its name; the catalog lists the databases you can read.");
    }

    /** One table's columns and partition keys. */
    public CompletableFuture<TableInfo> table(String catalog, String database, String table) {
        CompletableFuture<TableInfo> info = calls.supply(() -> athena.getTableMetadata(b -> b
                        .catalogName(catalog).databaseName(database).tableName(table)).tableMetadata())
                .thenApply(t -> TableMetadataReader.read(t).orElseThrow(() -> TableMetadataReader.broken(t).reason()));
        return naming(info, Kind.TABLE_NOT_FOUND, "Table '" + database + "." + table + "' was not found in "
                + "catalog '" + catalog + "'. Check the database and table names.");
    }

    /** The catalog only says "Entity Not Found"; the caller knows which entity that was. */
    private static <T> CompletableFuture<T> naming(CompletableFuture<T> call, Kind missing, String message) {
        return call.exceptionally(error -> {
            AthenaFailure failure = AwsErrors.translate(error);
            if (failure.kind() == Kind.TABLE_NOT_FOUND) {
                throw AthenaFailure.of(missing, message, failure.athenaMessage().orElse(null), failure.getCause());
            }
            throw failure;
        });
    }
}

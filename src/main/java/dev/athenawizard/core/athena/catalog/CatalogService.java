package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.AwsErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Browses what Athena can query: catalogs, their databases, and a database's tables with columns. Each level is
 * fetched only when asked for (a tree expands one node at a time), and one table whose metadata cannot be read is
 * reported next to the others rather than failing the whole database.
 *
 * <p>Athena's {@code ListTableMetadata} describes a database's tables in one call, and fails as a whole when it
 * cannot describe one of them. Given a Glue client, {@link #tables} then falls back to the table names from the Glue
 * Data Catalog, to be described one at a time with {@link #table}, where only the broken one fails.
 */
public final class CatalogService {
    /** The Glue Data Catalog as Athena names it; the only catalog whose tables Glue can list. */
    public static final String GLUE_CATALOG = "AwsDataCatalog";

    private final AthenaClient athena;
    private final GlueClient glue;
    private final AthenaCalls calls;

    /** Browsing through Athena alone: a database Athena cannot list in one call fails as a whole. */
    public CatalogService(AthenaClient athena, Executor executor) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.glue = null;
        this.calls = new AthenaCalls(executor);
    }

    /** Browsing that falls back to Glue's table names when Athena cannot list a database in one call. */
    public CatalogService(AthenaClient athena, GlueClient glue, Executor executor) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.glue = Objects.requireNonNull(glue, "glue");
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

    /**
     * All tables of a database with their columns and partition keys, across every page. When Athena cannot list
     * them in one call (typically because one table's definition is broken), and this service has a Glue client, the
     * listing holds the table names from Glue as {@link TableListing#unread()} instead, with Athena's reason.
     */
    public CompletableFuture<TableListing> tables(String catalog, String database) {
        CompletableFuture<TableListing> listing = listedByAthena(catalog, database);
        if (glue == null || !GLUE_CATALOG.equalsIgnoreCase(catalog)) {
            return listing;
        }
        return listing.exceptionallyCompose(error -> {
            AthenaFailure failure = AwsErrors.translate(error);
            if (!UnlistableDatabase.worthNamesFromGlue(failure)) {
                return CompletableFuture.failedFuture(failure);
            }
            return calls.supply(() -> namesFromGlue(database))
                    .handle((names, glueError) -> {
                        if (glueError != null) {
                            failure.addSuppressed(AwsErrors.translate(glueError));
                            throw failure;
                        }
                        return new TableListing(List.of(), List.of(), names, Optional.of(failure));
                    });
        });
    }

    private List<String> namesFromGlue(String database) {
        List<String> names = new ArrayList<>();
        glue.getTablesPaginator(b -> b.databaseName(database))
                .forEach(page -> page.tableList().forEach(t -> names.add(t.name())));
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private CompletableFuture<TableListing> listedByAthena(String catalog, String database) {
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

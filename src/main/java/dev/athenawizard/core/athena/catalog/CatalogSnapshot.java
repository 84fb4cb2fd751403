package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the {@link CatalogCache} knows of one data catalog at one moment: its databases, the tables of those listed,
 * the columns of those read. Immutable, so completion and the catalog tree read it on any thread without waiting;
 * the cache replaces it with a newer one as loads complete.
 *
 * @param catalog        the data catalog, e.g. {@code AwsDataCatalog}
 * @param databasesState whether the databases were listed
 * @param failure        why they could not be ({@link LoadState#FAILED})
 * @param generation     counts refreshes: a snapshot of an older generation describes a catalog read before
 */
public record CatalogSnapshot(String catalog, LoadState databasesState, Optional<AthenaFailure> failure,
                              Map<String, CachedDatabase> databasesByName, long generation) {

    public CatalogSnapshot {
        failure = failure == null ? Optional.empty() : failure;
        databasesByName = Collections.unmodifiableMap(new TreeMap<>(databasesByName));
    }

    /** A catalog nothing is known of yet. */
    public static CatalogSnapshot empty(String catalog) {
        return new CatalogSnapshot(catalog, LoadState.NOT_LOADED, Optional.empty(), Map.of(), 0);
    }

    /**
     * A snapshot with every given table read, for tests, demos and benchmarks that need a catalog without a service.
     */
    public static CatalogSnapshot of(String catalog, Map<String, List<TableInfo>> tablesByDatabase) {
        Map<String, CachedDatabase> databases = new TreeMap<>();
        tablesByDatabase.forEach((name, tables) -> databases.put(CachedDatabase.key(name),
                CachedDatabase.unlisted(new DatabaseInfo(name, "")).listed(new TableListing(tables, List.of()))));
        return new CatalogSnapshot(catalog, LoadState.LOADED, Optional.empty(), databases, 0);
    }

    /** The databases, sorted by name. */
    public Collection<CachedDatabase> databases() {
        return databasesByName.values();
    }

    public Optional<CachedDatabase> database(String name) {
        return Optional.ofNullable(databasesByName.get(CachedDatabase.key(name)));
    }

    public Optional<CachedTable> table(String database, String table) {
        return database(database).flatMap(d -> d.table(table));
    }

    CatalogSnapshot withDatabases(LoadState state, Optional<AthenaFailure> why, Map<String, CachedDatabase> byName) {
        return new CatalogSnapshot(catalog, state, why, byName, generation);
    }

    CatalogSnapshot withDatabase(CachedDatabase database) {
        Map<String, CachedDatabase> byName = new TreeMap<>(databasesByName);
        byName.put(CachedDatabase.key(database.name()), database);
        return new CatalogSnapshot(catalog, databasesState, failure, byName, generation);
    }

    CatalogSnapshot nextGeneration() {
        return new CatalogSnapshot(catalog, LoadState.NOT_LOADED, Optional.empty(), Map.of(), generation + 1);
    }
}

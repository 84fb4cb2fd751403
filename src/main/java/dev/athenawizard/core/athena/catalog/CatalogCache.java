package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AwsErrors;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A data catalog's databases, tables and columns, loaded in the background through {@link CatalogService} one level
 * at a time — the databases, then a database's tables when it is opened or used, then a table's columns if the listing
 * did not include them — and kept, so completion answers from memory and never waits on the network (DBeaver's
 * Athena users wait seconds on re-run metadata queries). A table that cannot be read is kept as
 * {@link CachedTable.State#BROKEN} with its reason, next to the others.
 *
 * <p>Readers take {@link #snapshot()} (immutable, any thread). Loads return futures and never block; the same load
 * asked for twice runs once. Listeners hear every new snapshot on the thread that completed the load (a screen hops
 * to its own thread). {@link #refresh()} forgets everything; loads started before it no longer change the snapshot.
 */
public final class CatalogCache {
    private final CatalogService service;
    private final List<Consumer<CatalogSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<CatalogSnapshot>> running = new ConcurrentHashMap<>();
    private volatile CatalogSnapshot current;

    public CatalogCache(CatalogService service, String catalog) {
        this.service = Objects.requireNonNull(service, "service");
        this.current = CatalogSnapshot.empty(Objects.requireNonNull(catalog, "catalog"));
    }

    public CatalogSnapshot snapshot() {
        return current;
    }

    public String catalog() {
        return current.catalog();
    }

    /**
     * Calls {@code listener} with each new snapshot, until the returned handle is closed. Closing it is how a screen
     * that is left stops hearing about a catalog.
     */
    public AutoCloseable subscribe(Consumer<CatalogSnapshot> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Lists the databases, unless already listed. */
    public CompletableFuture<CatalogSnapshot> loadDatabases() {
        CatalogSnapshot now = current;
        if (now.databasesState() == LoadState.LOADED) {
            return CompletableFuture.completedFuture(now);
        }
        long generation = now.generation();
        return once("databases", () -> {
            update(generation, s -> s.withDatabases(LoadState.LOADING, Optional.empty(), s.databasesByName()));
            return service.databases(now.catalog()).handle((databases, error) -> update(generation, s -> {
                if (error != null) {
                    return s.withDatabases(LoadState.FAILED, Optional.of(AwsErrors.translate(error)),
                            s.databasesByName());
                }
                Map<String, CachedDatabase> byName = new TreeMap<>();
                databases.forEach(d -> byName.put(CachedDatabase.key(d.name()), s.database(d.name())
                        .orElseGet(() -> CachedDatabase.unlisted(d))));
                return s.withDatabases(LoadState.LOADED, Optional.empty(), byName);
            }));
        });
    }

    /**
     * Lists a database's tables (with their columns, where Athena gives them), unless already listed. A database the
     * listing of databases does not have is not asked for.
     */
    public CompletableFuture<CatalogSnapshot> loadTables(String database) {
        CatalogSnapshot now = current;
        Optional<CachedDatabase> known = now.database(database);
        if (known.isPresent() && known.get().tablesState() == LoadState.LOADED
                || known.isEmpty() && now.databasesState() == LoadState.LOADED) {
            return CompletableFuture.completedFuture(now); // listed already, or no such database (a typo in the SQL)
        }
        long generation = now.generation();
        String name = known.map(CachedDatabase::name).orElse(database);
        return once("tables/" + CachedDatabase.key(name), () -> {
            update(generation, s -> s.withDatabase(database(s, name).withState(LoadState.LOADING, Optional.empty())));
            return service.tables(now.catalog(), name).handle((listing, error) -> update(generation, s -> {
                CachedDatabase db = database(s, name);
                return s.withDatabase(error != null
                        ? db.withState(LoadState.FAILED, Optional.of(AwsErrors.translate(error)))
                        : db.listed(listing));
            }));
        });
    }

    /**
     * Reads one table's columns when its database's listing did not include them ({@link CachedTable.State#NAME_ONLY}).
     * A failure marks only this table {@link CachedTable.State#BROKEN}.
     */
    public CompletableFuture<CatalogSnapshot> loadColumns(String database, String table) {
        CatalogSnapshot now = current;
        Optional<CachedTable> known = now.table(database, table);
        if (known.isEmpty() || known.get().state() != CachedTable.State.NAME_ONLY) {
            return CompletableFuture.completedFuture(now); // read, broken, loading, or not listed (nothing to read)
        }
        long generation = now.generation();
        CachedTable entry = known.get();
        return once("columns/" + CachedDatabase.key(entry.database()) + "." + CachedDatabase.key(entry.name()), () -> {
            update(generation, s -> withTable(s, entry.loading()));
            return service.table(now.catalog(), entry.database(), entry.name()).handle((info, error) ->
                    update(generation, s -> withTable(s, error != null
                            ? CachedTable.broken(entry.database(), entry.name(), AwsErrors.translate(error))
                            : CachedTable.read(entry.database(), info))));
        });
    }

    /** Forgets everything and lists the databases again (the tables and columns reload as they are needed). */
    public CompletableFuture<CatalogSnapshot> refresh() {
        synchronized (this) {
            current = current.nextGeneration();
            running.clear();
        }
        publish(current);
        return loadDatabases();
    }

    private CompletableFuture<CatalogSnapshot> once(String key, Supplier<CompletableFuture<CatalogSnapshot>> load) {
        CompletableFuture<CatalogSnapshot> mine = new CompletableFuture<>();
        CompletableFuture<CatalogSnapshot> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return theirs;
        }
        load.get().whenComplete((snapshot, error) -> {
            running.remove(key, mine);
            if (error != null) {
                mine.completeExceptionally(error);
            } else {
                mine.complete(snapshot);
            }
        });
        return mine;
    }

    /** Applies a change unless a refresh came in between, and tells the listeners. */
    private CatalogSnapshot update(long generation, UnaryOperator<CatalogSnapshot> change) {
        CatalogSnapshot next;
        synchronized (this) {
            if (current.generation() != generation) {
                return current;
            }
            next = change.apply(current);
            current = next;
        }
        publish(current); // the newest, even if another update overtook this one after the lock
        return next;
    }

    private void publish(CatalogSnapshot snapshot) {
        for (Consumer<CatalogSnapshot> listener : listeners) {
            listener.accept(snapshot);
        }
    }

    private static CachedDatabase database(CatalogSnapshot s, String name) {
        return s.database(name).orElseGet(() -> CachedDatabase.unlisted(new DatabaseInfo(name, "")));
    }

    private static CatalogSnapshot withTable(CatalogSnapshot s, CachedTable table) {
        return s.database(table.database()).map(db -> s.withDatabase(db.withTable(table))).orElse(s);
    }
}

package dev.athenawizard.core.athena.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.testing.HeldExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalog cache over the real Athena client and the sandbox's demo catalog. */
class CatalogCacheTest {
    private static final String CATALOG = "AwsDataCatalog";

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    private final HeldExecutor calls = new HeldExecutor();
    private final CatalogCache cache = new CatalogCache(new CatalogService(sandbox.athena(), sandbox.glue(), calls),
            CATALOG);

    @Test
    void loads_one_level_at_a_time_and_keeps_what_it_loaded() {
        assertThat(cache.snapshot().databasesState()).isEqualTo(LoadState.NOT_LOADED);

        cache.loadDatabases().join();
        CachedDatabase demo = cache.snapshot().database("aporia_demo").orElseThrow();
        assertThat(demo.tablesState()).isEqualTo(LoadState.NOT_LOADED);

        cache.loadTables("APORIA_DEMO").join();
        CachedTable predictions = cache.snapshot().table("aporia_demo", "Model_Predictions").orElseThrow();
        assertThat(predictions.state()).isEqualTo(CachedTable.State.READ);
        assertThat(predictions.allColumns()).hasSize(10);
    }

    @Test
    void a_load_asked_for_twice_while_running_runs_once_and_listeners_hear_each_step() {
        List<LoadState> heard = new ArrayList<>();
        cache.subscribe(s -> heard.add(s.databasesState()));
        calls.hold();

        CompletableFuture<CatalogSnapshot> first = cache.loadDatabases();
        CompletableFuture<CatalogSnapshot> second = cache.loadDatabases();
        assertThat(second).isSameAs(first);
        assertThat(cache.snapshot().databasesState()).isEqualTo(LoadState.LOADING);
        calls.release();

        assertThat(first.join().databasesState()).isEqualTo(LoadState.LOADED);
        assertThat(heard).containsExactly(LoadState.LOADING, LoadState.LOADED);
    }

    @Test
    void a_refresh_drops_what_loads_started_before_it_would_have_written() {
        cache.loadDatabases().join();
        calls.hold();
        cache.loadTables("aporia_demo");

        cache.refresh();
        calls.release(); // the old listing and the new database listing both complete now

        assertThat(cache.snapshot().generation()).isEqualTo(1);
        assertThat(cache.snapshot().database("aporia_demo").orElseThrow().tablesState())
                .isEqualTo(LoadState.NOT_LOADED);
    }

    @Test
    void a_missing_database_fails_alone() {
        cache.loadTables("nowhere").join(); // e.g. named in the SQL before the databases were listed

        CachedDatabase nowhere = cache.snapshot().database("nowhere").orElseThrow();
        assertThat(nowhere.tablesState()).isEqualTo(LoadState.FAILED);
        assertThat(nowhere.failure().orElseThrow().getMessage()).contains("Database 'nowhere' was not found");
        cache.loadTables("aporia_demo").join();
        assertThat(cache.snapshot().database("aporia_demo").orElseThrow().tablesState()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void a_database_the_listing_does_not_have_is_not_asked_for() {
        cache.loadDatabases().join();

        cache.loadTables("nowhere").join();

        assertThat(cache.snapshot().database("nowhere")).isEmpty();
    }

    @Test
    void a_subscription_once_closed_hears_nothing() throws Exception {
        List<CatalogSnapshot> heard = new ArrayList<>();
        AutoCloseable subscription = cache.subscribe(heard::add);
        subscription.close();

        cache.loadDatabases().join();

        assertThat(heard).isEmpty();
    }
}

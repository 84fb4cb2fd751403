package dev.athenawizard.core.athena.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.core.sql.completion.CandidateKind;
import dev.athenawizard.core.sql.completion.CompletionEngine;
import dev.athenawizard.core.sql.completion.Completions;
import dev.athenawizard.core.sql.completion.TableName;
import dev.athenawizard.testing.Failures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * One broken table in {@code aporia_demo} makes Athena's one-call listing of the database fail; the real SDK, against
 * the sandbox, then lists the names through Glue and reads each table on its own.
 */
class BrokenTableWireTest {
    private static final String CATALOG = "AwsDataCatalog";
    private static final String NO_GLUE_TABLES = "AKIANOGLUETABLES0002";

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension(o -> o.deny(NO_GLUE_TABLES, "glue:GetTables"));

    private static AthenaClient athena;

    @BeforeAll
    static void clientThatSeesABrokenTable() {
        athena = BrokenTableAnswers.athenaSeeingBroken(sandbox.server().endpoint(), "aporia_demo", "training_set");
    }

    @AfterAll
    static void close() {
        athena.close();
    }

    @Test
    void athena_alone_cannot_list_the_database() {
        AthenaFailure f = Failures.of(new CatalogService(athena, Runnable::run).tables(CATALOG, "aporia_demo"));

        assertThat(f.getMessage()).contains("Unsupported Hive type");
    }

    @Test
    void with_glue_the_names_are_listed_and_athenas_reason_kept() {
        CatalogService service = new CatalogService(athena, sandbox.glue(), Runnable::run);

        TableListing listing = service.tables(CATALOG, "aporia_demo").join();

        assertThat(listing.unread()).containsExactly("model_predictions", "training_set");
        assertThat(listing.tables()).isEmpty();
        assertThat(listing.listingFailure()).hasValueSatisfying(f ->
                assertThat(f.getMessage()).contains("Unsupported Hive type"));
    }

    @Test
    void the_cache_reads_each_table_on_its_own_and_only_the_broken_one_is_broken() {
        CatalogCache cache = new CatalogCache(new CatalogService(athena, sandbox.glue(), Runnable::run), CATALOG);
        cache.loadDatabases().join();
        cache.loadTables("aporia_demo").join();
        assertThat(cache.snapshot().table("aporia_demo", "training_set").orElseThrow().state())
                .isEqualTo(CachedTable.State.NAME_ONLY);

        cache.loadColumns("aporia_demo", "model_predictions").join();
        cache.loadColumns("aporia_demo", "training_set").join();

        CachedTable predictions = cache.snapshot().table("aporia_demo", "model_predictions").orElseThrow();
        assertThat(predictions.state()).isEqualTo(CachedTable.State.READ);
        assertThat(predictions.allColumns()).extracting(TableColumn::name).contains("prediction_id", "embeddings");
        CachedTable training = cache.snapshot().table("aporia_demo", "training_set").orElseThrow();
        assertThat(training.state()).isEqualTo(CachedTable.State.BROKEN);
        assertThat(training.failure().orElseThrow().getMessage()).contains("Unsupported Hive type");
        assertThat(cache.snapshot().database("aporia_demo").orElseThrow().listingFailure()).isPresent();
    }

    @Test
    void completion_names_the_tables_it_lacks_columns_of_and_offers_them_once_read() {
        CatalogCache cache = new CatalogCache(new CatalogService(athena, sandbox.glue(), Runnable::run), CATALOG);
        cache.loadDatabases().join();
        cache.loadTables("aporia_demo").join();
        CompletionEngine engine = new CompletionEngine();
        String sql = "SELECT  FROM model_predictions";

        Completions before = engine.complete(sql, 7, cache.snapshot(), "aporia_demo");
        assertThat(before.tablesToLoad()).containsExactly(new TableName("aporia_demo", "model_predictions"));
        assertThat(before.candidates()).noneMatch(c -> c.kind() == CandidateKind.COLUMN);

        before.tablesToLoad().forEach(t -> cache.loadColumns(t.database(), t.table()).join());
        Completions after = engine.complete(sql, 7, cache.snapshot(), "aporia_demo");

        assertThat(after.tablesToLoad()).isEmpty();
        assertThat(after.candidates().get(0).label()).isEqualTo("prediction_id");
    }

    @Test
    void a_database_the_caller_may_not_list_at_all_is_not_retried_through_glue() {
        try (AthenaClient denied = sandbox.fixture().athena(NO_GLUE_TABLES)) {
            CatalogService service = new CatalogService(denied, sandbox.fixture().glue(NO_GLUE_TABLES), Runnable::run);

            AthenaFailure f = Failures.of(service.tables(CATALOG, "aporia_demo"));

            assertThat(f.kind()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(f.getSuppressed()).isEmpty();
        }
    }
}

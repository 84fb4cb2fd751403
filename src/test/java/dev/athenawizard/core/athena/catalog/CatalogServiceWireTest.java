package dev.athenawizard.core.athena.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.Failures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalog browsing through the real Athena client against the sandbox's demo catalog. */
class CatalogServiceWireTest {
    private static final String CATALOG = "AwsDataCatalog";
    private static final String NO_GLUE_TABLES = "AKIANOGLUETABLES0001";
    private static SandboxFixture sandbox;
    private static CatalogService catalog;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(b -> b.deny(NO_GLUE_TABLES, "glue:GetTables"));
        catalog = new CatalogService(sandbox.athena(), Runnable::run);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void listsTheGlueCatalogAndItsDatabases() {
        assertThat(catalog.catalogs().join()).containsExactly(new DataCatalogInfo(CATALOG, "GLUE"));
        assertThat(catalog.databases(CATALOG).join()).extracting(DatabaseInfo::name).contains("aporia_demo");
    }

    @Test
    void readsTablesWithTheirHiveColumnTypes() {
        TableListing listing = catalog.tables(CATALOG, "aporia_demo").join();

        assertThat(listing.broken()).isEmpty();
        assertThat(listing.tables()).extracting(TableInfo::name).containsExactly("model_predictions", "training_set");
        TableInfo predictions = listing.tables().get(0);
        assertThat(predictions.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(predictions.isView()).isFalse();
        assertThat(predictions.partitionKeys()).isEmpty();
        assertThat(predictions.columns()).extracting(TableColumn::name).containsExactly("prediction_id",
                "prediction_timestamp", "raw_text", "amount", "owner", "is_new", "embeddings", "will_buy_insurance",
                "proba", "did_buy_insurance");
        assertThat(predictions.columns()).extracting(TableColumn::type).contains("string", "timestamp", "double",
                "boolean", "array<double>");
    }

    @Test
    void describesOneTable() {
        TableInfo training = catalog.table(CATALOG, "aporia_demo", "training_set").join();

        assertThat(training.name()).isEqualTo("training_set");
        assertThat(training.columns()).hasSize(10);
        assertThat(training.createTime()).isPresent();
    }

    @Test
    void aMissingTableOrDatabaseIsNamedInTheFailure() {
        AthenaFailure table = Failures.of(catalog.table(CATALOG, "aporia_demo", "nope"));
        assertThat(table.kind()).isEqualTo(Kind.TABLE_NOT_FOUND);
        assertThat(table.getMessage()).startsWith("Table 'aporia_demo.nope' was not found in catalog 'AwsDataCatalog'");

        AthenaFailure database = Failures.of(catalog.tables(CATALOG, "nowhere"));
        assertThat(database.kind()).isEqualTo(Kind.DATABASE_NOT_FOUND);
        assertThat(database.getMessage()).startsWith("Database 'nowhere' was not found");
    }

    @Test
    void aGlueDenialInsideAthenaNamesTheGlueAction() {
        CatalogService denied = new CatalogService(sandbox.athena(NO_GLUE_TABLES), Runnable::run);

        AthenaFailure f = Failures.of(denied.tables(CATALOG, "aporia_demo"));

        assertThat(f.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(f.denial()).hasValueSatisfying(d -> {
            assertThat(d.action()).isEqualTo("glue:GetTables");
            assertThat(d.resource()).isEqualTo("arn:aws:glue:us-east-1:123456789012:catalog"); // IAM checks the catalog first
        });
        assertThat(f.getMessage()).contains("not allowed to perform glue:GetTables on arn:aws:glue:us-east-1:"
                + "123456789012:catalog");
    }
}

package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.DataCatalogSummary;
import software.amazon.awssdk.services.athena.model.Database;
import software.amazon.awssdk.services.athena.model.MetadataException;
import software.amazon.awssdk.services.athena.model.TableMetadata;

/** Athena's catalog browsing calls through the real SDK client. */
class AthenaCatalogWireTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    @Test
    void listsTheGlueCatalogAndItsDatabases() {
        assertThat(sandbox.athena().listDataCatalogs(b -> b.build()).dataCatalogsSummary())
                .extracting(DataCatalogSummary::catalogName, s -> s.typeAsString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AwsDataCatalog", "GLUE"));
        assertThat(sandbox.athena().listDatabasesPaginator(b -> b.catalogName("AwsDataCatalog").maxResults(1)).stream()
                .flatMap(page -> page.databaseList().stream()).map(Database::name)).containsExactly("aporia_demo", "default");
    }

    @Test
    void tableMetadataHasHiveTypes() {
        TableMetadata table = sandbox.athena().getTableMetadata(b -> b.catalogName("AwsDataCatalog").databaseName("aporia_demo")
                .tableName("model_predictions")).tableMetadata();
        Map<String, String> types = table.columns().stream().collect(Collectors.toMap(Column::name, Column::type));

        assertThat(table.columns()).extracting(Column::name).containsExactly("prediction_id", "prediction_timestamp",
                "raw_text", "amount", "owner", "is_new", "embeddings", "will_buy_insurance", "proba", "did_buy_insurance");
        assertThat(types).containsEntry("prediction_id", "string").containsEntry("prediction_timestamp", "timestamp")
                .containsEntry("amount", "double").containsEntry("is_new", "boolean")
                .containsEntry("embeddings", "array<double>");
        assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.partitionKeys()).isEmpty();
        assertThat(table.parameters()).containsEntry("classification", "parquet")
                .containsEntry("location", "s3://athena-wizard-sandbox-data/aporia_demo/model_predictions/");
        assertThat(table.createTime()).isNotNull();
    }

    @Test
    void listTableMetadataFiltersByExpression() {
        assertThat(sandbox.athena().listTableMetadata(b -> b.catalogName("AwsDataCatalog").databaseName("aporia_demo"))
                .tableMetadataList()).extracting(TableMetadata::name).containsExactly("model_predictions", "training_set");
        assertThat(sandbox.athena().listTableMetadata(b -> b.catalogName("AwsDataCatalog").databaseName("aporia_demo")
                .expression("train*")).tableMetadataList()).extracting(TableMetadata::name).containsExactly("training_set");
    }

    @Test
    void aViewIsListedAsAVirtualViewUntilDropped() {
        assertThat(AthenaQueries.query(sandbox.athena(), "CREATE VIEW \"default\".alice_scores AS "
                + "SELECT prediction_id, proba AS score FROM aporia_demo.model_predictions WHERE owner = 'alice'")).isEmpty();

        TableMetadata listed = sandbox.athena().listTableMetadata(b -> b.catalogName("AwsDataCatalog")
                .databaseName("default")).tableMetadataList().get(0);
        TableMetadata got = sandbox.athena().getTableMetadata(b -> b.catalogName("AwsDataCatalog")
                .databaseName("default").tableName("alice_scores")).tableMetadata();
        assertThat(listed).isEqualTo(got);
        assertThat(got.name()).isEqualTo("alice_scores");
        assertThat(got.tableType()).isEqualTo("VIRTUAL_VIEW");
        assertThat(got.columns()).extracting(Column::name, Column::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prediction_id", "string"),
                        org.assertj.core.groups.Tuple.tuple("score", "double"));
        assertThat(got.parameters()).containsEntry("presto_view", "true");

        AthenaQueries.query(sandbox.athena(), "DROP VIEW \"default\".alice_scores");
        assertThat(sandbox.athena().listTableMetadata(b -> b.catalogName("AwsDataCatalog").databaseName("default"))
                .tableMetadataList()).isEmpty();
    }

    @Test
    void missingTablesAndDatabasesAreMetadataExceptions() {
        assertThatThrownBy(() -> sandbox.athena().getTableMetadata(b -> b.catalogName("AwsDataCatalog")
                .databaseName("aporia_demo").tableName("nope")))
                .isInstanceOf(MetadataException.class).hasMessageContaining("EntityNotFoundException");
        assertThatThrownBy(() -> sandbox.athena().listTableMetadata(b -> b.catalogName("AwsDataCatalog").databaseName("nope")))
                .isInstanceOf(MetadataException.class);
        assertThatThrownBy(() -> sandbox.athena().listDatabases(b -> b.catalogName("other")))
                .isInstanceOf(MetadataException.class).hasMessageContaining("Catalog not found");
    }
}

package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Glue's catalog calls and STS's GetCallerIdentity through the real SDK clients. */
class GlueAndStsWireTest {
    @RegisterExtension
    static final SandboxExtension sandbox =
            new SandboxExtension(o -> o.identity("AKIAROOTKEY000000001", "arn:aws:iam::123456789012:root"));

    @Test
    void getDatabasesListsTheDataBucketsFolders() {
        assertThat(sandbox.glue().getDatabases(b -> b.build()).databaseList())
                .extracting(d -> d.name(), d -> d.catalogId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("aporia_demo", "123456789012"),
                        org.assertj.core.groups.Tuple.tuple("default", "123456789012"));
        assertThat(sandbox.glue().getDatabase(b -> b.name("aporia_demo")).database().locationUri())
                .isEqualTo("s3://athena-wizard-sandbox-data/aporia_demo/");
        assertThatThrownBy(() -> sandbox.glue().getDatabases(b -> b.maxResults(101))).hasMessageContaining("less than or equal to 100");
    }

    @Test
    void getTablesDescribesColumnsAndLocationAndFiltersByExpression() {
        assertThat(sandbox.glue().getTablesPaginator(b -> b.databaseName("aporia_demo").maxResults(1)).stream()
                .flatMap(page -> page.tableList().stream()).map(Table::name))
                .containsExactly("model_predictions", "training_set");
        Table table = sandbox.glue().getTables(b -> b.databaseName("aporia_demo").expression("model.*")).tableList().get(0);

        assertThat(table.name()).isEqualTo("model_predictions");
        assertThat(table.storageDescriptor().location())
                .isEqualTo("s3://athena-wizard-sandbox-data/aporia_demo/model_predictions/");
        assertThat(table.storageDescriptor().columns()).extracting(Column::name, Column::type)
                .contains(org.assertj.core.groups.Tuple.tuple("embeddings", "array<double>"),
                        org.assertj.core.groups.Tuple.tuple("prediction_timestamp", "timestamp"));
        assertThat(table.catalogId()).isEqualTo("123456789012");
        assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.createTime()).isNotNull();
        assertThatThrownBy(() -> sandbox.glue().getTables(b -> b.databaseName("nope")))
                .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("Database nope not found");
    }

    @Test
    void getTableAndGetPartitions() {
        Table table = sandbox.glue().getTable(b -> b.databaseName("aporia_demo").name("training_set")).table();

        assertThat(table.storageDescriptor().serdeInfo().serializationLibrary()).contains("ParquetHiveSerDe");
        assertThat(table.partitionKeys()).isEmpty();
        assertThat(sandbox.glue().getPartitions(b -> b.databaseName("aporia_demo").tableName("training_set")).partitions()).isEmpty();
        assertThatThrownBy(() -> sandbox.glue().getTable(b -> b.databaseName("aporia_demo").name("nope")))
                .isInstanceOfSatisfying(EntityNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Table nope not found.");
                });
    }

    @Test
    void stsNamesTheCallerByItsKey() {
        try (StsClient user = sandbox.fixture().sts("AKIAUSERKEY000000001"); StsClient role = sandbox.fixture().sts("ASIATEMPKEY000000001");
             StsClient root = sandbox.fixture().sts("AKIAROOTKEY000000001")) {
            GetCallerIdentityResponse asUser = user.getCallerIdentity();
            GetCallerIdentityResponse asRole = role.getCallerIdentity();
            GetCallerIdentityResponse asRoot = root.getCallerIdentity();

            assertThat(asUser.arn()).isEqualTo("arn:aws:iam::123456789012:user/sandbox-user");
            assertThat(asUser.userId()).isEqualTo("AKIAUSERKEY000000001");
            assertThat(asUser.account()).isEqualTo("123456789012");
            assertThat(asRole.arn()).startsWith("arn:aws:sts::123456789012:assumed-role/");
            assertThat(asRole.userId()).endsWith(":sandbox-session");
            assertThat(asRoot.arn()).isEqualTo("arn:aws:iam::123456789012:root");
            assertThat(asRoot.userId()).isEqualTo("123456789012");
        }
    }
}

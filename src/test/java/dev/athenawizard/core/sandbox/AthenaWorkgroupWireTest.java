package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.WorkGroup;
import software.amazon.awssdk.services.athena.model.WorkGroupState;
import software.amazon.awssdk.services.athena.model.WorkGroupSummary;

/** Workgroups through the real Athena SDK client: listing, reading, creating (kept across restarts), updating. */
class AthenaWorkgroupWireTest {

    @Test
    void listsTheSeededWorkgroupsSortedAndPaged() {
        try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
            List<WorkGroupSummary> all = athena.listWorkGroupsPaginator(b -> b.maxResults(1)).stream()
                    .flatMap(page -> page.workGroups().stream()).toList();

            assertThat(all).extracting(WorkGroupSummary::name).containsExactly("aporia", "primary");
            WorkGroupSummary primary = all.get(1);
            assertThat(primary.state()).isEqualTo(WorkGroupState.ENABLED);
            assertThat(primary.description()).isEmpty();
            assertThat(primary.engineVersion().selectedEngineVersion()).isEqualTo("AUTO");
            assertThat(primary.engineVersion().effectiveEngineVersion()).isEqualTo("Athena engine version 3");
            assertThat(primary.creationTime()).isNotNull();
            assertThat(athena.listWorkGroups(b -> b.maxResults(1)).nextToken()).isNotBlank();
            assertThat(athena.listWorkGroups(b -> b.maxResults(2)).nextToken()).isNull();
            assertThatThrownBy(() -> athena.listWorkGroups(b -> b.maxResults(51)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("Member must have value less than or equal to 50");
        }
    }

    @Test
    void getWorkGroupShowsTheResultConfiguration() {
        try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
            WorkGroup aporia = athena.getWorkGroup(b -> b.workGroup("aporia")).workGroup();
            WorkGroup primary = athena.getWorkGroup(b -> b.workGroup("primary")).workGroup();

            assertThat(aporia.configuration().resultConfiguration().outputLocation())
                    .isEqualTo("s3://athena-wizard-sandbox-results/aporia/");
            assertThat(aporia.configuration().enforceWorkGroupConfiguration()).isTrue();
            assertThat(aporia.configuration().engineVersion().effectiveEngineVersion())
                    .isEqualTo("Athena engine version 3");
            assertThat(primary.configuration().resultConfiguration()).isNull();
            assertThat(primary.description()).isNull();
            assertThatThrownBy(() -> athena.getWorkGroup(b -> b.workGroup("nope")))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("WorkGroup nope is not found.");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
    }

    @Test
    void createdWorkgroupsSurviveARestartAndDuplicatesAreRefused() {
        Path dataDir = SandboxFixture.freshDataDir();
        try (SandboxFixture sandbox = SandboxFixture.startIn(dataDir, o -> o); AthenaClient athena = sandbox.athena()) {
            athena.createWorkGroup(b -> b.name("team-ml").description("ML team")
                    .configuration(c -> c.resultConfiguration(r -> r.outputLocation("s3://athena-wizard-sandbox-results/ml/"))
                            .enforceWorkGroupConfiguration(false).bytesScannedCutoffPerQuery(20_000_000L)));
            assertThatThrownBy(() -> athena.createWorkGroup(b -> b.name("team-ml")))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.awsErrorDetails().errorMessage()).contains("already exists"));
            assertThatThrownBy(() -> athena.createWorkGroup(b -> b.name("bad name!")))
                    .isInstanceOf(InvalidRequestException.class);
        }
        try (SandboxFixture restarted = SandboxFixture.startIn(dataDir, o -> o); AthenaClient athena = restarted.athena()) {
            WorkGroup kept = athena.getWorkGroup(b -> b.workGroup("team-ml")).workGroup();

            assertThat(kept.description()).isEqualTo("ML team");
            assertThat(kept.configuration().resultConfiguration().outputLocation())
                    .isEqualTo("s3://athena-wizard-sandbox-results/ml/");
            assertThat(kept.configuration().bytesScannedCutoffPerQuery()).isEqualTo(20_000_000L);
            assertThat(kept.configuration().engineVersion().selectedEngineVersion()).isEqualTo("AUTO");
        }
    }

    @Test
    void aDisabledWorkgroupRunsNoQueries() {
        try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
            athena.createWorkGroup(b -> b.name("paused")
                    .configuration(c -> c.resultConfiguration(r -> r.outputLocation("s3://athena-wizard-sandbox-results/p/"))));
            athena.updateWorkGroup(b -> b.workGroup("paused").state(WorkGroupState.DISABLED));

            assertThat(athena.getWorkGroup(b -> b.workGroup("paused")).workGroup().state())
                    .isEqualTo(WorkGroupState.DISABLED);
            assertThatThrownBy(() -> athena.startQueryExecution(b -> b.workGroup("paused").queryString("SELECT 1")))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("WorkGroup paused is disabled."));
        }
    }

    @Test
    void withoutAnOutputLocationAQueryIsRefusedUntilOneIsGiven() {
        try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
            assertThatThrownBy(() -> athena.startQueryExecution(b -> b.queryString("SELECT 1")
                    .resultConfiguration(r -> r.build()).queryExecutionContext(c -> c.build())))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("No output location provided. An "
                                + "output location is required either through the Workgroup result configuration "
                                + "setting or as an API input.");
                    });

            QueryExecution given = AthenaQueries.await(athena, athena.startQueryExecution(b -> b.queryString("SELECT 1")
                    .resultConfiguration(r -> r.outputLocation("s3://athena-wizard-sandbox-results/mine"))).queryExecutionId());
            assertThat(given.status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
            assertThat(given.workGroup()).isEqualTo("primary");
            assertThat(given.resultConfiguration().outputLocation())
                    .isEqualTo("s3://athena-wizard-sandbox-results/mine/" + given.queryExecutionId() + ".csv");

            assertThatThrownBy(() -> athena.startQueryExecution(b -> b.queryString("SELECT 1")
                    .resultConfiguration(r -> r.outputLocation("s3://no-such-bucket/x/"))))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails()
                            .errorMessage()).isEqualTo("Unable to verify/create output bucket no-such-bucket"));
        }
    }

    @Test
    void anEnforcingWorkgroupOverridesTheClientsOutputLocation() {
        try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
            QueryExecution execution = AthenaQueries.await(athena, athena.startQueryExecution(b -> b.workGroup("aporia")
                    .queryString("SELECT 1").resultConfiguration(r -> r.outputLocation("s3://athena-wizard-sandbox-results/elsewhere/")))
                    .queryExecutionId());

            assertThat(execution.resultConfiguration().outputLocation())
                    .startsWith("s3://athena-wizard-sandbox-results/aporia/");
        }
    }

    @Test
    void aQueryScanningMoreThanTheCutoffIsCancelled() {
        try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
            athena.createWorkGroup(b -> b.name("frugal").configuration(c -> c.bytesScannedCutoffPerQuery(10_000_000L)
                    .resultConfiguration(r -> r.outputLocation("s3://athena-wizard-sandbox-results/frugal/"))));
            QueryExecution execution = AthenaQueries.await(athena, athena.startQueryExecution(b -> b.workGroup("frugal")
                    .queryString("SELECT embeddings FROM aporia_demo.model_predictions")).queryExecutionId());

            assertThat(execution.status().state()).isEqualTo(QueryExecutionState.CANCELLED);
            assertThat(execution.status().stateChangeReason()).isEqualTo("Bytes scanned limit was exceeded.");
        }
    }
}

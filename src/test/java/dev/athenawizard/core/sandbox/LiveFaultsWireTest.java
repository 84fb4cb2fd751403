package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.sandbox.http.LiveFaults;
import dev.athenawizard.core.sandbox.http.LiveFaults.Fault;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** The faults a test switches on while the sandbox runs, as the real SDK clients see them. */
class LiveFaultsWireTest {
    private static final String KEY = "ASIALIVEFAULTS000001";

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    private static LiveFaults faults() {
        return sandbox.server().faults();
    }

    @AfterEach
    void clear() {
        faults().clear();
    }

    @Test
    void aKeyThatWorkedIsRefusedAsExpiredOnceExpiredAndWorksAgainWhenRenewed() {
        try (AthenaClient athena = sandbox.fixture().athena(KEY); StsClient sts = sandbox.fixture().sts(KEY)) {
            assertThat(athena.listWorkGroups(b -> b.build()).workGroups()).isNotEmpty();

            faults().expireKey(KEY);

            assertThatThrownBy(() -> athena.listWorkGroups(b -> b.build())).isInstanceOfSatisfying(
                    AthenaException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("ExpiredTokenException"));
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken"));
            assertThat(sandbox.athena().listWorkGroups(b -> b.build()).workGroups())
                    .as("other keys keep working").isNotEmpty();

            faults().renewKey(KEY);

            assertThat(athena.listWorkGroups(b -> b.build()).workGroups()).isNotEmpty();
        }
    }

    @Test
    void aKeyCanExpireAtItsNextCallOfAnOperation() {
        try (AthenaClient athena = sandbox.fixture().athena(KEY)) {
            faults().expireKeyAtNext(KEY, "GetQueryExecution");
            String id = AthenaQueries.start(athena, "SELECT 1");

            assertThatThrownBy(() -> athena.getQueryExecution(b -> b.queryExecutionId(id)))
                    .isInstanceOfSatisfying(AthenaException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("ExpiredTokenException"));
            assertThatThrownBy(() -> athena.listWorkGroups(b -> b.build()))
                    .as("and stays expired for every call").isInstanceOf(AthenaException.class);
        }
    }

    @Test
    void aDroppedConnectionIsAnEndOfStreamThatTheWizardsClientsRetry() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT 1");
        faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 1);

        try (AthenaClient once = clientWithoutRetries()) {
            assertThatThrownBy(() -> once.getQueryExecution(b -> b.queryExecutionId(id)))
                    .isInstanceOf(SdkClientException.class).hasRootCauseInstanceOf(IOException.class);
        }
        assertThat(faults().injected(Fault.DROP_BEFORE)).isEqualTo(1);

        faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 2);
        assertThat(sandbox.athena().getQueryExecution(b -> b.queryExecutionId(id)).queryExecution()
                .queryExecutionId()).isEqualTo(id);
        assertThat(faults().injected(Fault.DROP_BEFORE)).as("both drops met, then answered").isEqualTo(3);
    }

    @Test
    void aStartWhoseAnswerIsLostIsRetriedWithItsTokenAndRunsOnce() {
        long before = executions();
        faults().plan("StartQueryExecution", Fault.DROP_AFTER, 1);

        String id = sandbox.athena().startQueryExecution(b -> b.queryString("SELECT 42").workGroup("aporia")
                .clientRequestToken("live-faults-token-000000000000000001")).queryExecutionId();

        assertThat(faults().injected(Fault.DROP_AFTER)).isEqualTo(1);
        assertThat(executions()).as("the retry found the first start by its token").isEqualTo(before + 1);
        assertThat(AthenaQueries.rows(sandbox.athena(), AthenaQueries.await(sandbox.athena(), id).queryExecutionId()))
                .last().isEqualTo(java.util.List.of("42"));
    }

    @Test
    void plannedThrottlingAndServerErrorsHitOnlyTheirOperation() {
        faults().plan("ListWorkGroups", Fault.THROTTLE, 1);
        faults().plan("ListWorkGroups", Fault.SERVER_ERROR, 1);

        try (AthenaClient once = clientWithoutRetries()) {
            assertThat(once.listDataCatalogs(b -> b.build()).dataCatalogsSummary()).isNotEmpty();
            assertThatThrownBy(() -> once.listWorkGroups(b -> b.build())).isInstanceOfSatisfying(
                    AthenaException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("ThrottlingException"));
            assertThatThrownBy(() -> once.listWorkGroups(b -> b.build())).isInstanceOfSatisfying(
                    AthenaException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            assertThat(once.listWorkGroups(b -> b.build()).workGroups()).isNotEmpty();
        }
    }

    private static long executions() {
        return sandbox.athena().listQueryExecutionsPaginator(b -> b.workGroup("aporia")).stream()
                .mapToLong(page -> page.queryExecutionIds().size()).sum();
    }

    private static AthenaClient clientWithoutRetries() {
        return AthenaClient.builder().region(Region.US_EAST_1).endpointOverride(sandbox.server().endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAONCE00000000001", "x")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}

package dev.athenawizard.core.athena;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.workgroup.NewWorkgroup;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.Failures;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.WorkGroupState;

/**
 * Real SDK exceptions, produced by the sandbox's fault knobs (or a closed port), become the right typed failure with
 * a message naming what to fix.
 */
class AwsErrorsWireTest {
    private static final String INVALID = "AKIAINVALIDKEY000001";
    private static final String EXPIRED = "ASIAEXPIREDKEY000001";
    private static final String NO_QUERIES = "AKIANOQUERIES0000001";
    private static SandboxFixture sandbox;
    private static WorkgroupInfo aporia;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(b -> b.invalidKey(INVALID).expiredKey(EXPIRED)
                .deny(NO_QUERIES, "athena:StartQueryExecution"));
        aporia = new WorkgroupService(sandbox.athena(), Runnable::run).describe("aporia").join();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static AthenaFailure listingFails(AthenaClient athena) {
        return Failures.of(new WorkgroupService(athena, Runnable::run).describeAll());
    }

    private static AthenaFailure queryFails(AthenaClient athena) {
        QueryRunner runner = new QueryRunner(athena, Runnable::run);
        return Failures.of(runner.start(QueryRequest.of("SELECT 1", aporia)).result());
    }

    @Test
    void anUnknownAccessKeyIsInvalidCredentials() {
        AthenaFailure f = listingFails(sandbox.athena(INVALID));

        assertThat(f.kind()).isEqualTo(Kind.CREDENTIALS_INVALID);
        assertThat(f.getMessage()).startsWith("AWS did not accept the credentials (The security token included in "
                + "the request is invalid.)").doesNotContain("not-a-real-secret");
    }

    @Test
    void anExpiredSessionSaysToRefreshIt() {
        AthenaFailure f = listingFails(sandbox.athena(EXPIRED));

        assertThat(f.kind()).isEqualTo(Kind.CREDENTIALS_EXPIRED);
        assertThat(f.getMessage()).startsWith("The AWS credentials have expired.");
    }

    @Test
    void aDeniedActionIsNamedWithItsResource() {
        AthenaFailure f = queryFails(sandbox.athena(NO_QUERIES));

        assertThat(f.kind()).isEqualTo(Kind.ACCESS_DENIED);
        AccessDenial denial = f.denial().orElseThrow();
        assertThat(denial.action()).isEqualTo("athena:StartQueryExecution");
        assertThat(denial.resource()).isEqualTo("arn:aws:athena:us-east-1:123456789012:workgroup/aporia");
        assertThat(denial.principal()).startsWith("arn:aws:iam::123456789012:");
        assertThat(f.getMessage()).contains("is not allowed to perform athena:StartQueryExecution on "
                + "arn:aws:athena:us-east-1:123456789012:workgroup/aporia").contains("Ask your AWS administrator");
    }

    @Test
    void aDisabledWorkgroupSaysSo() {
        AthenaClient athena = sandbox.athena();
        WorkgroupService workgroups = new WorkgroupService(athena, Runnable::run);
        workgroups.create(new NewWorkgroup("paused", "s3://athena-wizard-sandbox-results/paused/", "")).join();
        athena.updateWorkGroup(b -> b.workGroup("paused").state(WorkGroupState.DISABLED));
        WorkgroupInfo paused = workgroups.describe("paused").join();
        assertThat(paused.state()).isEqualTo(WorkgroupInfo.State.DISABLED);

        AthenaFailure f = Failures.of(new QueryRunner(athena, Runnable::run)
                .start(QueryRequest.of("SELECT 1", paused)).result());

        assertThat(f.kind()).isEqualTo(Kind.WORKGROUP_DISABLED);
        assertThat(f.getMessage()).startsWith("Workgroup 'paused' is disabled.");
    }

    @Test
    void aClosedPortIsAnUnreachableEndpoint() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        AwsTarget target = sandbox.target(SandboxFixture.KEY_ID).withEndpoint(closed);
        try (AwsClientFactory factory = new AwsClientFactory(new AwsClientFactory.Timeouts(Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(5)), RetryMode.STANDARD);
             AthenaClient athena = factory.athena(target)) {
            AthenaFailure f = listingFails(athena);

            assertThat(f.kind()).isEqualTo(Kind.ENDPOINT_UNREACHABLE);
            assertThat(f.getMessage()).startsWith("Cannot reach Athena: connection refused.");
        }
    }

    @Test
    void constantThrottlingIsReportedAfterTheSdksRetries() {
        try (SandboxFixture throttling = SandboxFixture.start(b -> b.throttleEvery(1))) {
            AthenaFailure f = listingFails(throttling.athena());

            assertThat(f.kind()).isEqualTo(Kind.THROTTLED);
            assertThat(f.getMessage()).contains("Rate exceeded").contains("Wait a moment and try again.");
        }
    }

    @Test
    void occasionalThrottlingIsRetriedAndTheQuerySucceeds() {
        try (SandboxFixture throttling = SandboxFixture.start(b -> b.throttleEvery(3))) {
            QueryRunner runner = new QueryRunner(throttling.athena(), Runnable::run);

            assertThat(runner.start(QueryRequest.of("SELECT 42 AS answer", aporia)).result().join()
                    .firstRows(1).join().rows()).containsExactly(java.util.List.of("42"));
        }
    }

    @Test
    void persistentServerErrorsAreAServiceError() {
        try (SandboxFixture failing = SandboxFixture.start(b -> b.failEvery(1))) {
            AthenaFailure f = listingFails(failing.athena());

            assertThat(f.kind()).isEqualTo(Kind.SERVICE_ERROR);
            assertThat(f.getMessage()).startsWith("Athena answered with an internal error (HTTP 500) even after retries.");
        }
    }
}

package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** Every injected fault, as the real SDK clients see it. */
class FaultInjectionWireTest {
    private static final String NO_ATHENA = "AKIANOATHENA00000001";
    private static final String NO_GLUE = "AKIANOGLUE0000000001";
    private static final String NO_DATA = "AKIANODATA0000000001";
    private static final String NO_RESULTS = "AKIANORESULTS0000001";
    private static final String NO_TABLE = "AKIANOTABLE000000001";
    private static final String INVALID = "AKIAINVALID000000001";
    private static final String EXPIRED = "ASIAEXPIRED000000001";
    private static final String USER_ARN = "arn:aws:iam::123456789012:user/sandbox-user";

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension(o -> o
            .deny(NO_ATHENA, "athena:StartQueryExecution", "sts:GetCallerIdentity")
            .deny(NO_GLUE, "glue:GetTables")
            .deny(NO_DATA, "s3:GetObject@arn:aws:s3:::athena-wizard-sandbox-data/*")
            .deny(NO_RESULTS, "s3:PutObject@arn:aws:s3:::athena-wizard-sandbox-results/*")
            .deny(NO_TABLE, "glue:GetTable")
            .invalidKey(INVALID)
            .expiredKey(EXPIRED));

    @Test
    void aDeniedAthenaActionIsAccessDeniedInAthenasWords() {
        try (AthenaClient athena = sandbox.fixture().athena(NO_ATHENA)) {
            assertThatThrownBy(() -> AthenaQueries.start(athena, "SELECT 1"))
                    .isInstanceOfSatisfying(AthenaException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: " + USER_ARN + " is not "
                                + "authorized to perform: athena:StartQueryExecution on resource: "
                                + "arn:aws:athena:us-east-1:123456789012:workgroup/aporia");
                    });
            assertThat(athena.listWorkGroups(b -> b.build()).workGroups()).as("other actions stay allowed").isNotEmpty();
        }
    }

    @Test
    void stsCannotBeDenied() {
        try (StsClient sts = sandbox.fixture().sts(NO_ATHENA)) {
            assertThat(sts.getCallerIdentity().arn()).isEqualTo(USER_ARN);
        }
    }

    @Test
    void aDeniedGlueActionIsAccessDeniedInGluesWords() {
        try (GlueClient glue = sandbox.fixture().glue(NO_GLUE)) {
            assertThatThrownBy(() -> glue.getTables(b -> b.databaseName("aporia_demo")))
                    .isInstanceOfSatisfying(GlueException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: " + USER_ARN + " is not "
                                + "authorized to perform: glue:GetTables on resource: "
                                + "arn:aws:glue:us-east-1:123456789012:catalog because no identity-based policy "
                                + "allows the glue:GetTables action");
                    });
        }
    }

    @Test
    void aDeniedS3ReadIsA403AndFailsQueriesOverThatData() {
        try (S3Client s3 = sandbox.fixture().s3(NO_DATA); AthenaClient athena = sandbox.fixture().athena(NO_DATA)) {
            assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("athena-wizard-sandbox-data")
                    .key("aporia_demo/training_set/part-00000.parquet")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("s3:GetObject");
                    });
            QueryExecution execution = AthenaQueries.run(athena, "SELECT count(*) FROM training_set");

            assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
            assertThat(execution.status().stateChangeReason()).isEqualTo("PERMISSION_DENIED: Permission denied on S3 "
                    + "path: s3://athena-wizard-sandbox-data/aporia_demo/training_set/part-00000.parquet");
            assertThat(AthenaQueries.query(athena, "SELECT 1").get(1)).as("queries reading no data still run")
                    .containsExactly("1");
        }
    }

    @Test
    void aDeniedWriteToTheResultsLocationFailsTheQuery() {
        try (AthenaClient athena = sandbox.fixture().athena(NO_RESULTS)) {
            QueryExecution execution = AthenaQueries.run(athena, "SELECT 1");

            assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
            assertThat(execution.status().stateChangeReason()).startsWith("PERMISSION_DENIED: Access denied when "
                    + "writing output to url '" + execution.resultConfiguration().outputLocation() + "'");
        }
    }

    @Test
    void aDeniedGlueTableLookupFailsTheQuery() {
        try (AthenaClient athena = sandbox.fixture().athena(NO_TABLE)) {
            QueryExecution execution = AthenaQueries.run(athena, "SELECT count(*) FROM model_predictions");

            assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
            assertThat(execution.status().stateChangeReason()).startsWith("PERMISSION_DENIED: Insufficient permissions")
                    .contains("is not authorized to perform: glue:GetTable on resource: "
                            + "arn:aws:glue:us-east-1:123456789012:catalog");
        }
    }

    @Test
    void anInvalidKeyIsRefusedByEveryService() {
        try (StsClient sts = sandbox.fixture().sts(INVALID); AthenaClient athena = sandbox.fixture().athena(INVALID);
             S3Client s3 = sandbox.fixture().s3(INVALID)) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
            });
            assertThatThrownBy(() -> athena.listWorkGroups(b -> b.build())).isInstanceOfSatisfying(AthenaException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
            });
            assertThatThrownBy(s3::listBuckets).isInstanceOfSatisfying(S3Exception.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId"));
        }
    }

    @Test
    void anExpiredKeyIsRefusedAsExpired() {
        try (StsClient sts = sandbox.fixture().sts(EXPIRED); GlueClient glue = sandbox.fixture().glue(EXPIRED)) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken"));
            assertThatThrownBy(() -> glue.getDatabases(b -> b.build())).isInstanceOfSatisfying(GlueException.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is expired");
            });
        }
    }

    @Test
    void throttlingIsRetriedByTheSdk() {
        try (SandboxFixture flaky = SandboxFixture.start(o -> o.throttleEvery(2))) {
            assertEveryOtherCallFailsAndRetriesHide(flaky, 400, "ThrottlingException", "Rate exceeded");
        }
    }

    @Test
    void serverErrorsAreRetriedByTheSdk() {
        try (SandboxFixture flaky = SandboxFixture.start(o -> o.failEvery(2))) {
            assertEveryOtherCallFailsAndRetriesHide(flaky, 500, "InternalServerException",
                    "We encountered an internal error. Please try again.");
        }
    }

    private static void assertEveryOtherCallFailsAndRetriesHide(SandboxFixture flaky, int status, String code,
                                                                String message) {
        AtomicInteger attempts = new AtomicInteger();
        try (AthenaClient retrying = rawClient(flaky, attempts, true);
             AthenaClient once = rawClient(flaky, new AtomicInteger(), false);
             AthenaClient wizards = flaky.athena()) {
            for (int i = 0; i < 4; i++) {
                assertThat(retrying.listWorkGroups(b -> b.build()).workGroups()).isNotEmpty();
            }
            assertThat(attempts.get()).as("calls that met the fault were attempted again").isGreaterThan(4);
            assertThat(wizards.listWorkGroups(b -> b.build()).workGroups()).as("the wizard's own clients retry too")
                    .isNotEmpty();

            int errors = 0;
            for (int i = 0; i < 4; i++) {
                try {
                    once.listWorkGroups(b -> b.build());
                } catch (AthenaException e) {
                    errors++;
                    assertThat(e.statusCode()).isEqualTo(status);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
                }
            }
            assertThat(errors).as("without retries, every other call fails").isEqualTo(2);
        }
    }

    @Test
    void latencyIsAddedToEveryResponse() {
        try (SandboxFixture slow = SandboxFixture.start(o -> o.latency(Duration.ofMillis(300)));
             StsClient sts = slow.sts("AKIASLOW000000000001")) {
            sts.getCallerIdentity();
            long started = System.nanoTime();
            sts.getCallerIdentity();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    /** A client built by hand, to count attempts or to switch retries off. */
    private static AthenaClient rawClient(SandboxFixture fixture, AtomicInteger attempts, boolean retries) {
        return AthenaClient.builder().region(Region.US_EAST_1).endpointOverride(fixture.server.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAFLAKY0000000001", "x")))
                .overrideConfiguration(o -> {
                    o.addExecutionInterceptor(new ExecutionInterceptor() {
                        @Override
                        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                            attempts.incrementAndGet();
                        }
                    });
                    // the SDK's standard strategy, with short waits so the test stays fast
                    o.retryStrategy(retries ? AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                            .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5))).build()
                            : AwsRetryStrategy.doNotRetry());
                })
                .build();
    }
}

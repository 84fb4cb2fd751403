package dev.athenawizard.core.aws.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestVerdict;
import dev.athenawizard.core.sandbox.DenyRule;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/** The Query step's entry point: {@link AwsSession#selfTestQuery}, against the sandbox with the real SDK. */
class AwsSessionQuerySelfTestTest {
    private static final String APORIA_KEY = "AKIASESSIONNOGETTBL1";
    private static final String TABLE = "arn:aws:glue:us-east-1:123456789012:table/aporia_demo/model_predictions";
    private static final AporiaQuery QUERY = AporiaQuery.of(new SqlAnalyzer().analyze(
            "SELECT prediction_id, proba FROM model_predictions ORDER BY proba DESC"), "AwsDataCatalog", "aporia_demo");

    private static SandboxFixture sandbox;
    private static ExecutorService aws;
    private static AwsSession session;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options.queryDelay(Duration.ofMillis(20))
                .deny(DenyRule.parse(APORIA_KEY + "=glue:GetTable@" + TABLE).get(0)));
        aws = Executors.newFixedThreadPool(2);
        VerifiedConnection connection = new VerifiedConnection(
                ConnectionSettings.of(new CredentialSource.Sandbox(), SandboxFixture.REGION)
                        .withEndpoint(sandbox.endpoint()),
                CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/sandbox-user", "AIDASANDBOX"),
                Optional.of(SandboxFixture.key(APORIA_KEY)), false);
        session = new AwsSessions(sandbox.clients(), aws).open(connection);
    }

    @AfterAll
    static void stop() {
        session.close();
        aws.shutdownNow();
        sandbox.close();
    }

    private static ScopeRequest request(String workgroup) {
        return new ScopeRequest(SandboxFixture.REGION, workgroup, Optional.empty(), List.of(), List.of());
    }

    @Test
    void oneCallGivesTheQuerysPolicyAndTheVerdictsAsAporiasKey() {
        QuerySelfTest result = session.selfTestQuery(request("aporia"), QUERY, SelfTestListener.NONE).join();

        assertThat(result.query()).isEqualTo(QUERY);
        assertThat(result.policy().orElseThrow().statement("GlueTables").orElseThrow().resources())
                .contains(TABLE).doesNotContain("arn:aws:glue:us-east-1:123456789012:table/aporia_demo/*");
        assertThat(result.report().verdict()).isEqualTo(SelfTestVerdict.MISSING);
        assertThat(result.report().missing()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("glue:GetTable");
            assertThat(c.resource()).isEqualTo(TABLE);
            assertThat(c.part()).isEqualTo(PermissionCheck.Part.TABLES);
            assertThat(c.statement()).hasValueSatisfying(s -> assertThat(s.sid()).isEqualTo("GlueTables"));
        });
        assertThat(result.report().part(PermissionCheck.Part.WORKGROUP))
                .noneMatch(c -> c.status() == CheckStatus.MISSING);
    }

    @Test
    void whatTheSelfTestCannotDoWithoutIsSaidOnce() {
        CompletableFuture<QuerySelfTest> run = session.selfTestQuery(request("primary"), QUERY, SelfTestListener.NONE);

        assertThatThrownBy(run::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The workgroup \"primary\" has no query result location")
                .hasMessageNotContaining("cannot run yet");
    }

    @Test
    void cancellingWhileTheQueryRunsStopsItInAthena() throws InterruptedException {
        AtomicInteger queriesStarting = new AtomicInteger();
        CountDownLatch zeroRowStarting = new CountDownLatch(1);
        SelfTestListener listener = new SelfTestListener() {
            @Override
            public void checking(String action, String resource) {
                if (action.equals("athena:StartQueryExecution") && queriesStarting.incrementAndGet() == 2) {
                    sandbox.server.setQueryDelay(Duration.ofSeconds(30)); // the zero-row form now runs long
                    zeroRowStarting.countDown();
                }
            }

            @Override
            public void checked(PermissionCheck check) {
            }
        };
        CompletableFuture<QuerySelfTest> running = session.selfTestQuery(request("aporia"), QUERY, listener);
        try (AthenaClient athena = sandbox.athena()) {
            assertThat(zeroRowStarting.await(20, TimeUnit.SECONDS)).isTrue();
            String id = runningZeroRowQuery(athena);

            running.cancel(true);

            assertThatThrownBy(running::join).isInstanceOf(CancellationException.class);
            assertThat(stateOnceEnded(athena, id)).isEqualTo(QueryExecutionState.CANCELLED);
        } finally {
            sandbox.server.setQueryDelay(Duration.ofMillis(20));
        }
    }

    private static String runningZeroRowQuery(AthenaClient athena) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < giveUp) {
            List<String> ids = athena.listQueryExecutions(b -> b.workGroup("aporia")).queryExecutionIds();
            if (!ids.isEmpty()) {
                QueryExecution newest = athena.getQueryExecution(b -> b.queryExecutionId(ids.get(0))).queryExecution();
                if (newest.query().contains("random() < 0")
                        && newest.status().state() == QueryExecutionState.RUNNING) {
                    return newest.queryExecutionId();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the zero-row form never ran");
    }

    private static QueryExecutionState stateOnceEnded(AthenaClient athena, String id) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        QueryExecutionState state = athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status()
                .state();
        while ((state == QueryExecutionState.RUNNING || state == QueryExecutionState.QUEUED)
                && System.nanoTime() < giveUp) {
            Thread.sleep(10);
            state = athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state();
        }
        return state;
    }
}

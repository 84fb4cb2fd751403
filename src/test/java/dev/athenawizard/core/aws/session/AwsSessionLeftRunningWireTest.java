package dev.athenawizard.core.aws.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryState;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * A query the wizard could not stop (its credentials expired just before the stop) is stopped later, with the real
 * SDK against the sandbox: by the next call that succeeds once the key works again, or by the session opened for new
 * credentials of the same account. The credentials' health follows what AWS answered.
 */
class AwsSessionLeftRunningWireTest {
    private static final String SQL = "SELECT prediction_id FROM model_predictions";
    private static SandboxFixture sandbox;
    private static ExecutorService aws;

    private final List<String> toldStopped = new CopyOnWriteArrayList<>();
    private AwsSessions sessions;
    private final List<AwsSession> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start();
        aws = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        aws.shutdownNow();
        sandbox.close();
    }

    @AfterEach
    void closeSessions() {
        opened.forEach(AwsSession::close);
        sandbox.server.faults().clear();
        sandbox.server.setQueryDelay(Duration.ZERO);
    }

    private AwsSession open(String keyId) {
        if (sessions == null) {
            sessions = new AwsSessions(sandbox.clients(), aws);
            sessions.unstopped().onStopped(toldStopped::add);
        }
        AwsSession session = sessions.open(new VerifiedConnection(
                ConnectionSettings.of(SandboxFixture.temporaryKey(keyId), SandboxFixture.REGION)
                        .withEndpoint(sandbox.endpoint()),
                CallerIdentity.of("123456789012", "arn:aws:sts::123456789012:assumed-role/analyst/" + keyId, keyId),
                Optional.empty(), false));
        opened.add(session);
        return session;
    }

    /** Starts a slow query, then the key expires at the stop: the stop is refused and the query runs on. */
    private String leftRunning(AwsSession session, String keyId) {
        sandbox.server.setQueryDelay(Duration.ofSeconds(60));
        WorkgroupInfo aporia = session.workgroups().describe("aporia").join();
        RunningQuery query = session.queries().start(QueryRequest.of(SQL, aporia).in("AwsDataCatalog", "aporia_demo"));
        await(() -> query.progress().state() == QueryState.RUNNING, "the query runs");
        sandbox.server.faults().expireKeyAtNext(keyId, "StopQueryExecution");

        query.cancel().join();

        assertThatThrownBy(() -> query.result().join()).hasMessageContaining("Telling Athena to stop it failed")
                .hasMessageContaining("credentials have expired")
                .hasMessageContaining("stops it as soon as a call with working credentials gets through");
        String id = query.executionId().orElseThrow();
        assertThat(state(id)).as("Athena did not hear the stop").isEqualTo(QueryExecutionState.RUNNING);
        assertThat(session.connection().health().problem()).as("the refusal is known")
                .hasValueSatisfying(why -> assertThat(why).contains("expired"));
        return id;
    }

    @Test
    void the_next_call_that_succeeds_with_the_renewed_key_stops_the_query_left_running() {
        AwsSession session = open("ASIALEFTRUNNING00001");
        String id = leftRunning(session, "ASIALEFTRUNNING00001");

        sandbox.server.faults().renewKey("ASIALEFTRUNNING00001");
        session.workgroups().describe("aporia").join();

        await(() -> state(id) == QueryExecutionState.CANCELLED, "the query left running is cancelled");
        // the stop is told after Athena answered it: wait for the telling, not only for Athena
        await(() -> !toldStopped.isEmpty(), "the stop is told");
        assertThat(toldStopped).containsExactly(id);
        assertThat(session.connection().health().problem()).as("working again").isEmpty();
    }

    @Test
    void a_session_for_new_credentials_of_the_same_account_stops_the_query_left_running() {
        String id = leftRunning(open("ASIAEXPIREDSESSION01"), "ASIAEXPIREDSESSION01");

        open("ASIAFRESHSESSION0001"); // the user entered fresh credentials: the steps open a new session

        await(() -> state(id) == QueryExecutionState.CANCELLED, "the query left running is cancelled");
        // the stop is told after Athena answered it: wait for the telling, not only for Athena
        await(() -> !toldStopped.isEmpty(), "the stop is told");
        assertThat(toldStopped).containsExactly(id);
    }

    @Test
    void while_the_credentials_stay_refused_the_query_is_kept_to_stop_later() {
        AwsSession session = open("ASIASTILLEXPIRED0001");
        String id = leftRunning(session, "ASIASTILLEXPIRED0001");

        assertThat(session.stopLeftRunning().join()).as("still refused").isEmpty();
        assertThat(state(id)).isEqualTo(QueryExecutionState.RUNNING);

        sandbox.server.faults().renewKey("ASIASTILLEXPIRED0001");
        assertThat(session.stopLeftRunning().join()).containsExactly(id);
        assertThat(state(id)).isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void a_listing_refused_for_expired_credentials_marks_them_refused_and_one_that_succeeds_working_again() {
        AwsSession session = open("ASIALISTINGEXPIRED01");
        session.workgroups().describeAll().join();
        sandbox.server.faults().expireKey("ASIALISTINGEXPIRED01");

        assertThatThrownBy(() -> session.workgroups().describeAll().join()).hasMessageContaining("expired");
        assertThat(session.connection().health().problem()).hasValueSatisfying(why -> assertThat(why)
                .contains("The AWS credentials have expired"));

        sandbox.server.faults().renewKey("ASIALISTINGEXPIRED01");
        session.workgroups().describeAll().join();
        assertThat(session.connection().health().problem()).isEmpty();
    }

    private static QueryExecutionState state(String id) {
        return sandbox.athena().getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

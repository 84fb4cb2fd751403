package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.sandbox.AthenaQueries;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sandbox.http.LiveFaults;
import dev.athenawizard.core.sandbox.http.LiveFaults.Fault;
import dev.athenawizard.testing.ControlledTime;
import dev.athenawizard.testing.Failures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * The query runner under the sandbox's faults, with the real SDK over HTTP: what is safe to retry is retried and the
 * rows come out right; what fails for good leaves no query running in Athena, or says so when it cannot stop it.
 */
class QueryRunnerFaultsWireTest {
    private static final String SQL = "SELECT prediction_id, amount FROM model_predictions ORDER BY prediction_id LIMIT 7";
    private static final String EXPIRING_KEY = "ASIAEXPIRESMIDPOLL01";

    private static ControlledTime time;
    private static SandboxFixture sandbox;
    private static AthenaClient athena;
    private static WorkgroupInfo aporia;
    private static List<List<String>> expectedRows;
    private ControlledRunner runner;

    @BeforeAll
    static void start() {
        time = new ControlledTime(Instant.now());
        sandbox = SandboxFixture.start(b -> b.clock(time).queryDelay(Duration.ofSeconds(3))
                .queueDelay(Duration.ofSeconds(1)));
        athena = sandbox.athena();
        aporia = new WorkgroupService(athena, Runnable::run).describe("aporia").join();
        expectedRows = new ControlledRunner(sandbox, time, athena).run(request()).result().join()
                .firstRows(100).join().rows();
    }

    @AfterAll
    static void stop() {
        athena.close();
        sandbox.close();
    }

    @BeforeEach
    void runner() {
        runner = new ControlledRunner(sandbox, time, athena);
    }

    @AfterEach
    void clearFaults() {
        faults().clear();
    }

    private static LiveFaults faults() {
        return sandbox.server.faults();
    }

    private static QueryRequest request() {
        return QueryRequest.of(SQL, aporia).in("AwsDataCatalog", "aporia_demo").withResultReuse(false);
    }

    private static QueryExecutionState stateInAthena(RunningQuery query) {
        String id = query.executionId().orElseThrow();
        return athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state();
    }

    private static long executions() {
        return athena.listQueryExecutionsPaginator(b -> b.workGroup("aporia")).stream()
                .mapToLong(page -> page.queryExecutionIds().size()).sum();
    }

    @Test
    void throttlingAndServerErrorsOnEveryCallAreRetriedAndTheRowsComeOutRight() {
        faults().plan("StartQueryExecution", Fault.SERVER_ERROR, 1);
        faults().plan("GetQueryExecution", Fault.THROTTLE, 1);
        faults().plan("GetQueryExecution", Fault.SERVER_ERROR, 1);
        faults().plan("GetQueryResults", Fault.THROTTLE, 1);
        faults().plan("GetQueryResults", Fault.SERVER_ERROR, 1);
        long before = executions();

        RunningQuery query = runner.run(request());

        assertThat(query.result().join().firstRows(100).join().rows()).isEqualTo(expectedRows);
        assertThat(faults().injected(Fault.THROTTLE) + faults().injected(Fault.SERVER_ERROR)).isEqualTo(5);
        assertThat(executions()).as("the retried start ran one query").isEqualTo(before + 1);
    }

    @Test
    void pollsThrottledBeyondTheSdksRetriesArePolledOn() {
        faults().plan("GetQueryExecution", Fault.THROTTLE, 4); // the SDK tries 3 times per call

        RunningQuery query = runner.run(request());

        assertThat(query.result().join().firstRows(100).join().rows()).isEqualTo(expectedRows);
        assertThat(faults().injected(Fault.THROTTLE)).isEqualTo(4);
    }

    @Test
    void addedLatencySlowsTheCallsButChangesNothingElse() {
        faults().latency(Duration.ofMillis(40));

        RunningQuery query = runner.run(request());

        assertThat(query.result().join().firstRows(100).join().rows()).isEqualTo(expectedRows);
    }

    @Test
    void aConnectionDroppedMidPollIsRetriedAndTheRowsComeOutRight() {
        faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 2);
        faults().plan("GetQueryResults", Fault.DROP_BEFORE, 1);

        RunningQuery query = runner.run(request());

        assertThat(query.result().join().firstRows(100).join().rows()).isEqualTo(expectedRows);
        assertThat(faults().injected(Fault.DROP_BEFORE)).isEqualTo(3);
    }

    @Test
    void aStartWhoseAnswerWasLostIsRetriedWithItsTokenSoOnlyOneQueryRuns() {
        faults().plan("StartQueryExecution", Fault.DROP_AFTER, 1);
        long before = executions();

        RunningQuery query = runner.run(request());

        assertThat(query.result().join().firstRows(100).join().rows()).isEqualTo(expectedRows);
        assertThat(faults().injected(Fault.DROP_AFTER)).isEqualTo(1);
        assertThat(executions()).as("the SDK's retry carried the same ClientRequestToken").isEqualTo(before + 1);
        assertThat(AthenaQueries.unfinished(athena, "aporia")).as("left QUEUED or RUNNING").isEmpty();
    }

    @Test
    void aPollThatFailsForGoodStopsTheQueryInAthenaAndSaysSo() {
        faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 50);

        RunningQuery query = runner.run(request());

        AthenaFailure f = Failures.of(query.result());
        faults().clear();
        assertThat(f.kind()).isEqualTo(Kind.ENDPOINT_UNREACHABLE);
        assertThat(f.getMessage()).startsWith("Cannot reach Athena").endsWith("The query was stopped in Athena.");
        assertThat(f.queryExecutionId()).isEqualTo(query.executionId());
        assertThat(stateInAthena(query)).isEqualTo(QueryExecutionState.CANCELLED);
        assertThat(AthenaQueries.unfinished(athena, "aporia")).as("left QUEUED or RUNNING").isEmpty();
    }

    @Test
    void credentialsExpiringMidPollSayWhatToDoAndThatTheQueryMayStillRun() {
        try (AthenaClient expiring = sandbox.athena(EXPIRING_KEY)) {
            ControlledRunner expiringRunner = new ControlledRunner(sandbox, time, expiring);
            faults().expireKeyAtNext(EXPIRING_KEY, "GetQueryExecution");

            RunningQuery query = expiringRunner.run(request());

            AthenaFailure f = Failures.of(query.result());
            assertThat(f.kind()).isEqualTo(Kind.CREDENTIALS_EXPIRED);
            assertThat(f.getMessage()).startsWith("The AWS credentials have expired. Get fresh ones")
                    .contains("could not stop the query (execution " + query.executionId().orElseThrow() + ")",
                            "may still be running");
            assertThat(stateInAthena(query)).as("it could not be stopped with expired credentials")
                    .isIn(QueryExecutionState.QUEUED, QueryExecutionState.RUNNING);
            athena.stopQueryExecution(b -> b.queryExecutionId(query.executionId().orElseThrow()));
        }
        assertThat(AthenaQueries.unfinished(athena, "aporia")).as("left QUEUED or RUNNING").isEmpty();
    }
}

package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.testing.ControlledTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * How a query moves through its states on a clock the test controls: QUEUED for the queue delay, RUNNING until the
 * query delay has passed and DuckDB is done, and what stopping does on the way.
 */
class QueryLifecycleWireTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration QUEUE = Duration.ofSeconds(2);
    private static final Duration DELAY = Duration.ofSeconds(10);
    private static final ControlledTime clock = new ControlledTime(START);

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension(o -> o.clock(clock).queryDelay(DELAY).queueDelay(QUEUE));

    @Test
    void queryIsQueuedThenRunningThenSucceededAsTheClockMoves() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT count(*) AS n FROM model_predictions");
        Instant submitted = clock.instant();

        assertThat(state(id)).isEqualTo(QueryExecutionState.QUEUED);
        assertNotFinished(id, "QUEUED");

        clock.advance(QUEUE);
        awaitState(id, s -> s == QueryExecutionState.RUNNING);
        assertNotFinished(id, "RUNNING");
        awaitEngineIdle(id);
        assertThat(state(id)).as("DuckDB is done, but the query delay has not passed").isEqualTo(QueryExecutionState.RUNNING);

        clock.advance(DELAY.minus(QUEUE).minusMillis(1));
        assertThat(state(id)).isEqualTo(QueryExecutionState.RUNNING);
        clock.advance(Duration.ofMillis(1));
        QueryExecution done = sandbox.athena().getQueryExecution(b -> b.queryExecutionId(id)).queryExecution();

        assertThat(done.status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
        assertThat(done.status().submissionDateTime()).isEqualTo(submitted);
        assertThat(done.status().completionDateTime()).isEqualTo(submitted.plus(DELAY));
        assertThat(done.statistics().queryQueueTimeInMillis()).isEqualTo(2000);
        assertThat(done.statistics().engineExecutionTimeInMillis()).isEqualTo(8000);
        assertThat(done.statistics().totalExecutionTimeInMillis()).isEqualTo(10000);
        assertThat(sandbox.server().queryTiming(id).orElseThrow().completion()).contains(submitted.plus(DELAY));
        assertThat(AthenaQueries.rows(sandbox.athena(), id).get(1)).containsExactly("10000");
    }

    @Test
    void queryDelayCanChangeForLaterQueries() {
        sandbox.server().setQueryDelay(Duration.ofSeconds(30));
        try {
            String id = AthenaQueries.start(sandbox.athena(), "SELECT 1");
            Instant submitted = clock.instant();
            awaitEngineIdle(id);
            assertThat(sandbox.server().queryTiming(id).orElseThrow().completion()).contains(submitted.plusSeconds(30));
        } finally {
            sandbox.server().setQueryDelay(DELAY);
        }
    }

    @Test
    void stoppingAQueuedQueryCancelsItWithoutAnError() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT 1");
        sandbox.athena().stopQueryExecution(b -> b.queryExecutionId(id));
        QueryExecution stopped = sandbox.athena().getQueryExecution(b -> b.queryExecutionId(id)).queryExecution();

        assertThat(stopped.status().state()).isEqualTo(QueryExecutionState.CANCELLED);
        assertThat(stopped.status().stateChangeReason()).isEqualTo("Query cancelled by user");
        assertThat(stopped.status().athenaError()).isNull();
        assertThatThrownBy(() -> sandbox.athena().getQueryResults(b -> b.queryExecutionId(id)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.athenaErrorCode()).isEqualTo("RESULT_NOT_FOUND"));
    }

    @Test
    void stoppingARunningQueryInterruptsDuckDb() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT count(*) FROM model_predictions a CROSS JOIN model_predictions b "
                + "CROSS JOIN training_set c WHERE a.proba + b.proba < c.proba");
        clock.advance(QUEUE);
        awaitState(id, s -> s == QueryExecutionState.RUNNING);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!sandbox.server().queryTiming(id).orElseThrow().engineBusy()) {
            assertThat(System.nanoTime()).as("DuckDB picks the query up").isLessThan(deadline);
            AthenaQueries.sleep(10);
        }
        AthenaQueries.sleep(200);
        assertThat(sandbox.server().queryTiming(id).orElseThrow().engineBusy()).as("a join of 5e11 rows keeps DuckDB busy")
                .isTrue();

        long stoppedAt = System.nanoTime();
        sandbox.athena().stopQueryExecution(b -> b.queryExecutionId(id));

        assertThat(state(id)).isEqualTo(QueryExecutionState.CANCELLED);
        awaitEngineIdle(id);
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).as("DuckDB was interrupted, not waited for")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(state(id)).isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void stoppingAFinishedQueryChangesNothing() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT 1");
        clock.advance(DELAY);
        awaitState(id, s -> s == QueryExecutionState.SUCCEEDED);

        sandbox.athena().stopQueryExecution(b -> b.queryExecutionId(id));

        assertThat(state(id)).isEqualTo(QueryExecutionState.SUCCEEDED);
        assertThat(AthenaQueries.rows(sandbox.athena(), id)).hasSize(2);
    }

    private static QueryExecutionState state(String id) {
        return sandbox.athena().getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state();
    }

    private static void assertNotFinished(String id, String state) {
        assertThatThrownBy(() -> sandbox.athena().getQueryResults(b -> b.queryExecutionId(id)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("INVALID_QUERY_EXECUTION_STATE");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Query has not yet finished. Current state: " + state);
                });
    }

    /** Waits (in real time) for DuckDB: the test clock stands still meanwhile. */
    private static void awaitState(String id, Predicate<QueryExecutionState> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        QueryExecutionState state;
        while (!wanted.test(state = state(id))) {
            assertThat(System.nanoTime()).as("query %s still %s", id, state).isLessThan(deadline);
            AthenaQueries.sleep(10);
        }
    }

    private static void awaitEngineIdle(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.server().queryTiming(id).orElseThrow().engineBusy()
                || sandbox.server().queryTiming(id).orElseThrow().completion().isEmpty()) {
            assertThat(System.nanoTime()).as("DuckDB finishes query %s", id).isLessThan(deadline);
            AthenaQueries.sleep(10);
        }
    }
}

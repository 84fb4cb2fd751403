package dev.athenawizard.core.sandbox.athena;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.ResultColumn;
import dev.athenawizard.core.sandbox.engine.StatementKind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One query execution. Its state is never stored: it is derived from the clock whenever it is read. A query is
 * QUEUED until its queue delay has passed and the engine has picked it up, then RUNNING until both its query delay
 * (counted from submission) has passed and DuckDB has finished; only then does it show its outcome. A controllable
 * clock thus steps a query through its states, and a benchmark can compare when a client noticed the end with
 * {@link #completion()}.
 */
final class QueryExecution {
    enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** How the engine's work ended. */
    sealed interface Outcome permits Succeeded, Failed, Cancelled {
        long dataScannedBytes();
    }

    /**
     * Results were written to {@code resultFile}: a CSV with a header row for a query, plain lines without a header
     * ({@code text}) for SHOW, DESCRIBE and DDL.
     */
    record Succeeded(List<ResultColumn> columns, Path resultFile, long dataScannedBytes, long rows, boolean text)
            implements Outcome {
    }

    record Failed(QueryFailure failure, long dataScannedBytes) implements Outcome {
    }

    /** Cancelled by the sandbox itself, e.g. "Bytes scanned limit was exceeded." */
    record Cancelled(String reason, long dataScannedBytes) implements Outcome {
    }

    static final String CANCELLED_BY_USER = "Query cancelled by user";

    private final String id;
    private final QueryRequest request;
    private final StatementKind kind;
    private final Workgroup workgroup;
    private final Optional<String> outputLocation;
    private final Instant submitted;
    private final Duration delay;
    private final Duration queueDelay;
    private final boolean reused;

    private Instant engineStarted;
    private Instant engineFinished;
    private Outcome outcome;
    private Instant cancelled;
    private Statement running;

    QueryExecution(String id, QueryRequest request, StatementKind kind, Workgroup workgroup,
                   Optional<String> outputLocation, Instant submitted, Duration delay, Duration queueDelay) {
        this(id, request, kind, workgroup, outputLocation, submitted, delay, queueDelay, false);
    }

    private QueryExecution(String id, QueryRequest request, StatementKind kind, Workgroup workgroup,
                           Optional<String> outputLocation, Instant submitted, Duration delay, Duration queueDelay,
                           boolean reused) {
        this.id = id;
        this.request = request;
        this.kind = kind;
        this.workgroup = workgroup;
        this.outputLocation = outputLocation;
        this.submitted = submitted;
        this.delay = delay;
        this.queueDelay = queueDelay;
        this.reused = reused;
    }

    /** A new execution answered from {@code previous}'s results: done at once, nothing scanned. */
    static QueryExecution reusing(String id, QueryRequest request, QueryExecution previous, Instant now) {
        QueryExecution reused = new QueryExecution(id, request, previous.kind, previous.workgroup,
                previous.outputLocation, now, Duration.ZERO, Duration.ZERO, true);
        Succeeded earlier = (Succeeded) previous.outcome();
        reused.engineStarted = now;
        reused.engineFinished = now;
        reused.outcome = new Succeeded(earlier.columns(), earlier.resultFile(), 0, earlier.rows(), earlier.text());
        return reused;
    }

    String id() {
        return id;
    }

    QueryRequest request() {
        return request;
    }

    StatementKind kind() {
        return kind;
    }

    Workgroup workgroup() {
        return workgroup;
    }

    /** The full result file address, {@code s3://…/<id>.csv}; empty with Athena-managed results. */
    Optional<String> outputLocation() {
        return outputLocation;
    }

    Instant submitted() {
        return submitted;
    }

    boolean reused() {
        return reused;
    }

    synchronized Outcome outcome() {
        return outcome;
    }

    // ---- engine side

    /** The engine picked the query up; a query stopped while queued is not started at all. */
    synchronized boolean start(Instant now) {
        if (cancelled != null) {
            return false;
        }
        engineStarted = now;
        return true;
    }

    /** DuckDB runs this statement now; a stop interrupts it. */
    synchronized void running(Statement statement) throws SQLException {
        running = statement;
        if (cancelled != null) {
            statement.cancel();
        }
    }

    synchronized void finish(Instant now, Outcome result) {
        running = null;
        engineFinished = now;
        outcome = result;
    }

    /** Whether DuckDB works on this query right now. */
    synchronized boolean engineBusy() {
        return engineStarted != null && engineFinished == null;
    }

    synchronized boolean isCancelled() {
        return cancelled != null;
    }

    // ---- client side

    /** StopQueryExecution: a QUEUED or RUNNING query becomes CANCELLED and DuckDB is interrupted; else nothing. */
    synchronized boolean stop(Instant now) {
        State state = state(now);
        if (state != State.QUEUED && state != State.RUNNING) {
            return false;
        }
        cancelled = now;
        if (running != null) {
            try {
                running.cancel();
            } catch (SQLException e) {
                // the statement finished meanwhile: nothing left to interrupt
            }
        }
        return true;
    }

    synchronized State state(Instant now) {
        if (cancelled != null) {
            return State.CANCELLED;
        }
        if (engineStarted == null || now.isBefore(submitted.plus(queueDelay))) {
            return State.QUEUED;
        }
        Optional<Instant> done = completion();
        if (done.isEmpty() || now.isBefore(done.get())) {
            return State.RUNNING;
        }
        if (outcome instanceof Succeeded) {
            return State.SUCCEEDED;
        }
        return outcome instanceof Failed ? State.FAILED : State.CANCELLED;
    }

    /**
     * When the query completes (or completed) on the sandbox's clock; empty while DuckDB still works on it. The
     * later of submission plus the query delay and the engine's end, or the moment it was stopped.
     */
    synchronized Optional<Instant> completion() {
        if (cancelled != null) {
            return Optional.of(cancelled);
        }
        if (engineFinished == null) {
            return Optional.empty();
        }
        Instant earliest = submitted.plus(delay.compareTo(queueDelay) >= 0 ? delay : queueDelay);
        return Optional.of(engineFinished.isAfter(earliest) ? engineFinished : earliest);
    }

    /** When the query left the queue: after the queue delay, once the engine had it. */
    synchronized Optional<Instant> runningSince() {
        if (engineStarted == null) {
            return Optional.empty();
        }
        Instant afterQueue = submitted.plus(queueDelay);
        return Optional.of(engineStarted.isAfter(afterQueue) ? engineStarted : afterQueue);
    }
}

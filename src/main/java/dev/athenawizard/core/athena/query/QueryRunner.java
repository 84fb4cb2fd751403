package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.concurrent.Sleeper;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Runs SQL on Athena: starts an execution, polls it on a {@link PollSchedule} until it ends, stops it on cancel or
 * deadline, and hands back its statistics and lazily paged rows.
 *
 * <p>Each running query occupies one thread of the executor while it polls (mostly asleep), and page fetches run there
 * too; give it a few threads more than the queries expected to run at once. Time comes from the injected clock and
 * sleeper, so tests drive polling without waiting.
 */
public final class QueryRunner {
    private final AthenaClient athena;
    private final Executor executor;
    private final AthenaCalls calls;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PollSchedule schedule;

    public QueryRunner(AthenaClient athena, Executor executor, Clock clock, Sleeper sleeper, PollSchedule schedule) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.calls = new AthenaCalls(executor);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Real time and the adaptive schedule. */
    public QueryRunner(AthenaClient athena, Executor executor) {
        this(athena, executor, Clock.systemUTC(), Sleeper.SYSTEM, PollSchedule.adaptive());
    }

    public RunningQuery start(QueryRequest request) {
        return start(request, progress -> { });
    }

    /**
     * Submits the query and returns at once; the work happens on the executor.
     *
     * @param listener told of every state seen while polling (on the polling thread: a UI hops to its own thread)
     */
    public RunningQuery start(QueryRequest request, Consumer<QueryProgress> listener) {
        RunningQuery query = new RunningQuery(UUID.randomUUID().toString());
        ExecutionLoop loop = new ExecutionLoop(athena, calls, clock, sleeper, schedule, request, query, listener);
        try {
            executor.execute(loop);
        } catch (RejectedExecutionException e) {
            query.fail(AwsErrors.translate(e));
        }
        return query;
    }
}

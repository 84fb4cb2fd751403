package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.concurrent.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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
 *
 * <p>The runner remembers how long each statement ran when it last succeeded (in memory, a few hundred statements),
 * and its schedule polls a repeated statement densely where it will likely end. The CLI and the GUI preview both run
 * queries through a runner, so both poll the same way.
 */
public final class QueryRunner {
    /** How many statements' last runs are remembered for polling their next run. */
    private static final int REMEMBERED_STATEMENTS = 256;

    private final AthenaClient athena;
    private final Executor executor;
    private final AthenaCalls calls;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PollSchedule schedule;
    private final RunHistory history = new RunHistory(REMEMBERED_STATEMENTS);
    private final LeftRunning leftRunning;

    public QueryRunner(AthenaClient athena, Executor executor, Clock clock, Sleeper sleeper, PollSchedule schedule) {
        this(athena, executor, clock, sleeper, schedule, LeftRunning.NOBODY);
    }

    /**
     * @param leftRunning where a query goes that could not be stopped (credentials expired, connection lost), to be
     *                    stopped later; {@link LeftRunning#NOBODY} where nothing will
     */
    public QueryRunner(AthenaClient athena, Executor executor, Clock clock, Sleeper sleeper, PollSchedule schedule,
            LeftRunning leftRunning) {
        this.leftRunning = Objects.requireNonNull(leftRunning, "leftRunning");
        this.athena = Objects.requireNonNull(athena, "athena");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.calls = new AthenaCalls(executor);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Real time and the adaptive schedule. */
    public QueryRunner(AthenaClient athena, Executor executor) {
        this(athena, executor, LeftRunning.NOBODY);
    }

    /** Real time and the adaptive schedule; queries that could not be stopped go to {@code leftRunning}. */
    public QueryRunner(AthenaClient athena, Executor executor, LeftRunning leftRunning) {
        this(athena, executor, Clock.systemUTC(), Sleeper.SYSTEM, PollSchedule.adaptive(), leftRunning);
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
        Optional<PastRun> lastRun = history.last(request);
        boolean reuseLikely = request.sendsResultReuse() && lastRun.map(this::stillReusable).orElse(false);
        PollPlan plan = schedule.plan(lastRun, reuseLikely);
        ExecutionLoop loop = new ExecutionLoop(athena, calls, clock, sleeper, plan, history, request, query, listener,
                leftRunning);
        try {
            executor.execute(loop);
        } catch (RejectedExecutionException e) {
            query.fail(AwsErrors.translate(e));
        }
        return query;
    }

    /** Athena reuses results younger than the age the request allows. */
    private boolean stillReusable(PastRun run) {
        return Duration.between(run.finished(), clock.instant())
                .compareTo(Duration.ofMinutes(QueryRequest.REUSE_MAX_AGE_MINUTES)) < 0;
    }
}

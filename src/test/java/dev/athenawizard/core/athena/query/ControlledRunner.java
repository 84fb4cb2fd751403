package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.ControlledTime;
import dev.athenawizard.testing.HeldExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * A {@link QueryRunner} on controlled time, against a sandbox on the same clock: polling "waits" seconds in no time,
 * entirely on the test's thread. The clock moves only once DuckDB has finished the current execution, so the
 * sandbox's real work never races a simulated deadline.
 */
final class ControlledRunner {
    private static final Duration ENGINE_PATIENCE = Duration.ofSeconds(20);

    private final SandboxFixture sandbox;
    private final HeldExecutor executor = new HeldExecutor();
    private final QueryRunner runner;
    private final List<QueryProgress> seen = new CopyOnWriteArrayList<>();
    private volatile RunningQuery current;
    private volatile Consumer<RunningQuery> afterSleep = query -> { };

    ControlledRunner(SandboxFixture sandbox, ControlledTime time, AthenaClient athena) {
        this.sandbox = sandbox;
        this.runner = new QueryRunner(athena, executor, time, time, PollSchedule.adaptive());
        time.beforeEachSleep(this::awaitEngine);
        time.afterEachSleep(slept -> afterSleep.accept(current));
    }

    RunningQuery run(QueryRequest request) {
        return run(request, query -> { });
    }

    /** Runs the query to its end; {@code afterEachSleep} may act on it between polls (e.g. cancel it). */
    RunningQuery run(QueryRequest request, Consumer<RunningQuery> afterEachSleep) {
        seen.clear();
        afterSleep = afterEachSleep;
        executor.hold();
        RunningQuery query = runner.start(request, seen::add);
        current = query;
        executor.release(); // the polling loop runs here, to its end
        return query;
    }

    /** Every progress the listener was given during the last run. */
    List<QueryProgress> progress() {
        return List.copyOf(seen);
    }

    private void awaitEngine() {
        RunningQuery query = current;
        if (query == null || query.executionId().isEmpty()) {
            return;
        }
        String id = query.executionId().get();
        long giveUp = System.nanoTime() + ENGINE_PATIENCE.toNanos();
        while (sandbox.server.queryTiming(id).map(t -> t.completion().isEmpty()).orElse(false)) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the sandbox's engine did not finish " + id + " in " + ENGINE_PATIENCE);
            }
            LockSupport.parkNanos(200_000);
        }
    }
}

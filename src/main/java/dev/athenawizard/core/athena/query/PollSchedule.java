package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to poll {@code GetQueryExecution}: makes a {@link PollPlan} for each query, from what the runner knows before it
 * starts. One schedule serves every query of a runner; the CLI and the GUI preview share {@link #adaptive()}.
 */
@FunctionalInterface
public interface PollSchedule {

    /**
     * @param lastRun     the last successful run of the same statement in this runner, if any
     * @param reuseLikely whether Athena will probably answer from that run's results: reuse is asked for and they are
     *                    young enough
     */
    PollPlan plan(Optional<PastRun> lastRun, boolean reuseLikely);

    /** The wizard's default; see {@link AdaptivePollSchedule}. */
    static PollSchedule adaptive() {
        return AdaptivePollSchedule.DEFAULT;
    }

    /**
     * Polls at once, then every {@code interval}: how PyAthena (1 s) and awswrangler (0.25 s) poll. Kept for the
     * benchmark that compares them with {@link #adaptive()}.
     */
    static PollSchedule fixed(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        return (lastRun, reuseLikely) -> new FixedPollPlan(interval);
    }
}

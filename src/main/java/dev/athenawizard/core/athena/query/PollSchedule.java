package dev.athenawizard.core.athena.query;

import java.time.Duration;

/**
 * How long to wait before the next {@code GetQueryExecution}, given what happened so far. Implementations are
 * stateless, so one schedule serves every query.
 */
@FunctionalInterface
public interface PollSchedule {

    /**
     * @param polls    how many polls were made so far (0 before the first)
     * @param previous the wait before the last poll; {@link Duration#ZERO} before the first
     * @param elapsed  time since StartQueryExecution returned
     */
    Duration next(int polls, Duration previous, Duration elapsed);

    /** The wizard's default; see {@link AdaptivePollSchedule}. */
    static PollSchedule adaptive() {
        return AdaptivePollSchedule.DEFAULT;
    }

    /**
     * Polls at once, then every {@code interval}: how PyAthena (1 s) and awswrangler (0.25 s) poll. Kept for the
     * benchmark that compares them with {@link #adaptive()}.
     */
    static PollSchedule fixed(Duration interval) {
        return (polls, previous, elapsed) -> polls == 0 ? Duration.ZERO : interval;
    }
}

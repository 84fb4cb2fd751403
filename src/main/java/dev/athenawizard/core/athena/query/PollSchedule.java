package dev.athenawizard.core.athena.query;

import java.time.Duration;

/**
 * How long to wait before the next {@code GetQueryExecution}, given the previous wait and the time since the query
 * was submitted. Implementations are stateless, so one schedule serves every query.
 */
@FunctionalInterface
public interface PollSchedule {

    /**
     * @param previous the wait before the last poll; {@link Duration#ZERO} before the first poll
     * @param elapsed  time since StartQueryExecution returned
     */
    Duration next(Duration previous, Duration elapsed);

    /** The wizard's default; see {@link AdaptivePollSchedule}. */
    static PollSchedule adaptive() {
        return AdaptivePollSchedule.DEFAULT;
    }

    /**
     * Polls at once, then every {@code interval}: how PyAthena (1 s) and awswrangler (0.25 s) poll. Kept for the
     * benchmark that compares them with {@link #adaptive()}.
     */
    static PollSchedule fixed(Duration interval) {
        return (previous, elapsed) -> interval;
    }
}

package dev.athenawizard.core.athena.query;

import java.time.Duration;

/**
 * When to poll one execution. A {@link PollSchedule} makes one per query; it is used on that query's polling thread
 * only, so it may keep state.
 */
public interface PollPlan {

    /**
     * How long to wait before the next {@code GetQueryExecution}; every call is followed by exactly one poll.
     *
     * @param elapsed time since the query was submitted, on the runner's clock
     */
    Duration nextWait(Duration elapsed);

    /** What the last poll said, when the query was still queued or running (not told of throttled polls). */
    default void observed(PollObservation observation) {
    }
}

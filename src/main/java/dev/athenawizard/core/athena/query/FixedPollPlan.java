package dev.athenawizard.core.athena.query;

import java.time.Duration;

/** Polls at once, then {@code interval} after each answer, whatever Athena says: how PyAthena and awswrangler poll. */
final class FixedPollPlan implements PollPlan {
    private final Duration interval;
    private boolean polled;

    FixedPollPlan(Duration interval) {
        this.interval = interval;
    }

    @Override
    public Duration nextWait(Duration elapsed) {
        if (!polled) {
            polled = true;
            return Duration.ZERO;
        }
        return interval;
    }
}

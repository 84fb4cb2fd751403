package dev.athenawizard.core.sandbox.athena;

import java.time.Duration;

/** How long new queries take at least, and how much of that they spend queued; changeable while running. */
final class QueryTimings {
    private volatile Duration queryDelay;
    private volatile Duration queueDelay;

    QueryTimings(Duration queryDelay, Duration queueDelay) {
        this.queryDelay = queryDelay;
        this.queueDelay = queueDelay;
    }

    Duration queryDelay() {
        return queryDelay;
    }

    Duration queueDelay() {
        return queueDelay;
    }

    void setQueryDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The query delay must not be negative");
        }
        queryDelay = delay;
    }

    void setQueueDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The queue delay must not be negative");
        }
        queueDelay = delay;
    }
}

package dev.athenawizard.core.athena.query;

import java.time.Duration;

/**
 * Keeps one query's calls within {@code extraCalls} of what polling every {@code reference} would make for the same
 * query. {@code GetQueryExecution}'s quota is per account and shared with everyone's polling, Aporia's included, so
 * the dense bursts the schedule spends where an end is likely are paid for out of a fixed allowance.
 *
 * <p>The reference poller polls as soon as StartQueryExecution has answered, then once per reference interval plus
 * round trip: by time t it has made {@code 1 + floor((t - start) / period)} calls. Each of our polls is held back until
 * it fits within that count plus {@code extraCalls - 1}: one more can come from where the end falls, when the reference
 * poller's last poll comes just before ours.
 */
final class CallBudget {
    private final Duration reference;
    private final int extraCalls;
    private Duration start;
    private int polls;
    private long roundTripNanos;
    private int roundTrips;

    CallBudget(Duration reference, int extraCalls) {
        this.reference = reference;
        this.extraCalls = extraCalls;
    }

    /** A call's measured duration: the reference poller waits that long too between its polls. */
    void roundTrip(Duration took) {
        roundTripNanos += Math.max(0, took.toNanos());
        roundTrips++;
    }

    Duration meanRoundTrip() {
        return roundTrips == 0 ? Duration.ZERO : Duration.ofNanos(roundTripNanos / roundTrips);
    }

    /**
     * The spacing, from one call to the next, at which the allowance lasts until {@code until}: a dense phase paced
     * by it thins out evenly instead of stopping short. Zero when nothing is left to pace.
     */
    Duration spacingUntil(Duration elapsed, Duration until) {
        long period = reference.plus(meanRoundTrip()).toNanos();
        long from = start == null ? elapsed.toNanos() : start.toNanos();
        long allowed = 1 + Math.max(0, until.toNanos() - from) / period + extraCalls - 1;
        long left = allowed - polls;
        long span = until.minus(elapsed).toNanos();
        return left <= 0 || span <= 0 ? Duration.ZERO : Duration.ofNanos(span / left);
    }

    /**
     * Counts the poll that follows {@code wait}, and lengthens the wait if that poll would go over the allowance:
     * poll number n fits once {@code t >= start + (n - extraCalls) * period}.
     */
    Duration spend(Duration elapsed, Duration wait) {
        if (start == null) {
            start = elapsed;
        }
        polls++;
        long period = reference.plus(meanRoundTrip()).toNanos();
        long earliest = start.toNanos() + (polls - (long) extraCalls) * period;
        long at = elapsed.plus(wait).toNanos();
        return at >= earliest ? wait : wait.plusNanos(earliest - at);
    }
}

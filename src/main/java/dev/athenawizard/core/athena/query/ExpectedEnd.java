package dev.athenawizard.core.athena.query;

import java.time.Duration;

/**
 * Where the same statement's last run says this run will end, and the wait that suits each moment around it. Times
 * are on the <em>running</em> clock, from when Athena took the query out of its queue: queue time depends on the
 * account's load at the moment, the running time on the statement and its data.
 *
 * <p>The belief is logistic, centred on the last run's running time E with scale s (a fraction of E, at least a
 * minimum): runs of one statement differ by some percent. Given that the query has not ended at running time r, the
 * chance it ends in the next instant (its hazard) is {@code h = 1 / (s * (1 + exp(-(r - E) / s)))}. Polling every w
 * sees an end w/2 late on average and costs 1/w calls a second; the w that minimizes lateness plus c per call when
 * ends come at rate h is {@code sqrt(2c / h)}, the classic rule for checking intervals. So waits are long well before
 * E and shrink to {@code sqrt(2cs)} around it. Once the run is three scales past E it is not the run it was, and the
 * belief is dropped.
 */
final class ExpectedEnd {
    private static final double UNLIKELY = 3; // scales away from the expected end: an end out there is a surprise
    private static final double MAX_EXPONENT = 40; // exp(40): any wait that long is clamped by the caller anyway

    private final double expected;
    private final double scale;
    private final double callCost;

    /**
     * @param expected  the last run's running time
     * @param spread    the scale as a fraction of {@code expected}
     * @param minScale  the least scale: very short runs still vary by some tens of milliseconds
     * @param callCost  how much lateness one call is worth
     */
    ExpectedEnd(Duration expected, double spread, Duration minScale, Duration callCost) {
        this.expected = seconds(expected);
        this.scale = Math.max(seconds(minScale), spread * this.expected);
        this.callCost = seconds(callCost);
    }

    /** Before this the run is very unlikely to end: the expected end less three scales. */
    Duration earliest() {
        return ofSeconds(Math.max(0, expected - UNLIKELY * scale));
    }

    /** Whether a run still going at {@code running} has outlived the belief. */
    boolean outlived(Duration running) {
        return seconds(running) > expected + UNLIKELY * scale;
    }

    Duration waitAt(Duration running) {
        double z = (seconds(running) - expected) / scale;
        double hazard = 1 / (scale * (1 + Math.exp(Math.min(-z, MAX_EXPONENT))));
        return ofSeconds(Math.sqrt(2 * callCost / hazard));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Duration ofSeconds(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }
}

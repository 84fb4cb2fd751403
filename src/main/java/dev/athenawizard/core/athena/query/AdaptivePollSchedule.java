package dev.athenawizard.core.athena.query;

import java.time.Duration;

/**
 * Polls quickly while a query is young and backs off once it has run a while.
 *
 * <pre>
 *   first second:  20, 40, 60, 80 ms, then every 100 ms   polls at ~20, 60, 120, 200, 300, 400, … 1000 ms
 *   after that:    each wait 1.5× the previous, up to 1.5 s  ~1150, 1375, 1710, 2220, 2980, 4120, 5620 ms, …
 * </pre>
 *
 * <p>Why: a preview the user is waiting on usually finishes within a second or two, and there every 100 ms of
 * noticing late is felt, so the first second is polled densely (a result is seen within ~50 ms of being ready on
 * average). A query still running after a second is a "wait for it" query: seeing it finish a few hundred
 * milliseconds later matters little, while {@code GetQueryExecution} calls count against a quota of 100 per second
 * shared by everyone in the AWS account. The geometric back-off needs 19 calls to see a 5-second query finish
 * (polling every 0.25 s needs 21) and settles at one call per 1.5 s for long ones (a 30-minute query costs ~1,200
 * calls instead of 7,200).
 */
public final class AdaptivePollSchedule implements PollSchedule {
    public static final AdaptivePollSchedule DEFAULT = new AdaptivePollSchedule(
            Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(1), 1.5, Duration.ofMillis(1500));

    private final Duration step;
    private final Duration plateau;
    private final Duration denseFor;
    private final double backoff;
    private final Duration cap;

    /**
     * @param step     the first wait, and how much each wait grows during warm-up
     * @param plateau  the longest wait while the query is young
     * @param denseFor how long a query counts as young
     * @param backoff  the factor each later wait grows by
     * @param cap      the longest wait ever
     */
    public AdaptivePollSchedule(Duration step, Duration plateau, Duration denseFor, double backoff, Duration cap) {
        if (step.isNegative() || step.isZero() || backoff < 1.0 || plateau.compareTo(cap) > 0) {
            throw new IllegalArgumentException("need step > 0, backoff >= 1 and plateau <= cap");
        }
        this.step = step;
        this.plateau = plateau;
        this.denseFor = denseFor;
        this.backoff = backoff;
        this.cap = cap;
    }

    @Override
    public Duration next(int polls, Duration previous, Duration elapsed) {
        if (polls == 0) {
            return step;
        }
        if (elapsed.compareTo(denseFor) < 0) {
            return min(previous.plus(step), plateau);
        }
        Duration grown = Duration.ofNanos((long) (Math.max(previous.toNanos(), plateau.toNanos()) * backoff));
        return min(grown, cap);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

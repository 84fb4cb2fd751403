package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The wizard's polling: dense where the query is likely to end, the rhythm of 0.25 s polling everywhere else, and at
 * most a few calls more than that in all. Each wait is decided from what Athena said at the last poll and from the
 * same statement's last run:
 *
 * <ul>
 *   <li><b>Queued.</b> Nothing ends before it leaves the queue and runs for at least the engine's shortest time, so a
 *       young queued query is polled every 150 ms, not densely; one queued for longer than 0.9 s at the rhythm.</li>
 *   <li><b>Running, statement not seen before.</b> Most previews end within their first second: for the first 0.9 s
 *       of running (queue time not counted), the extra calls of the budget below are spread evenly over what is
 *       left of it (about one call every 80–90 ms, never closer than {@code densePeriod}, 70 ms, from one call to
 *       the next), so a sub-second query is seen about 50 ms after it ends. After that, 250 ms after each answer,
 *       as 0.25 s polling does: the budget is spent, and leaves room for nothing denser.</li>
 *   <li><b>Run before.</b> The last successful run of the same SQL in the same workgroup, catalog and database (kept
 *       by the {@link QueryRunner}) gives the expected running time; the waits follow {@link ExpectedEnd}: dense
 *       around it, back to the rules above once the run outlives it. While the end is still far off (queued, or
 *       more than three scales before it) polls come every 500 ms: the calls saved pay for the dense stretch, and a
 *       rerun that ends far sooner than last time is seen up to half a second late.</li>
 *   <li><b>Results likely reused.</b> Athena answers a reused query at once: polled densely for half a second.</li>
 *   <li><b>Long queries.</b> From 30 s on, the rhythm relaxes linearly from 250 ms to 1 s at 60 s, and stays there:
 *       a 30-minute query costs about 1,800 calls instead of 0.25 s polling's 6,000 or more.</li>
 *   <li><b>Budget.</b> However it got there, a query makes at most {@code extraCalls} (8) calls more than polling
 *       every 250 ms would make on the same query: each poll waits until it fits (see {@link CallBudget}).</li>
 * </ul>
 *
 * <p>Why: the wizard's preview waits on every query the user types, and Athena's {@code GetQueryExecution} quota is per
 * account, shared with Aporia's own polling. What the numbers buy is in the README's benchmark section.
 */
public final class AdaptivePollSchedule implements PollSchedule {
    public static final AdaptivePollSchedule DEFAULT = new AdaptivePollSchedule(Duration.ofMillis(70), 8);

    static final Duration MIN_WAIT = Duration.ofMillis(10);
    static final Duration SHORTEST_RUN = Duration.ofMillis(150);
    static final Duration YOUNG_FOR = Duration.ofMillis(900);
    static final Duration REFERENCE = Duration.ofMillis(250);
    static final Duration RELAX_FROM = Duration.ofSeconds(30);
    static final Duration RELAXED = Duration.ofSeconds(1);
    static final Duration RELAXED_BY = Duration.ofSeconds(60);
    static final Duration REUSE_FOR = Duration.ofMillis(500);
    static final double SPREAD = 0.12;
    static final Duration MIN_SCALE = Duration.ofMillis(50);
    static final Duration CALL_COST = Duration.ofMillis(2);

    private final Duration densePeriod;
    private final int extraCalls;

    /**
     * @param densePeriod from one call to the next while a query is young (or near its expected end)
     * @param extraCalls  how many calls more than 0.25 s polling a query may make at any moment
     */
    public AdaptivePollSchedule(Duration densePeriod, int extraCalls) {
        if (densePeriod.isNegative() || extraCalls < 0) {
            throw new IllegalArgumentException("need a dense period >= 0 and extra calls >= 0");
        }
        this.densePeriod = densePeriod;
        this.extraCalls = extraCalls;
    }

    @Override
    public PollPlan plan(Optional<PastRun> lastRun, boolean reuseLikely) {
        Objects.requireNonNull(lastRun, "lastRun");
        return new AdaptivePollPlan(this, new CallBudget(REFERENCE, extraCalls),
                lastRun.map(run -> new ExpectedEnd(run.running(), SPREAD, MIN_SCALE, CALL_COST)), reuseLikely);
    }

    /** The wait between polls where nothing special is expected: 250 ms, relaxing to 1 s from 30 s to 60 s. */
    Duration rhythm(Duration elapsed) {
        if (elapsed.compareTo(RELAX_FROM) <= 0) {
            return REFERENCE;
        }
        double progress = Math.min(1.0, (double) elapsed.minus(RELAX_FROM).toNanos()
                / RELAXED_BY.minus(RELAX_FROM).toNanos());
        return REFERENCE.plusNanos((long) (progress * RELAXED.minus(REFERENCE).toNanos()));
    }

    /** The wait that makes one call every dense period, given how long a call takes. */
    Duration denseWait(Duration roundTrip) {
        Duration wait = densePeriod.minus(roundTrip);
        return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
    }
}

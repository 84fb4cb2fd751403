package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.Optional;

/** One query's polling under {@link AdaptivePollSchedule}: what Athena said last, and the decisions made from it. */
final class AdaptivePollPlan implements PollPlan {
    private final AdaptivePollSchedule schedule;
    private final CallBudget budget;
    private final boolean reuseLikely;
    private Optional<ExpectedEnd> expected;
    private QueryState state = QueryState.SUBMITTING;
    private Duration submissionRoundTrip;
    private Duration runningSince; // on the runner's clock; null until Athena says RUNNING

    AdaptivePollPlan(AdaptivePollSchedule schedule, CallBudget budget, Optional<ExpectedEnd> expected,
            boolean reuseLikely) {
        this.schedule = schedule;
        this.budget = budget;
        this.expected = expected;
        this.reuseLikely = reuseLikely;
    }

    @Override
    public Duration nextWait(Duration elapsed) {
        if (submissionRoundTrip == null) { // the first wait comes right after StartQueryExecution returned
            submissionRoundTrip = elapsed;
            budget.roundTrip(elapsed);
        }
        return budget.spend(elapsed, choose(elapsed));
    }

    @Override
    public void observed(PollObservation observation) {
        budget.roundTrip(observation.roundTrip());
        state = observation.state();
        if (state == QueryState.RUNNING) {
            runningSince = runningSince(observation);
        }
    }

    private Duration choose(Duration elapsed) {
        Duration rhythm = schedule.rhythm(elapsed);
        Duration dense = min(schedule.denseWait(budget.meanRoundTrip()), rhythm);
        if (reuseLikely && elapsed.compareTo(AdaptivePollSchedule.REUSE_FOR) < 0) {
            return dense;
        }
        if (state != QueryState.RUNNING) {
            return notRunningYet(elapsed, rhythm, dense);
        }
        Duration running = elapsed.minus(runningSince);
        if (expected.isPresent() && expected.get().outlived(running)) {
            expected = Optional.empty();
        }
        if (expected.isPresent()) {
            Duration longest = running.compareTo(expected.get().earliest()) < 0 ? rhythm.multipliedBy(2) : rhythm;
            return min(longest, max(expected.get().waitAt(running), AdaptivePollSchedule.MIN_WAIT));
        }
        if (running.compareTo(AdaptivePollSchedule.YOUNG_FOR) >= 0) {
            return rhythm;
        }
        Duration paced = budget.spacingUntil(elapsed, runningSince.plus(AdaptivePollSchedule.YOUNG_FOR))
                .minus(budget.meanRoundTrip());
        return min(rhythm, max(dense, paced));
    }

    /** Queued (or not heard of yet): it cannot end before it leaves the queue and has run for a while. */
    private Duration notRunningYet(Duration elapsed, Duration rhythm, Duration dense) {
        if (expected.isPresent()) {
            Duration earliest = expected.get().earliest();
            return earliest.compareTo(rhythm.multipliedBy(2)) >= 0 ? rhythm.multipliedBy(2)
                    : min(rhythm, max(dense, earliest));
        }
        if (elapsed.compareTo(AdaptivePollSchedule.YOUNG_FOR) < 0) {
            return min(rhythm, max(dense, AdaptivePollSchedule.SHORTEST_RUN));
        }
        return rhythm;
    }

    /**
     * When Athena took the query out of its queue, on the runner's clock: submission (half the StartQueryExecution
     * round trip after our clock started) plus the queue time it reports; else the engine time it reports counted
     * back from the middle of this call; else now, the first time RUNNING is seen.
     */
    private Duration runningSince(PollObservation observation) {
        if (observation.queued().isPresent()) {
            return submissionRoundTrip.dividedBy(2).plus(observation.queued().get());
        }
        Duration answeredAt = observation.elapsed().minus(observation.roundTrip().dividedBy(2));
        if (observation.engine().isPresent()) {
            return answeredAt.minus(observation.engine().get());
        }
        return runningSince != null ? runningSince : answeredAt;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

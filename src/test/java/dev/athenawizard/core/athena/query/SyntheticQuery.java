package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query on paper, for driving a {@link PollPlan} deterministically: Athena keeps it QUEUED for {@code queued}, then
 * RUNNING for {@code running}, and reports the same statistics the sandbox does; every call takes {@code oneWay} to
 * reach Athena and as long to come back. The runner's clock starts when StartQueryExecution is sent, as in
 * {@link ExecutionLoop}.
 */
record SyntheticQuery(Duration queued, Duration running, Duration oneWay) {
    private static final Duration GIVE_UP = Duration.ofHours(1);

    static SyntheticQuery of(long queuedMillis, long runningMillis) {
        return new SyntheticQuery(Duration.ofMillis(queuedMillis), Duration.ofMillis(runningMillis),
                Duration.ofMillis(10));
    }

    /**
     * @param polls     when each poll reached Athena, on the runner's clock
     * @param noticed   when the answer saying SUCCEEDED arrived
     * @param completed when the query truly ended
     */
    record Outcome(List<Duration> polls, Duration noticed, Duration completed) {
        int calls() {
            return polls.size();
        }

        Duration late() {
            return noticed.minus(completed);
        }

        /** Gaps between consecutive polls that reached Athena within [from, to). */
        List<Duration> gapsBetween(Duration from, Duration to) {
            List<Duration> gaps = new ArrayList<>();
            for (int i = 1; i < polls.size(); i++) {
                if (polls.get(i - 1).compareTo(from) >= 0 && polls.get(i).compareTo(to) < 0) {
                    gaps.add(polls.get(i).minus(polls.get(i - 1)));
                }
            }
            return gaps;
        }

        long callsBefore(Duration moment) {
            return polls.stream().filter(p -> p.compareTo(moment) < 0).count();
        }
    }

    Duration submittedAt() {
        return oneWay;
    }

    Duration completedAt() {
        return submittedAt().plus(queued).plus(running);
    }

    Outcome pollWith(PollPlan plan) {
        List<Duration> polls = new ArrayList<>();
        Duration roundTrip = oneWay.multipliedBy(2);
        Duration now = roundTrip; // StartQueryExecution has answered
        while (now.compareTo(GIVE_UP) < 0) {
            now = now.plus(plan.nextWait(now));
            Duration atAthena = now.plus(oneWay);
            polls.add(atAthena);
            now = now.plus(roundTrip);
            Duration age = atAthena.minus(submittedAt());
            if (atAthena.compareTo(completedAt()) >= 0) {
                return new Outcome(polls, now, completedAt());
            }
            boolean isQueued = age.compareTo(queued) < 0;
            plan.observed(new PollObservation(isQueued ? QueryState.QUEUED : QueryState.RUNNING, now, roundTrip,
                    Optional.of(isQueued ? age : queued), Optional.of(isQueued ? Duration.ZERO : age.minus(queued))));
        }
        throw new AssertionError("the query was never seen to end");
    }
}

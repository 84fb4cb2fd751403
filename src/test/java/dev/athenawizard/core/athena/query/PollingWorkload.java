package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The queries the polling benchmark runs, with random durations: uniform over 0.2–10 s; more uniform over 0.2–2 s,
 * because the two narrowest bands need samples of their own (within each band the durations stay uniform); and a
 * long tail spread evenly on a log scale over 10–60 s. Each query spends a random 50–400 ms QUEUED (at most all but
 * 150 ms of it) and runs for the rest, as small Athena queries do.
 *
 * <p>Queries under 10 s are also run a second time, as a user re-running a preview: the running time then differs by
 * a log-normal factor (σ = 0.15: two thirds of reruns within ±15%), and the queue time is drawn afresh.
 */
final class PollingWorkload {
    private static final Duration MIN_RUNNING = Duration.ofMillis(150);
    private static final double RERUN_SIGMA = 0.15;

    /** How long a query stays queued and how long it takes in all, from submission to its end. */
    record Timing(Duration queued, Duration total) {
    }

    record Query(int id, Timing first, Optional<Timing> rerun) {
        String sql() {
            return "SELECT " + id + " AS sample";
        }
    }

    private PollingWorkload() {
    }

    static List<Query> draw(long seed, int uniform, int shortOnes, int tail) {
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < uniform + shortOnes + tail; i++) {
            double seconds = i < uniform ? 0.2 + 9.8 * random.nextDouble()
                    : i < uniform + shortOnes ? 0.2 + 1.8 * random.nextDouble()
                    : 10 * Math.pow(6, random.nextDouble());
            Timing first = first(random, Duration.ofNanos((long) (seconds * 1e9)));
            Duration running = first.total().minus(first.queued());
            Duration rerunRunning = Duration.ofNanos((long) (running.toNanos()
                    * Math.exp(RERUN_SIGMA * random.nextGaussian())));
            Duration rerunQueued = queueTime(random);
            queries.add(new Query(i, first, seconds < 10
                    ? Optional.of(new Timing(rerunQueued, rerunQueued.plus(rerunRunning))) : Optional.empty()));
        }
        return queries;
    }

    private static Timing first(Random random, Duration total) {
        Duration queued = queueTime(random);
        Duration most = total.minus(MIN_RUNNING);
        return new Timing(queued.compareTo(most) <= 0 ? queued : most, total);
    }

    private static Duration queueTime(Random random) {
        return Duration.ofMillis(50 + random.nextInt(351));
    }
}

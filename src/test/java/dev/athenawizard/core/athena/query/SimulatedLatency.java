package dev.athenawizard.core.athena.query;

import dev.athenawizard.testing.ControlledTime;
import java.time.Duration;
import java.util.Random;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Network time for an SDK client on simulated time: each request moves the shared clock forward by a random one-way
 * delay before the sandbox sees it, and each answer by another before the caller gets it. The sandbox thus judges a
 * query's state at the moment the request would have reached Athena, and the runner measures the round trip it would
 * have waited. Delays are drawn uniformly from {@code [min, max]} from a seed set per run, so every schedule meets the
 * same sequence of delays.
 */
final class SimulatedLatency implements ExecutionInterceptor {
    private final ControlledTime time;
    private final long minNanos;
    private final long maxNanos;
    private Random random = new Random(0);

    SimulatedLatency(ControlledTime time, Duration min, Duration max) {
        this.time = time;
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
    }

    /** Starts a new, reproducible sequence of delays. */
    void reseed(long seed) {
        random = new Random(seed);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%d–%d ms each way", minNanos / 1_000_000, maxNanos / 1_000_000);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        travel();
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        travel();
    }

    private void travel() {
        long nanos = minNanos + (long) (random.nextDouble() * (maxNanos - minNanos));
        time.sleep(Duration.ofNanos(nanos));
    }
}

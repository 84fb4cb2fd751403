package dev.athenawizard.core.aporia.client;

import java.time.Duration;

/**
 * How often and how long to retry a call that met 429, a 5xx or a timeout: as the SDK does, up to 4 attempts with
 * pauses doubling from 2 s; a {@code Retry-After} from Aporia is honoured up to {@code maxPause}.
 */
public record RetryPolicy(int attempts, Duration firstPause, Duration maxPause) {
    public static final RetryPolicy SDK = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The pause before attempt {@code next} (2, 3, …), unless Aporia said how long to wait. */
    public Duration pauseBefore(int next, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(maxPause) > 0 ? maxPause : retryAfter;
        }
        Duration pause = firstPause.multipliedBy(1L << Math.min(next - 2, 20));
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}

package dev.athenawizard.core.concurrent;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a while. Code that polls or debounces takes one of these (with a {@link java.time.Clock}) so that tests
 * can pass one that advances a controllable clock instead of sleeping, and run instantly and deterministically.
 */
@FunctionalInterface
public interface Sleeper {
    /** Really sleeps; an interrupt ends the sleep early. */
    Sleeper SYSTEM = duration -> {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    };

    void sleep(Duration duration) throws InterruptedException;
}

package dev.athenawizard.ui.steps.query;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once a pause has passed, e.g. after the user stops typing. Injected, so tests decide when a pause has
 * passed instead of waiting for it.
 */
@FunctionalInterface
public interface PauseTimer {

    /**
     * Runs {@code action} after {@code pause}, on a thread of the timer's choosing (hop to the UI thread yourself).
     *
     * @return cancels the action if it has not run yet
     */
    Runnable after(Duration pause, Runnable action);

    /** Real time on a scheduler thread. */
    static PauseTimer on(ScheduledExecutorService scheduler) {
        return (pause, action) -> {
            ScheduledFuture<?> scheduled = scheduler.schedule(action, pause.toNanos(), TimeUnit.NANOSECONDS);
            return () -> scheduled.cancel(false);
        };
    }
}

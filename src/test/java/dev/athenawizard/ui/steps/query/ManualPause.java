package dev.athenawizard.ui.steps.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A pause in typing that passes only when the test says so (from any thread). */
public final class ManualPause implements PauseTimer {
    private final List<Runnable> due = new ArrayList<>();

    @Override
    public synchronized Runnable after(Duration pause, Runnable action) {
        due.add(action);
        return () -> {
            synchronized (this) {
                due.remove(action);
            }
        };
    }

    /** Ends the pause: what waits for it runs now. */
    public void passes() {
        List<Runnable> now;
        synchronized (this) {
            now = List.copyOf(due);
            due.clear();
        }
        now.forEach(Runnable::run);
    }
}

package dev.athenawizard.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks on the calling thread, except while held: then it queues them until {@link #release()} runs them, still
 * on the test's thread. A test holds it to get a {@code RunningQuery} handle before the polling loop starts.
 */
public final class HeldExecutor implements Executor {
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private boolean held;

    public synchronized void hold() {
        held = true;
    }

    public void release() {
        Queue<Runnable> toRun;
        synchronized (this) {
            held = false;
            toRun = new ArrayDeque<>(queued);
            queued.clear();
        }
        toRun.forEach(Runnable::run);
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (held) {
                queued.add(task);
                return;
            }
        }
        task.run();
    }
}

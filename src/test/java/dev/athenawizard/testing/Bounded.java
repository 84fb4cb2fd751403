package dev.athenawizard.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Runs one fuzz case and fails it when it takes too long: a parser that loops or backtracks on some input is a bug
 * as much as one that throws. Measured in CPU time of the calling thread, so a busy machine does not fail a case; a
 * case that never returns is caught by the test's own timeout.
 */
public final class Bounded {
    /** Far above any case's normal cost (milliseconds), far below a hang. */
    public static final long LIMIT_MILLIS = Long.getLong("fuzz.case-limit-ms", 2_000L);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One case's work. */
    @FunctionalInterface
    public interface Task<T> {
        T run() throws Exception;
    }

    private Bounded() {
    }

    /**
     * @param input what the case is about, for the failure's description
     * @return what {@code task} returned; what it threw is thrown on
     */
    public static <T> T call(String input, Task<T> task) throws Exception {
        long start = cpuNanos();
        try {
            return task.run();
        } finally {
            long millis = (cpuNanos() - start) / 1_000_000;
            if (millis > LIMIT_MILLIS) {
                throw new AssertionError("one case took " + millis + " ms of CPU time (limit " + LIMIT_MILLIS
                        + " ms): " + ReadableMessage.visible(input));
            }
        }
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}

package dev.athenawizard.ui.controls.sql;

/**
 * Counts the time the highlighter spends on the FX thread — in total and in its longest single turn — so the
 * benchmark can report it beside its target (under 16 ms a keystroke on a 5,000-line query). Costs two clock reads a
 * turn.
 */
final class FxTimeMeter {
    private long total;
    private long longest;

    void measure(Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            long spent = System.nanoTime() - start;
            total += spent;
            longest = Math.max(longest, spent);
        }
    }

    long totalNanos() {
        return total;
    }

    long longestNanos() {
        return longest;
    }

    void reset() {
        total = 0;
        longest = 0;
    }
}

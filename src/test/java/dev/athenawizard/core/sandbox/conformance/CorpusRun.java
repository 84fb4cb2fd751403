package dev.athenawizard.core.sandbox.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs the whole corpus: most entries from several clients at once (the sandbox queues what it cannot run yet, as
 * Athena does), then the entries that change the catalog, in their order.
 */
final class CorpusRun {
    /** Queries in flight at once. */
    static final int CLIENTS = 6;
    /** Entries of this category create and drop views, so they run in order, after the others. */
    static final String SEQUENTIAL = "views";

    private CorpusRun() {
    }

    static ConformanceReport run(List<CorpusEntry> corpus, CorpusRunner runner) throws InterruptedException {
        long start = System.nanoTime();
        List<ConformanceReport.Outcome> outcomes = new ArrayList<>();
        ForkJoinPool clients = new ForkJoinPool(CLIENTS);
        try {
            outcomes.addAll(clients.submit(() -> corpus.parallelStream()
                    .filter(entry -> !entry.category().equals(SEQUENTIAL))
                    .map(entry -> outcome(entry, runner))
                    .toList()).get());
        } catch (ExecutionException e) {
            throw new AssertionError("The corpus run broke off", e.getCause());
        } finally {
            clients.shutdown();
        }
        corpus.stream().filter(entry -> entry.category().equals(SEQUENTIAL))
                .forEach(entry -> outcomes.add(outcome(entry, runner)));
        return new ConformanceReport(outcomes, Duration.ofNanos(System.nanoTime() - start));
    }

    private static ConformanceReport.Outcome outcome(CorpusEntry entry, CorpusRunner runner) {
        long start = System.nanoTime();
        String mismatch = runner.mismatch(entry);
        return new ConformanceReport.Outcome(entry, mismatch, Duration.ofNanos(System.nanoTime() - start));
    }
}

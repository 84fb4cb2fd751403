package dev.athenawizard.core.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Athena's answers, asked of the sandbox through the AWS SDK: every entry of the corpus (with the answer Athena
 * gives and where that answer comes from) must come back as Athena gives it. Entries the sandbox refuses by design
 * expect NOT_SUPPORTED like any other expected error. Prints a pass table by category.
 */
class SandboxConformanceTest {
    /** Queries in flight at once: the sandbox queues the rest, as Athena does. */
    private static final int CLIENTS = 6;
    /** Entries of this category change the catalog, so they run in order, after the others. */
    private static final String SEQUENTIAL = "views";

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    @Test
    void theSandboxAnswersTheCorpusAsAthenaDoes() throws InterruptedException, ExecutionException {
        List<CorpusEntry> corpus = Corpus.load();
        CorpusRunner runner = new CorpusRunner(sandbox.athena());

        long start = System.nanoTime();
        List<ConformanceReport.Outcome> outcomes = new ArrayList<>();
        ForkJoinPool clients = new ForkJoinPool(CLIENTS);
        try {
            outcomes.addAll(clients.submit(() -> corpus.parallelStream()
                    .filter(entry -> !entry.category().equals(SEQUENTIAL))
                    .map(entry -> new ConformanceReport.Outcome(entry, runner.mismatch(entry)))
                    .toList()).get());
        } finally {
            clients.shutdown();
        }
        corpus.stream().filter(entry -> entry.category().equals(SEQUENTIAL))
                .forEach(entry -> outcomes.add(new ConformanceReport.Outcome(entry, runner.mismatch(entry))));
        ConformanceReport report = new ConformanceReport(outcomes, Duration.ofNanos(System.nanoTime() - start));

        System.out.print(report.table());
        assertThat(report.size()).as("entries in the corpus").isGreaterThanOrEqualTo(200);
        assertThat(report.failureDetails()).as("entries answered unlike Athena").isEmpty();
    }
}

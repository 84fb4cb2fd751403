package dev.athenawizard.core.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Athena's answers, asked of the sandbox through the AWS SDK: every entry of the corpus (with the answer Athena
 * gives and where that answer comes from) must come back as Athena gives it. Entries the sandbox refuses by design
 * expect NOT_SUPPORTED like any other expected error. Prints a pass table by category.
 */
class SandboxConformanceTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    @Test
    void theSandboxAnswersTheCorpusAsAthenaDoes() throws InterruptedException {
        ConformanceReport report = CorpusRun.run(Corpus.load(), new CorpusRunner(sandbox.athena()));

        System.out.print(report.table());
        System.out.print(report.slowest(5));
        assertThat(report.size()).as("entries in the corpus").isGreaterThanOrEqualTo(200);
        assertThat(report.failureDetails()).as("entries answered unlike Athena").isEmpty();
    }
}

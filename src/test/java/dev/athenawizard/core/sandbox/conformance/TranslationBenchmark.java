package dev.athenawizard.core.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sandbox.athena.QueryCatalog;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.engine.AthenaSql;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Identities;
import dev.athenawizard.core.sandbox.trino.TrinoCatalog;
import dev.athenawizard.core.sandbox.trino.TrinoTranslator;
import io.trino.sql.tree.Query;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * What the Trino-to-DuckDB translation adds to a preview, and how long the whole conformance corpus takes through the
 * AWS SDK. Run with {@code ./mvnw -B -o -Pbench verify -Dtest=TranslationBenchmark}; the table is printed and
 * written to {@code target/bench/translation.md}.
 *
 * <p>Translation is timed on every corpus query that Trino's parser reads as a query (the SHOW/DESCRIBE/CREATE VIEW
 * entries are answered from the catalog, without translation), against the demo catalog as a caller sees it (with
 * its Glue permission checks), after a warm-up, repeated so that each query has many samples.
 */
@Tag("bench")
class TranslationBenchmark {
    private static final int WARM_UP_ROUNDS = 30;
    private static final int ROUNDS = 100;
    private static final int CORPUS_RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void translationOverheadAndCorpusRunTime() throws SQLException, IOException, InterruptedException {
        List<String> queries = Corpus.load().stream().map(CorpusEntry::sql).filter(TranslationBenchmark::isQuery).toList();
        Path s3Root = SandboxFixture.freshDataDir().resolve("s3");
        StringBuilder report = new StringBuilder();
        try (DuckDbEngine engine = DuckDbEngine.open(s3Root)) {
            SandboxCatalog catalog = new SandboxCatalog(s3Root, engine);
            catalog.refresh();
            TrinoCatalog asCaller = new QueryCatalog(catalog, new AccessControl((key, action, arn) -> false,
                    new Identities(Map.of())), new Caller(SandboxFixture.KEY_ID, SandboxFixture.REGION, "athena"));
            TrinoTranslator translator = TrinoTranslator.standard();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                queries.forEach(sql -> time(translator, asCaller, sql));
            }
            List<long[]> samples = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                queries.forEach(sql -> samples.add(time(translator, asCaller, sql)));
            }
            report.append(String.format(Locale.ROOT, "Translation of %d corpus queries, %d rounds (µs per query; %d cores, load average %.1f)%n%n",
                    queries.size(), ROUNDS, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            report.append("| step | mean | median | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
            report.append(row("parse (Trino's parser)", samples, 0));
            report.append(row("translate to DuckDB SQL", samples, 1));
            report.append(row("parse + translate", samples, 2));
            report.append(row("parse + translate, thread CPU time", samples, 3));
        }
        report.append(corpusRunTimes());
        System.out.println(report);
        Path out = Path.of("target", "bench", "translation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(queries).hasSizeGreaterThan(200);
    }

    private static boolean isQuery(String sql) {
        try {
            return AthenaSql.parse(sql).tree().filter(Query.class::isInstance).isPresent();
        } catch (AthenaSql.SyntaxError e) {
            return false;
        }
    }

    /**
     * Nanoseconds to parse, to translate, both, and both in this thread's CPU time (which the other processes of a
     * busy machine do not inflate). A query the translator refuses counts: it is still a preview.
     */
    private static long[] time(TrinoTranslator translator, TrinoCatalog catalog, String sql) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Query query;
        try {
            query = (Query) AthenaSql.parse(sql).tree().orElseThrow();
        } catch (AthenaSql.SyntaxError e) {
            throw new AssertionError(e);
        }
        long parsed = System.nanoTime();
        try {
            translator.translate(query, catalog, "aporia_demo");
        } catch (QueryFailure expected) {
            // an analysis error (TYPE_MISMATCH, NOT_SUPPORTED, …) is the translator's answer
        }
        long translated = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new long[] {parsed - start, translated - parsed, translated - start, cpu};
    }

    private static String row(String step, List<long[]> samples, int index) {
        long[] micros = samples.stream().mapToLong(s -> s[index] / 1000).sorted().toArray();
        double mean = Arrays.stream(micros).average().orElse(0);
        return String.format(Locale.ROOT, "| %s | %.0f | %d | %d | %d | %d |%n", step, mean, percentile(micros, 50),
                percentile(micros, 95), percentile(micros, 99), micros[micros.length - 1]);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** The conformance test's run, end to end through the SDK, on a fresh sandbox each time. */
    private static String corpusRunTimes() throws InterruptedException {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nThe whole corpus through the AWS SDK (%d entries, %d clients at once, views in order)%n%n"
                        + "| run | wall time (ms) | failed entries |%n|---|---:|---:|%n", Corpus.load().size(), CorpusRun.CLIENTS));
        for (int run = 1; run <= CORPUS_RUNS; run++) {
            try (SandboxFixture sandbox = SandboxFixture.start(); AthenaClient athena = sandbox.athena()) {
                ConformanceReport report = CorpusRun.run(Corpus.load(), new CorpusRunner(athena));
                text.append(String.format(Locale.ROOT, "| %d | %d | %d |%n", run, report.took().toMillis(),
                        report.failures().size()));
            }
        }
        return text.toString();
    }
}

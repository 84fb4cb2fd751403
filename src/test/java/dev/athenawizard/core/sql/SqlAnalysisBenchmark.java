package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the SQL layer takes on what the Query step does after every pause in typing: analyse the text (lex, parse,
 * classify, find tables), build the preview form, and check partition filters. Run with
 * {@code ./mvnw -B -o -Pbench verify -Dtest=SqlAnalysisBenchmark}; the table is printed and written to
 * {@code target/bench/sql-analysis.md}.
 */
@Tag("bench")
class SqlAnalysisBenchmark {
    /** Runs of a mid-sized query before measuring anything, so the JIT has compiled the parser. */
    private static final int JIT_WARM_UP = 1500;
    private static final int WARM_UP = 20;
    private static final int RUNS = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void analysisOfShortAndLongQueries() throws IOException {
        SqlAnalyzer analyzer = new SqlAnalyzer();
        long coldStart = System.nanoTime();
        analyzer.analyze(longQuery(1));
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        String warmUp = longQuery(25);
        for (int i = 0; i < JIT_WARM_UP; i++) {
            analyseAsTheQueryStepDoes(analyzer, edited(warmUp, i));
        }

        StringBuilder report = new StringBuilder("""
                ## SQL analysis after a pause in typing (analyze + preview form + partition check)

                CPU: the thread's own processor time (what the work costs); wall: elapsed time, which on a busy machine
                includes waiting for a processor.

                | Query | Lines | Characters | CPU median | CPU p90 | Wall median | Wall p90 |
                |---|---:|---:|---:|---:|---:|---:|
                """);
        for (Map.Entry<String, String> query : List.of(
                Map.entry("the Aporia guide's query", guideQuery()),
                Map.entry("CTE chain, windows, UNNEST, lambdas", longQuery(25)),
                Map.entry("CTE chain, windows, UNNEST, lambdas", longQuery(100)),
                Map.entry("CTE chain, windows, UNNEST, lambdas", longQuery(400)))) {
            String sql = query.getValue();
            for (int i = 0; i < WARM_UP; i++) {
                analyseAsTheQueryStepDoes(analyzer, edited(sql, i));
            }
            double[] wall = new double[RUNS];
            double[] cpu = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                String text = edited(sql, i);
                long startCpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                analyseAsTheQueryStepDoes(analyzer, text);
                wall[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            report.append(String.format("| %s | %d | %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                    query.getKey(), sql.lines().count(), sql.length(), cpu[RUNS / 2], cpu[RUNS * 9 / 10],
                    wall[RUNS / 2], wall[RUNS * 9 / 10]));
        }
        report.append(String.format("%nFirst analysis in a fresh JVM (loads and warms the parser): %.0f ms. "
                + "Processors: %d, system load average while measuring: %.1f.%n", coldMs,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(report);
        Path out = Path.of("target", "bench", "sql-analysis.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The text after a keystroke: never the text analysed just before, so every run parses. */
    private static String edited(String sql, int keystroke) {
        return keystroke % 2 == 0 ? sql : sql + " ";
    }

    private static void analyseAsTheQueryStepDoes(SqlAnalyzer analyzer, String sql) {
        SqlAnalysis analysis = analyzer.analyze(sql);
        assertThat(analysis.status()).isEqualTo(SqlAnalysis.Status.CHECKED);
        analysis.previewForm(100).orElseThrow();
        PartitionFilterCheck.unfilteredReads(analysis, "awsdatacatalog", "aporia_demo",
                Map.of(TableName.of("awsdatacatalog", "aporia_demo", "model_predictions"), List.of("dt")));
    }

    private static String guideQuery() {
        return """
                SELECT prediction_id, prediction_timestamp, raw_text, amount, owner,
                       is_new, embeddings, will_buy_insurance, proba, did_buy_insurance
                FROM model_predictions
                WHERE prediction_timestamp > now() - INTERVAL '30' DAY
                """;
    }

    /** {@code steps} WITH queries of 9 lines each, building on one another, then a final SELECT. */
    static String longQuery(int steps) {
        StringBuilder sql = new StringBuilder("-- a long report\nWITH base AS (\n  SELECT * FROM "
                + "aporia_demo.model_predictions WHERE dt >= '2024-01-01'\n)");
        for (int i = 1; i <= steps; i++) {
            String previous = i == 1 ? "base" : "step" + (i - 1);
            sql.append(",\nstep").append(i).append(" AS (\n")
                    .append("  SELECT p.prediction_id, p.owner, p.amount * ").append(i).append(" AS amount,\n")
                    .append("         row_number() OVER (PARTITION BY p.owner ORDER BY p.amount DESC) AS rn,\n")
                    .append("         CASE WHEN p.amount > ").append(i * 10)
                    .append(" THEN 'high' WHEN p.amount > 5 THEN 'mid' ELSE 'low' END AS band,\n")
                    .append("         transform(p.embeddings, x -> x * ").append(i).append(") AS embeddings,\n")
                    .append("         \"p\".\"proba\", try_cast(p.raw_text AS varchar) AS raw_text, p.dt\n")
                    .append("  FROM ").append(previous).append(" p\n")
                    .append("  CROSS JOIN UNNEST(slice(p.embeddings, 1, 2)) AS u(v) -- two values\n")
                    .append("  WHERE p.amount IS NOT NULL AND u.v > -1\n)");
        }
        sql.append("\nSELECT owner, band, count(*) AS n, avg(amount) AS mean\nFROM step").append(steps)
                .append("\nGROUP BY owner, band\nORDER BY n DESC, owner\n");
        return sql.toString();
    }
}

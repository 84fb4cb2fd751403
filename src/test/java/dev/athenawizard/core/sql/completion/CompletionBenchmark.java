package dev.athenawizard.core.sql.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.TableColumn;
import dev.athenawizard.core.athena.catalog.TableInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Completion with 5,000 tables (20 columns each) cached, target under 50 ms: {@code ./mvnw -B -o -Pbench verify
 * -Dtest=CompletionBenchmark}; printed and written to {@code target/bench/completion.md}. Each case is the engine's
 * whole answer from the text, caret and snapshot: tokenizing, reading the query's tables, ranking.
 */
@Tag("bench")
class CompletionBenchmark {
    private static final int TABLES = 5_000;
    private static final int RUNS = 200;
    private static final int WARMUP = 100;

    private record Case(String name, String text, int caret, int atLeast) {
        static Case of(String name, String textWithCaret, int atLeast) {
            int caret = textWithCaret.indexOf('|');
            return new Case(name, textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1), caret,
                    atLeast);
        }
    }

    @Test
    void completionWithFiveThousandTablesCached() throws IOException {
        CatalogSnapshot catalog = catalog();
        String longQuery = String.join("\n", Collections.nCopies(1_000, "SELECT a, b, c FROM t_0001 WHERE a = 1;"));
        List<Case> cases = List.of(
                Case.of("`SELECT * FROM |` — every table", "SELECT * FROM |", 200),
                Case.of("`SELECT * FROM t_12|` — tables by prefix", "SELECT * FROM t_12|", 100),
                Case.of("`SELECT | FROM t_4321` — its columns, functions, keywords", "SELECT | FROM t_4321", 200),
                Case.of("`SELECT x.| FROM big_db.t_0042 x` — by alias", "SELECT x.| FROM big_db.t_0042 x", 20),
                Case.of("`SELECT col_1| FROM t_1 JOIN t_2 …` — 5 tables joined",
                        "SELECT col_1| FROM t_0001 JOIN t_0002 ON 1=1 JOIN t_0003 ON 1=1 JOIN t_0004 ON 1=1 "
                                + "JOIN t_0005 ON 1=1", 10),
                Case.of("the last statement of a 1,000-statement script", longQuery + "\nSELECT | FROM t_0007", 20));
        CompletionEngine engine = new CompletionEngine();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                ## Completion with %,d tables cached (20 columns each) — target < 50 ms

                %d runs after %d warm-up ones; machine load average %s on %d cores.

                | case | candidates | median | p95 | max |
                |---|---|---|---|---|
                """, TABLES, RUNS, WARMUP, BenchMachine.loadAverage(), Runtime.getRuntime().availableProcessors()));
        for (Case c : cases) {
            List<Double> ms = new ArrayList<>();
            Completions last = null;
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long start = System.nanoTime();
                last = engine.complete(c.text(), c.caret(), catalog, "big_db");
                if (i >= WARMUP) {
                    ms.add((System.nanoTime() - start) / 1e6);
                }
            }
            assertThat(last.candidates()).hasSizeGreaterThanOrEqualTo(c.atLeast());
            Collections.sort(ms);
            report.append(String.format(Locale.ROOT, "| %s | %d | %.2f ms | %.2f ms | %.2f ms |%n", c.name(),
                    last.candidates().size(), ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)),
                    ms.get(ms.size() - 1)));
        }
        System.out.println(report);
        Path out = Path.of("target", "bench", "completion.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static CatalogSnapshot catalog() {
        List<TableInfo> tables = new ArrayList<>(TABLES);
        for (int t = 0; t < TABLES; t++) {
            List<TableColumn> columns = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                columns.add(new TableColumn("col_" + c + "_of_" + t, c % 3 == 0 ? "bigint" : "string", ""));
            }
            tables.add(new TableInfo(String.format(Locale.ROOT, "t_%04d", t), "EXTERNAL_TABLE", columns, List.of(),
                    Optional.empty()));
        }
        return CatalogSnapshot.of("AwsDataCatalog", Map.of("big_db", tables));
    }
}

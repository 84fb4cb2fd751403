package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sql.completion.BenchMachine;
import dev.athenawizard.ui.controls.results.DemoRows;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@link CompactRows} costs and saves on the memory benchmark's preview (10,000 rows × 50 columns of
 * {@code DemoRows.wide}, one a 768-number embedding): the bytes its arrays hold, the live heap of the rows as strings
 * and as compact rows (used heap after two GCs, with only one of them held), how fast it encodes, and how long reading
 * every value takes either way. {@code ./mvnw -B -o -Pbench verify -Dtest=CompactRowsBenchmark}; printed and written to
 * {@code target/bench/compact-rows.md}.
 */
@Tag("bench")
class CompactRowsBenchmark {
    private static final int ROWS = 10_000;
    private static final int COLUMNS = 50;
    private static final int RUNS = 7;

    @Test
    void theMemoryBenchmarksPreview() throws Exception {
        long before = usedAfterGc();
        List<List<String>> strings = DemoRows.wide(ROWS, COLUMNS);
        long stringsHeap = usedAfterGc() - before;
        long characters = strings.stream().flatMap(List::stream).mapToLong(v -> v == null ? 0 : v.length()).sum();
        double[] encode = cpuMillis(() -> CompactRows.of(strings));
        double[] readStrings = cpuMillis(() -> readAll(strings));
        CompactRows compact = CompactRows.of(strings);
        double[] readCompact = cpuMillis(() -> readAll(compact));
        assertThat(compact).isEqualTo(strings);
        strings.clear();
        long compactHeap = usedAfterGc() - before;

        String report = String.format(Locale.ROOT, """
                ## Compact rows: %,d rows × %d columns of DemoRows.wide (%,d characters of text)

                | | as strings (List<List<String>>) | CompactRows |
                |---|---:|---:|
                | live heap (used after GC, only these rows held) | %.1f MB | %.1f MB |
                | bytes in the arrays (cells, ends, kinds; no headers) | — | %.1f MB |
                | make from the strings, median CPU time | — | %.0f ms (%,.0f rows/s) |
                | read every value, median CPU time | %.0f ms | %.0f ms |

                %d processors, Java %s, load average %s; medians of %d runs after two warm-up runs.
                """, ROWS, COLUMNS, characters, stringsHeap / 1e6, compactHeap / 1e6, compact.bytes() / 1e6,
                encode[RUNS / 2], ROWS / (encode[RUNS / 2] / 1000), readStrings[RUNS / 2], readCompact[RUNS / 2],
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                BenchMachine.loadAverage(), RUNS);
        System.out.println(report);
        Path out = Path.of("target", "bench", "compact-rows.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static long readAll(List<List<String>> rows) {
        long sum = 0;
        for (List<String> row : rows) {
            for (String v : row) {
                sum += v == null ? 0 : v.length();
            }
        }
        return sum;
    }

    /** Sorted CPU times of the calling thread, after two warm-up runs. */
    private static double[] cpuMillis(Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.get();
        work.get();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.get();
            times[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

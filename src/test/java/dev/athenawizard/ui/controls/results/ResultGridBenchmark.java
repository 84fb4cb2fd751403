package dev.athenawizard.ui.controls.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sql.completion.BenchMachine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The result table with 10,000 rows × 50 columns (targets: shown after rows arrive < 200 ms, one scroll jump < 50 ms,
 * resident memory < 300 MB), beside a plain TableView, each in a fresh JVM on Monocle headless:
 * {@code ./mvnw -B -o -Pbench verify -Dtest=ResultGridBenchmark}; printed and written to
 * {@code target/bench/result-grid.md}. The data: the sandbox demo table's ten columns repeated five times, one of them
 * a 768-value embedding (about 80 million characters on its own), a NULL in 3 of 8 rows of the actuals; the wizard's
 * grid gets them from a {@code ResultTable} (compact rows), as in the Query step.
 */
@Tag("bench")
class ResultGridBenchmark {

    @Test
    void tenThousandRowsByFiftyColumns() throws Exception {
        List<String[]> results = new ArrayList<>();
        for (List<String> flags : List.of(List.<String>of(), SHRINKING_HEAP)) {
            for (String variant : List.of("data", "table", "wizard", "plain")) {
                String[] r = run(variant, flags);
                r[1] = label(variant) + (flags.isEmpty() ? "" : ", heap given back after GC");
                results.add(r);
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                ## Result table, %,d rows × %d columns — Monocle headless, a fresh JVM (-Xmx1g) each

                Machine load average %s on %d cores. "Shown": from setting the rows into the table already on screen
                (as the Query step does when a preview's rows arrive) through CSS, layout and one rendered frame at
                1180×780 — the first time in the JVM, and again; "jump": the same for scrolling to a random row.
                Timed as CPU time of the FX and render threads, which a busy shared machine does not inflate as it
                does wall time (given last, for comparison). Memory: after two GCs.

                | | shown (< 200 ms) | shown again | jump, median (< 50 ms) | jump, max | resident (< 300 MB) | heap in use | wall: shown / jump |
                |---|---|---|---|---|---|---|---|
                """, ResultGridProbe.ROWS, ResultGridProbe.COLUMNS, BenchMachine.loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        for (String[] r : results) {
            report.append(String.format(Locale.ROOT, "| %s | %s ms | %s ms | %s ms | %s ms | %s MB | %s MB | %s / %s ms |%n",
                    r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]).replace("- ms", "—").replace("- / —", "—"));
        }
        System.out.println(report);
        Path out = Path.of("target", "bench", "result-grid.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(results).hasSize(8);
    }

    /** G1 keeps freed heap by default; these make it hand memory back after a GC, as a desktop app may want. */
    private static final List<String> SHRINKING_HEAP = List.of("-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10");

    private static String label(String variant) {
        return switch (variant) {
            case "data" -> "the rows alone as strings (no table)";
            case "table" -> "the rows alone in a ResultTable (compact)";
            case "wizard" -> "wizard's ResultGrid";
            default -> "plain TableView (string properties)";
        };
    }

    private static String[] run(String variant, List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g"));
        command.addAll(flags);
        command.addAll(List.of("-Djava.awt.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                ResultGridProbe.class.getName(), variant));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        process.waitFor();
        assertThat(result).as("probe output:\n" + output).isNotNull();
        return result.split(" ");
    }
}

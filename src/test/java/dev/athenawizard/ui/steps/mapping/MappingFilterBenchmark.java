package dev.athenawizard.ui.steps.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.mapping.MappingBenchmark;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How long the screen takes to show the filtered card list of a 2,000-column preview, per keystroke: the text set in
 * the filter field, the search, the list's items replaced, and the toolkit's pulse that follows (CSS of what changed,
 * layout, the scene handed to the render thread) — everything the FX thread does for the frame. Drawing runs on the
 * render thread and is left out (headless, it is software rendering). Run with
 * {@code ./mvnw -B -o -Pbench verify -Dtest=MappingFilterBenchmark}; the table is printed and written to
 * {@code target/bench/mapping-filter.md}.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class MappingFilterBenchmark {
    private static final int WARM_UP = 15;
    private static final int RUNS = 40;
    /** Typing "flag_1" and deleting it again, then other searches a user makes. */
    private static final List<String> KEYSTROKES = List.of("f", "fl", "fla", "flag", "flag_", "flag_1", "flag_",
            "flag", "fla", "fl", "f", "", "score", "double", "zzz", "", "emb", "");

    private MappingWindow wizard;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard = MappingWindow.open(stage);
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    @Test
    void filteringTheCardsOf2000ColumnsFitsInAFrame(FxRobot robot) throws Exception {
        ResultTable wide = MappingBenchmark.wideTable(new Random(2026));
        robot.interact(() -> wizard.step.previewProperty().set(new QueryPreview(new QueryPreview.Source(
                "SELECT * FROM wide", "AwsDataCatalog", "db", "aporia"), wide, List.of(), null)));
        ListView<ColumnCard> cards = robot.lookup("#columns").queryListView();
        waitFor(30, TimeUnit.SECONDS, () -> cards.getItems().size() == wide.columns().size());
        TextField filter = robot.lookup("#column-filter").queryAs(TextField.class);

        List<Double> samples = new ArrayList<>();
        List<Double> cpuSamples = new ArrayList<>();
        double[] parts = new double[3];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] shown = new int[KEYSTROKES.size()];
        for (int round = 0; round < WARM_UP + RUNS; round++) {
            boolean measured = round >= WARM_UP;
            for (int k = 0; k < KEYSTROKES.size(); k++) {
                String text = KEYSTROKES.get(k);
                int key = k;
                robot.interact(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    filter.setText(text);
                    long filtered = System.nanoTime();
                    pulse();
                    long end = System.nanoTime();
                    if (measured) {
                        samples.add((end - start) / 1e6);
                        cpuSamples.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                        parts[0] += (filtered - start) / 1e6;
                        parts[1] += (end - filtered) / 1e6;
                        shown[key] = cards.getItems().size();
                    }
                });
            }
        }
        double[] idle = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            int at = i;
            robot.interact(() -> {
                long start = System.nanoTime();
                pulse();
                idle[at] = (System.nanoTime() - start) / 1e6;
            });
        }
        Arrays.sort(idle);
        assertThat(shown[KEYSTROKES.indexOf("zzz")]).isZero();
        assertThat(shown[KEYSTROKES.indexOf("")]).isEqualTo(wide.columns().size());

        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cpuSorted = cpuSamples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String report = "# Filtering the Mapping step's card list of " + wide.columns().size() + " columns\n\n"
                + "Per keystroke, " + sorted.length + " keystrokes (" + RUNS + " rounds of typing and deleting "
                + "'flag_1', then 'score', 'double', 'zzz', 'emb'; after " + WARM_UP + " warm-up rounds): filter "
                + "text set, search, list items replaced, and the pulse that shows it (CSS, layout, scene handed to the renderer) at 1180×780.\n\n"
                + "| per keystroke | median | 90th percentile | 99th percentile | slowest |\n|---|---|---|---|---|\n"
                + String.format(Locale.ROOT, "| wall time | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                        at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), sorted[sorted.length - 1])
                + String.format(Locale.ROOT, "| CPU time of the FX thread | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                        at(cpuSorted, 0.5), at(cpuSorted, 0.9), at(cpuSorted, 0.99), cpuSorted[cpuSorted.length - 1])
                + String.format(Locale.ROOT, "%nOn average: %.2f ms filtering and replacing the list's items, %.2f ms "
                        + "the pulse that follows (CSS of what changed, layout, handing the scene to the renderer). A "
                        + "frame at 60 Hz is 16.7 ms.%n", parts[0] / sorted.length, parts[1] / sorted.length)
                + String.format(Locale.ROOT, "%nFor comparison, a pulse with nothing changed: median %.2f ms.%n",
                        idle[RUNS / 2])
                + "\nCards shown per keystroke: " + Arrays.toString(shown) + "\n"
                + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " when it ended.\n";
        System.out.println(report);
        Path out = Path.of("target", "bench", "mapping-filter.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * One pulse of the toolkit, now, on the FX thread: the CSS pass over what changed, layout, and the scene handed to
     * the render thread — what the FX thread does for a frame (the drawing happens on the render thread).
     */
    private static void pulse() {
        com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
    }

    private static double at(double[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(share * sorted.length))];
    }
}

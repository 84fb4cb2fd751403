package dev.athenawizard.ui.steps.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sql.completion.BenchMachine;
import dev.athenawizard.ui.ConnectThroughUi;
import dev.athenawizard.ui.WizardUnderTest;
import dev.athenawizard.ui.controls.results.ResultGrid;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.athena.model.QueryExecution;

/**
 * The live preview's own cost (target: median < 150 ms): from the end of the pause in typing to the preview's rows on
 * screen, minus the time Athena itself reports for the query ({@code TotalExecutionTimeInMillis}). Run with
 * {@code ./mvnw -B -o -Pbench verify -Dtest=PreviewOverheadBenchmark}; printed and written to
 * {@code target/bench/preview-overhead.md}.
 *
 * <p>All real: the wizard as the program wires it (Monocle headless, 1180×780), the Query step reached through the
 * Connection and Workgroup steps, the local SQL check, the AWS SDK over HTTP to the in-process sandbox, DuckDB, the
 * adaptive polling, the result fetch, the grid. Only the pause is ended by the benchmark instead of a timer. Each run
 * is a query not seen before (so nothing is reused), and "on screen" is the end of the layout of the first frame
 * (pulse) in which the grid holds its rows. The overhead is split at the sandbox's submission and completion
 * instants: before Athena (local check, StartQueryExecution), and after (noticing the end, fetching rows, showing).
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class PreviewOverheadBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = Integer.getInteger("preview.runs", 30);
    private static final List<Duration> QUERY_TIMES = List.of(Duration.ZERO, Duration.ofMillis(300),
            Duration.ofMillis(1500));

    private final ManualPause pause = new ManualPause();
    private WizardUnderTest wizard;
    private Stage stage;

    /** One preview: milliseconds from pause end to rows on screen, Athena's own time, and the two sides of it. */
    private record Sample(double total, double athena, double before, double after) {
        double overhead() {
            return total - athena;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard = WizardUnderTest.open(stage, "preview-bench", pause);
    }

    @Test
    void fromThePauseToRowsOnScreen(FxRobot robot) throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                ## Preview overhead: end of the typing pause → rows on screen, minus Athena's own time

                Machine load average %s on %d cores; %d runs per row after %d warm-up runs, each a new query.

                | Athena's own time | overhead, median (< 150 ms) | p90 | before Athena, median | after Athena, median | pause → rows, median |
                |---|---:|---:|---:|---:|---:|
                """, BenchMachine.loadAverage(), Runtime.getRuntime().availableProcessors(), RUNS, WARM_UP));
        try (SandboxFixture aws = SandboxFixture.start()) {
            ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), "AKIAPREVIEWBENCH0001", "bench-secret", "");
            ConnectThroughUi.next(robot);
            waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
            robot.clickOn("#next");
            waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sql-code-area").tryQuery().isPresent());
            int query = 0;
            for (Duration athenaTime : QUERY_TIMES) {
                aws.server.setQueryDelay(athenaTime);
                List<Sample> samples = new ArrayList<>();
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    Sample sample = preview(robot, aws, ++query);
                    if (i >= WARM_UP) {
                        samples.add(sample);
                    }
                }
                report.append(row(athenaTime, samples));
            }
        } finally {
            wizard.close();
        }
        System.out.println(report);
        Path out = Path.of("target", "bench", "preview-overhead.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Puts a new query in the editor, ends the pause, and times until a frame shows its rows. */
    private Sample preview(FxRobot robot, SandboxFixture aws, int n) throws Exception {
        String column = "run_" + n;
        String sql = "SELECT " + n + " AS " + column + ", prediction_id, amount, owner FROM model_predictions";
        SqlEditor editor = robot.lookup("#sql-editor").queryAs(SqlEditor.class);
        ResultGrid grid = robot.lookup("#result-grid").queryAs(ResultGrid.class);
        Scene scene = stage.getScene();
        Label status = robot.lookup("#result-status").queryAs(Label.class);
        AtomicLong shown = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicReference<Runnable> watch = new AtomicReference<>();
        robot.interact(() -> {
            editor.setText(sql);
            Runnable onPulse = () -> {
                if (shown.get() == 0 && grid.rowCount() > 0 && grid.columns().get(0).name().equals(column)) {
                    shown.set(System.nanoTime());
                } else if (status.getText().startsWith("✗")) {
                    failure.set(status.getText());
                }
            };
            watch.set(onPulse);
            scene.addPostLayoutPulseListener(onPulse);
        });
        Instant pauseEnded = Instant.now();
        long start = System.nanoTime();
        pause.passes();
        waitFor(60, TimeUnit.SECONDS, () -> shown.get() != 0 || failure.get() != null);
        robot.interact(() -> scene.removePostLayoutPulseListener(watch.get()));
        assertThat(failure.get()).as("the preview failed").isNull();
        QueryExecution execution = newest(aws, sql);
        double total = (shown.get() - start) / 1e6;
        double athena = execution.statistics().totalExecutionTimeInMillis();
        double before = Duration.between(pauseEnded, execution.status().submissionDateTime()).toNanos() / 1e6;
        double after = total - before - Duration.between(execution.status().submissionDateTime(),
                execution.status().completionDateTime()).toNanos() / 1e6;
        return new Sample(total, athena, before, after);
    }

    private static QueryExecution newest(SandboxFixture aws, String sql) {
        List<String> ids = aws.athena().listQueryExecutions(b -> b.workGroup("aporia")).queryExecutionIds();
        return aws.athena().batchGetQueryExecution(b -> b.queryExecutionIds(ids.subList(0, Math.min(ids.size(), 5))))
                .queryExecutions().stream().filter(e -> e.query().startsWith(sql)).findFirst().orElseThrow();
    }

    private static String row(Duration athenaTime, List<Sample> samples) {
        return String.format(Locale.ROOT, "| %s (measured %.0f ms) | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                athenaTime.isZero() ? "as fast as DuckDB runs it" : "at least " + athenaTime.toMillis() + " ms",
                median(samples.stream().map(Sample::athena).toList()),
                median(samples.stream().map(Sample::overhead).toList()),
                percentile(samples.stream().map(Sample::overhead).toList(), 0.9),
                median(samples.stream().map(Sample::before).toList()),
                median(samples.stream().map(Sample::after).toList()),
                median(samples.stream().map(Sample::total).toList()));
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
    }
}

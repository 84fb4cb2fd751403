package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * One measurement of {@link ResultGridBenchmark}, in a JVM of its own so its resident memory is its own: shows 10,000
 * rows × 50 columns in the wizard's grid (from a {@code ResultTable}) or in a plain TableView (from the strings),
 * jumps around, and prints
 * {@code RESULT <variant> <shown ms> <shown again ms> <median jump ms> <max jump ms> <rss MB> <heap MB>
 * <shown wall ms> <median jump wall ms>}.
 *
 * <p>"Shown" and a "jump" are timed on the FX thread from the call (setting the rows; {@code scrollTo} a row) through
 * CSS, layout and rendering one frame of the window ({@code Scene.snapshot}), 1180×780.
 */
public final class ResultGridProbe {
    static final int ROWS = 10_000;
    static final int COLUMNS = 50;
    private static final int JUMPS = 15;

    private ResultGridProbe() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        List<ResultColumn> columns = DemoRows.wideColumns(COLUMNS);
        List<List<String>> strings = DemoRows.wide(ROWS, COLUMNS);
        // the wizard's grid gets a ResultTable's rows (compact), as the Query step gives it; a plain TableView strings
        boolean compact = variant.equals("wizard") || variant.equals("table");
        List<List<String>> rows = compact ? new ResultTable(columns, strings, false).rows() : strings;
        strings = null;
        if (variant.equals("data") || variant.equals("table")) { // the rows alone, no JavaFX
            System.gc();
            System.gc();
            Thread.sleep(300);
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "RESULT %s - - - - %d %d - - %d%n", variant, residentMegabytes(), heap,
                    rows.size());
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        StackPane root = new StackPane();
        Scene scene = onFx(() -> {
            Stage stage = new Stage();
            Scene s = new Scene(root, 1180, 780);
            s.getStylesheets().add(ResultGridProbe.class.getResource("/dev/athenawizard/ui/theme.css")
                    .toExternalForm());
            stage.setScene(s);
            stage.show();
            return s;
        });
        Runnable[] jump = new Runnable[1];
        Runnable[] fill = new Runnable[1];
        Random random = new Random(3);
        onFx(() -> { // the grid is on screen before rows arrive, as in the Query step
            if (variant.equals("wizard")) {
                ResultGrid grid = new ResultGrid();
                root.getChildren().add(grid);
                fill[0] = () -> grid.show(columns, rows);
                jump[0] = () -> grid.scrollToRow(random.nextInt(ROWS));
            } else {
                TableView<ObservableList<SimpleStringProperty>> plain = new TableView<>();
                root.getChildren().add(plain);
                fill[0] = () -> fillPlainTable(plain, columns, rows);
                jump[0] = () -> plain.scrollTo(random.nextInt(ROWS));
            }
            return time(scene, () -> { });
        });
        double shown = onFx(() -> time(scene, fill[0]));
        double shownAgain = onFx(() -> time(scene, fill[0]));
        List<Double> jumps = new ArrayList<>();
        for (int i = 0; i < JUMPS; i++) {
            jumps.add(onFx(() -> time(scene, jump[0])));
        }
        Collections.sort(jumps);
        System.gc();
        System.gc();
        Thread.sleep(300);
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        List<Double> wallJumps = new ArrayList<>(WALL.subList(3, WALL.size()));
        Collections.sort(wallJumps);
        System.out.printf(Locale.ROOT, "RESULT %s %.1f %.1f %.1f %.1f %d %d %.1f %.1f%n", variant, shown, shownAgain,
                jumps.get(JUMPS / 2), jumps.get(JUMPS - 1), residentMegabytes(), heap, WALL.get(1),
                wallJumps.get(JUMPS / 2));
        Platform.exit();
    }

    /** A TableView as commonly written: a list of string properties per row, default cells, no fixed row height. */
    private static void fillPlainTable(TableView<ObservableList<SimpleStringProperty>> table,
            List<ResultColumn> columns, List<List<String>> rows) {
        table.getColumns().clear();
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            TableColumn<ObservableList<SimpleStringProperty>, String> column =
                    new TableColumn<>(columns.get(c).name() + "\n" + columns.get(c).type());
            column.setCellValueFactory(r -> r.getValue().get(index));
            table.getColumns().add(column);
        }
        ObservableList<ObservableList<SimpleStringProperty>> items = FXCollections.observableArrayList();
        for (List<String> row : rows) {
            ObservableList<SimpleStringProperty> cells = FXCollections.observableArrayList();
            for (String v : row) {
                cells.add(new SimpleStringProperty(v == null ? "NULL" : v));
            }
            items.add(cells);
        }
        table.setItems(items);
    }

    /**
     * CPU milliseconds the FX thread and the renderer spend from running {@code change} to one rendered frame of the
     * scene. CPU time rather than wall time: on a shared, busy machine the wall clock also counts waiting for a core.
     * The wall time goes to {@link #WALL} for the report.
     */
    private static double time(Scene scene, Runnable change) {
        long wall = System.nanoTime();
        long cpu = fxCpuNanos();
        change.run();
        Parent root = scene.getRoot();
        long c0 = fxCpuNanos();
        root.applyCss();
        long c1 = fxCpuNanos();
        root.layout();
        long c2 = fxCpuNanos();
        scene.snapshot(null);
        long c3 = fxCpuNanos();
        if (Boolean.getBoolean("probe.debug")) {
            System.out.printf("cpu change %.1f css %.1f layout %.1f snapshot %.1f%n",
                    (c0 - cpu) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6);
        }
        WALL.add((System.nanoTime() - wall) / 1e6);
        return (fxCpuNanos() - cpu) / 1e6;
    }

    static final List<Double> WALL = new ArrayList<>();

    private static long fxCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("JavaFX Application Thread") || t.getName().startsWith("QuantumRenderer")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private static long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}

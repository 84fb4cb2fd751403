package dev.athenawizard.ui.bench;

import dev.athenawizard.core.athena.query.CompactRows;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.ui.WizardUnderTest;
import dev.athenawizard.ui.controls.results.DemoRows;
import dev.athenawizard.ui.controls.results.ResultGrid;
import dev.athenawizard.ui.shell.ShellView;
import dev.athenawizard.ui.theme.SystemAppearance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * One run of {@code packaging/bench/memory.sh}, in a JVM started with the flags under test: opens the wizard's window
 * as the application does (theme, menus, remembered bounds) on the display, reads its resident memory once it has
 * settled, then shows a 10,000-row × 50-column preview (a {@link ResultTable}, which holds its rows compactly) in the
 * result grid in the step's page, scrolls through it as a user would, and reads it again. Prints
 * {@code RESULT <start rss> <start rss after gc> <preview rss> <preview rss after gc> <heap committed> <heap used>}
 * (MB). "After gc" is after two {@code System.gc()}: what the JVM can hand back, as it does on its own in time.
 */
public final class MemoryProbe {
    private static final int ROWS = 10_000;
    private static final int COLUMNS = 50;
    /** Rows in a page of GetQueryResults. */
    private static final int PAGE_ROWS = 1000;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        long settleMs = args.length > 0 ? Long.parseLong(args[0]) : 5000;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Path home = Files.createTempDirectory("memory-probe");
        WizardUnderTest wizard = onFx(() -> WizardUnderTest.openDressed(new Stage(), home,
                SystemAppearance.forThisComputer()));
        Thread.sleep(settleMs);
        long startRss = residentMegabytes();
        long startGc = afterGc();

        // made off the FX thread as QueryResults makes it: each page of 1,000 rows made compact as it arrives
        CompactRows.Builder rows = CompactRows.builder();
        List<List<String>> page = new ArrayList<>();
        DemoRows.wide(ROWS, COLUMNS, row -> {
            page.add(row);
            if (page.size() == PAGE_ROWS) {
                page.forEach(rows::add);
                page.clear();
            }
        });
        page.forEach(rows::add);
        ResultTable table = new ResultTable(DemoRows.wideColumns(COLUMNS), rows.build(), false);
        ResultGrid grid = onFx(() -> {
            ResultGrid g = new ResultGrid();
            VBox.setVgrow(g, Priority.ALWAYS);
            ShellView shell = (ShellView) wizard.window.getCenter();
            shell.setCenter(new VBox(g)); // where the Query step shows its preview
            g.show(table); // the grid holds the table, as it does a preview's
            return g;
        });
        for (int i = 0; i < 20; i++) { // scrolling renders cells across the table
            int row = i * (ROWS / 20);
            onFx(() -> {
                grid.scrollToRow(row);
                return null;
            });
            Thread.sleep(100);
        }
        Thread.sleep(settleMs);
        long previewRss = residentMegabytes();
        long previewGc = afterGc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "RESULT %d %d %d %d %d %d %d%n", startRss, startGc, previewRss, previewGc,
                runtime.totalMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20, grid.rowCount());
        onFx(() -> {
            wizard.close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    private static long afterGc() throws Exception {
        System.gc();
        System.gc();
        Thread.sleep(500);
        return residentMegabytes();
    }

    static long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(120, TimeUnit.SECONDS);
    }
}

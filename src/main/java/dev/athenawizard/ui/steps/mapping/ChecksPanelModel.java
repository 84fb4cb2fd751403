package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.check.Check;
import dev.athenawizard.core.mapping.check.CheckReport;
import dev.athenawizard.core.mapping.check.MappingChecks;
import dev.athenawizard.core.mapping.check.Severity;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checks panel, without a screen: runs {@link MappingChecks} on the current mapping and preview whenever either
 * changes (off the FX thread: wide previews take a while), and says how it went.
 *
 * <p>A report belongs to the mapping and the preview it was run on. While a new run goes, the last report stays in the
 * list, marked as being checked again, but only a report for what is on screen now can pass: {@link #passed}. Without
 * a preview (none yet, or the query changed since) there is nothing to check and the panel says so, never green.
 */
final class ChecksPanelModel {
    /** Mapped values (rows times mapped columns) checked without leaving the FX thread: well under a millisecond. */
    static final long AT_ONCE_CELLS = 20_000;

    /** Inputs, bound by the step. */
    final ObjectProperty<PreviewProfile> profile = new SimpleObjectProperty<>();
    final ObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(Mapping.EMPTY);

    final ObjectBinding<CheckInputs> inputs = Bindings.createObjectBinding(() -> profile.get() == null ? null
            : new CheckInputs(mapping.get(), profile.get()), profile, mapping);
    final LatestRun<CheckInputs, CheckReport> run;
    /** The report in the list: the current one, or the last one while the next is being made. */
    final ReadOnlyObjectWrapper<CheckReport> shown = new ReadOnlyObjectWrapper<>();
    final ObservableList<Check> checks = FXCollections.observableArrayList();
    /** The checks ran on what is on screen now, and nothing blocks. */
    final BooleanBinding passed;
    final ObjectBinding<Banner> summary;
    /** Why the list is dimmed: it belongs to an earlier mapping or preview. */
    final BooleanBinding stale;
    /** What runs now, while a wide mapping is being checked; empty otherwise. */
    final StringBinding progress;

    /**
     * @param ui   where outcomes land: {@code FxThread::run} on screen, a direct executor in tests
     * @param work where the checks run
     */
    ChecksPanelModel(Executor ui, Executor work) {
        run = new LatestRun<>(inputs, ui);
        inputs.addListener((o, was, now) -> {
            if (now != null) {
                checkNow(work);
            } else {
                shown.set(null); // nothing to check: an old report would describe another query
            }
        });
        run.result().addListener((o, was, report) -> {
            if (report != null) {
                shown.set(report);
            }
        });
        shown.addListener((o, was, report) -> checks.setAll(report == null ? java.util.List.of() : report.checks()));
        passed = Bindings.createBooleanBinding(() -> run.result().get() != null && !run.result().get().blocking(),
                run.result());
        stale = Bindings.createBooleanBinding(() -> shown.get() != null && run.result().get() == null,
                shown, run.result());
        progress = Bindings.createStringBinding(() -> run.running().get() && profile.get() != null
                ? "Checking the mapping on " + profile.get().rowCount() + " preview rows…" : "", run.running(), profile);
        summary = Bindings.createObjectBinding(this::summary, run.result(), run.failure(), run.running(), profile,
                run.outdated());
    }

    /**
     * Checks the current mapping on the current preview (or joins the run already going for them): a small mapping at
     * once, so the list never flickers between an edit and its report; a wide one (many
     * mapped columns times many rows) on {@code work}, so the FX thread stays free.
     */
    CompletableFuture<CheckReport> checkNow(Executor work) {
        CheckInputs in = inputs.get();
        long cells = (long) in.profile().rowCount() * Math.max(1, in.mapping().entries().size());
        Executor where = cells <= AT_ONCE_CELLS ? Runnable::run : work;
        return run.run((i, updates) -> CompletableFuture.supplyAsync(() -> MappingChecks.run(i.mapping(),
                i.profile()), where));
    }

    private Banner summary() {
        if (profile.get() == null) {
            return Banner.warn("checks-summary", run.outdated().get()
                    ? "The query changed since these checks ran, and it has no preview yet: preview it again in the "
                            + "Query step, and the mapping is checked on the new rows."
                    : "Nothing checked yet: the checks need the rows of the query's preview (Query step).");
        }
        Throwable failure = run.failure().get();
        if (failure != null && !(failure instanceof CancellationException)) {
            return Banner.error("checks-summary", "✗ The checks stopped: " + failure.getMessage());
        }
        CheckReport report = run.result().get();
        if (report == null) {
            return null; // running: the list shows the last report, dimmed, and the progress line says so
        }
        if (report.blocking()) {
            return Banner.error("checks-summary", "✗ " + report.summary() + " before going on.");
        }
        if (!report.withSeverity(Severity.WARNING).isEmpty()) {
            return Banner.warn("checks-summary", "⚠ " + report.summary() + "; nothing blocks.");
        }
        return Banner.ok("checks-summary", "✓ " + report.summary() + ".");
    }

    /** One line of the list: a mark, the finding, and its example rows. */
    static String describe(Check check) {
        String mark = switch (check.severity()) {
            case ERROR -> "✗";
            case WARNING -> "⚠";
            case INFO -> "ℹ";
            case OK -> "✓";
        };
        String examples = check.examples().isEmpty() ? "" : "\n    e.g. " + check.examples().stream()
                .map(RowValue::describe).collect(Collectors.joining("; "));
        return mark + "  " + check.message() + examples;
    }

    /** What a report is made for: the mapping on one preview. */
    record CheckInputs(Mapping mapping, PreviewProfile profile) {
    }
}

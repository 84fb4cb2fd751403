package dev.athenawizard.ui.async;

import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A permission self-test seen as it runs, through a {@link LatestRun}'s updates: which permission is being tried, and
 * each verdict added as it comes — only while that run is still the current one.
 */
public final class LiveChecklist implements SelfTestListener {
    private final LatestRun.Updates updates;
    private final StringProperty progress;
    private final List<PermissionCheck> checks;

    public LiveChecklist(LatestRun.Updates updates, StringProperty progress, List<PermissionCheck> checks) {
        this.updates = updates;
        this.progress = progress;
        this.checks = checks;
    }

    /**
     * Keeps {@code checks} and {@code progress} in step with {@code run}: emptied when its inputs change, the progress
     * cleared when it ends, and once it is done, every verdict of its report with what is missing first (the rest in
     * the order it was tried).
     */
    public static <R> void follow(LatestRun<?, R> run, Function<R, SelfTestReport> report, StringProperty progress,
            ObservableList<PermissionCheck> checks) {
        run.outdated().addListener((o, was, now) -> {
            if (now) {
                checks.clear();
            }
        });
        run.running().addListener((o, was, now) -> {
            if (!now) {
                progress.set("");
            }
        });
        run.result().addListener((o, was, done) -> {
            if (done != null) {
                checks.setAll(report.apply(done).checks().stream()
                        .sorted(Comparator.comparing((PermissionCheck c) -> c.status() != CheckStatus.MISSING))
                        .toList());
            }
        });
    }

    @Override
    public void checking(String action, String resource) {
        updates.post(() -> progress.set("Trying " + action + " on " + resource + "…"));
    }

    @Override
    public void checked(PermissionCheck check) {
        updates.post(() -> checks.add(check));
    }
}

package dev.athenawizard.ui.async;

import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import java.util.List;
import javafx.beans.property.StringProperty;

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

    @Override
    public void checking(String action, String resource) {
        updates.post(() -> progress.set("Trying " + action + " on " + resource + "…"));
    }

    @Override
    public void checked(PermissionCheck check) {
        updates.post(() -> checks.add(check));
    }
}

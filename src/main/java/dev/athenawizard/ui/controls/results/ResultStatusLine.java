package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.QueryState;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * Shows a {@link ResultStatus} in one line that wraps rather than cuts off: {@code :running}, {@code :succeeded},
 * {@code :failed} and {@code :cancelled} pseudo-classes colour it.
 */
public final class ResultStatusLine extends Label {
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass SUCCEEDED = PseudoClass.getPseudoClass("succeeded");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    public ResultStatusLine(ResultStatus status) {
        Objects.requireNonNull(status, "status");
        getStyleClass().add("result-status-line");
        getStylesheets().add(ResultGrid.STYLESHEET);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(status.textProperty());
        status.snapshotProperty().addListener((o, was, now) -> {
            QueryState state = now.state().orElse(null);
            pseudoClassStateChanged(RUNNING, state != null && StatusText.isBusy(state));
            pseudoClassStateChanged(SUCCEEDED, state == QueryState.SUCCEEDED);
            pseudoClassStateChanged(FAILED, state == QueryState.FAILED);
            pseudoClassStateChanged(CANCELLED, state == QueryState.CANCELLED);
        });
    }
}

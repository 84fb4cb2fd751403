package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.AthenaPricing;
import dev.athenawizard.core.athena.query.QueryState;
import dev.athenawizard.core.athena.query.QueryStatistics;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of the query whose rows the result table shows, for the status line above it: rows, state, elapsed time,
 * data scanned and what that cost at Athena's price ({@link AthenaPricing}). The step sets it as the query runs;
 * {@link ResultStatusLine} shows it. Set on the FX thread.
 */
public final class ResultStatus {
    /**
     * One moment of the status.
     *
     * @param state        where the query is; empty before any query
     * @param rows         rows shown (when it SUCCEEDED)
     * @param hasMore      whether the result has rows beyond those
     * @param previewLimit the LIMIT the preview added, if any
     * @param elapsed      time so far, or Athena's total time once finished
     * @param bytesScanned data Athena read; negative when not known (a stopped query)
     * @param costUsd      what that costs (zero for reused results and failed queries)
     * @param reused       answered from an earlier run's results
     * @param message      why it failed
     */
    public record Snapshot(Optional<QueryState> state, int rows, boolean hasMore, OptionalInt previewLimit,
                           Duration elapsed, long bytesScanned, BigDecimal costUsd, boolean reused, String message) {
        static final Snapshot IDLE = new Snapshot(Optional.empty(), 0, false, OptionalInt.empty(), null, 0,
                BigDecimal.ZERO, false, "");
    }

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot",
            Snapshot.IDLE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public ResultStatus() {
        snapshot.addListener((o, was, now) -> text.set(StatusText.describe(now)));
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The status line's words, e.g. {@code ✓ 100 rows (preview, LIMIT 100) · 420 ms · 15.8 MB scanned · ≈ $0.00008}. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public void clear() {
        snapshot.set(Snapshot.IDLE);
    }

    public void submitting() {
        set(QueryState.SUBMITTING, null);
    }

    /** QUEUED or RUNNING, with the time since it was submitted. */
    public void progress(QueryState state, Duration elapsed) {
        set(state, elapsed);
    }

    public void succeeded(int rows, boolean hasMore, OptionalInt previewLimit, QueryStatistics stats) {
        snapshot.set(new Snapshot(Optional.of(QueryState.SUCCEEDED), rows, hasMore, previewLimit, stats.total(),
                stats.dataScannedBytes(), stats.estimatedCostUsd(), stats.reusedPreviousResult(), ""));
    }

    public void failed(String message, Duration elapsed) {
        snapshot.set(new Snapshot(Optional.of(QueryState.FAILED), 0, false, OptionalInt.empty(), elapsed, 0,
                BigDecimal.ZERO, false, Objects.requireNonNullElse(message, "")));
    }

    /**
     * Stopped, when what it scanned is not known: {@code message} says how it ended (e.g. that the stop reached
     * Athena); the line does not claim a cost.
     */
    public void stopped(String message, Duration elapsed) {
        snapshot.set(new Snapshot(Optional.of(QueryState.CANCELLED), 0, false, OptionalInt.empty(), elapsed, -1,
                BigDecimal.ZERO, false, Objects.requireNonNullElse(message, "")));
    }

    /** Stopped: Athena still charges for what it scanned before it stopped. */
    public void cancelled(long bytesScanned, Duration elapsed) {
        snapshot.set(new Snapshot(Optional.of(QueryState.CANCELLED), 0, false, OptionalInt.empty(), elapsed,
                bytesScanned, AthenaPricing.costUsd(bytesScanned, QueryState.CANCELLED, false, false), false, ""));
    }

    private void set(QueryState state, Duration elapsed) {
        snapshot.set(new Snapshot(Optional.of(state), 0, false, OptionalInt.empty(), elapsed, 0, BigDecimal.ZERO,
                false, ""));
    }
}

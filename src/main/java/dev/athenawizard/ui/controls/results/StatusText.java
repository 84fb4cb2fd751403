package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.DataSizes;
import dev.athenawizard.core.Durations;
import dev.athenawizard.core.athena.query.QueryState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The words of the result status line: {@code ✓ 100 rows (preview, LIMIT 100) · 420 ms · 15.8 MB scanned ·
 * ≈ $0.000076}, {@code ⟳ Running · 3.10 s}, {@code ✗ Failed · <reason>} — times and sizes written as everywhere in
 * the wizard ({@link Durations}, {@link DataSizes}). Pure, so every wording is tested without a screen.
 */
final class StatusText {
    private StatusText() {
    }

    /** Empty before any query. */
    static String describe(ResultStatus.Snapshot s) {
        if (s.state().isEmpty()) {
            return "";
        }
        return switch (s.state().get()) {
            case SUBMITTING -> "⟳ Starting the query…";
            case QUEUED -> "⟳ Queued in Athena" + elapsed(s.elapsed());
            case RUNNING -> "⟳ Running" + elapsed(s.elapsed());
            case SUCCEEDED -> "✓ " + rows(s.rows(), s.hasMore(), s.previewLimit()) + elapsed(s.elapsed())
                    + scanned(s.bytesScanned(), s.costUsd(), s.reused());
            case FAILED -> "✗ Failed" + elapsed(s.elapsed()) + (s.message().isEmpty() ? "" : " · " + s.message());
            case CANCELLED -> "■ Cancelled" + elapsed(s.elapsed()) + (s.bytesScanned() < 0
                    ? (s.message().isEmpty() ? "" : " · " + s.message())
                    : scanned(s.bytesScanned(), s.costUsd(), false));
        };
    }

    static String rows(int rows, boolean hasMore, OptionalInt previewLimit) {
        String count = rows == 1 ? "1 row" : String.format(Locale.ROOT, "%,d rows", rows);
        List<String> notes = new ArrayList<>();
        previewLimit.ifPresent(limit -> notes.add("preview, LIMIT " + limit));
        if (hasMore && previewLimit.isEmpty()) {
            notes.add("more not fetched");
        }
        return notes.isEmpty() ? count : count + " (" + String.join(", ", notes) + ")";
    }

    private static String elapsed(Duration d) {
        return d == null ? "" : " · " + Durations.format(d);
    }

    private static String scanned(long bytes, BigDecimal cost, boolean reused) {
        if (reused) {
            return " · reused, nothing scanned · no charge";
        }
        return " · " + DataSizes.format(bytes) + " scanned · " + cost(cost);
    }

    /** {@code ≈ $0.00005} (two significant digits below a cent), {@code ≈ $1.25}, or "no charge". */
    static String cost(BigDecimal usd) {
        if (usd == null || usd.signum() == 0) {
            return "no charge";
        }
        BigDecimal shown = usd.compareTo(new BigDecimal("0.01")) < 0
                ? usd.round(new MathContext(2)) : usd.setScale(2, java.math.RoundingMode.HALF_UP);
        return "≈ $" + shown.stripTrailingZeros().toPlainString();
    }

    static boolean isBusy(QueryState state) {
        return state == QueryState.SUBMITTING || state == QueryState.QUEUED || state == QueryState.RUNNING;
    }
}

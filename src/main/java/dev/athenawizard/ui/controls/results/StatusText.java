package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.QueryState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The words of the result status line: {@code ✓ 100 rows (preview, LIMIT 100) · 0.42 s · 15.8 MB scanned · ≈ $0.00008},
 * {@code ⟳ Running · 3.1 s}, {@code ✗ Failed · <reason>}. Pure, so every wording is tested without a screen.
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
            case CANCELLED -> "■ Cancelled" + elapsed(s.elapsed()) + scanned(s.bytesScanned(), s.costUsd(), false);
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
        if (d == null) {
            return "";
        }
        double seconds = d.toMillis() / 1000.0;
        return seconds < 10 ? String.format(Locale.ROOT, " · %.2f s", seconds)
                : String.format(Locale.ROOT, " · %.1f s", seconds);
    }

    private static String scanned(long bytes, BigDecimal cost, boolean reused) {
        if (reused) {
            return " · reused, nothing scanned · no charge";
        }
        return " · " + bytes(bytes) + " scanned · " + cost(cost);
    }

    /** Binary units, as AWS bills data: 1 MB = 2<sup>20</sup> bytes. */
    static String bytes(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
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

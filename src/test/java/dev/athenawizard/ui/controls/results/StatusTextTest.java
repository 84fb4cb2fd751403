package dev.athenawizard.ui.controls.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.query.AthenaPricing;
import dev.athenawizard.core.athena.query.QueryState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StatusTextTest {

    @Test
    void a_finished_preview_says_rows_time_data_and_cost() {
        long scanned = 16_567_000L; // 15.8 MB
        String text = StatusText.describe(new ResultStatus.Snapshot(Optional.of(QueryState.SUCCEEDED), 100, true,
                OptionalInt.of(100), Duration.ofMillis(420), scanned,
                AthenaPricing.costUsd(scanned, QueryState.SUCCEEDED, false, false), false, ""));

        assertThat(text).isEqualTo("✓ 100 rows (preview, LIMIT 100) · 420 ms · 15.8 MB scanned · ≈ $0.000076");
    }

    @Test
    void the_ten_megabyte_minimum_and_reused_results_show_in_the_cost() {
        assertThat(StatusText.cost(AthenaPricing.costUsd(1_000, QueryState.SUCCEEDED, false, false)))
                .isEqualTo("≈ $0.000048");
        assertThat(StatusText.describe(new ResultStatus.Snapshot(Optional.of(QueryState.SUCCEEDED), 1, false,
                OptionalInt.empty(), Duration.ofSeconds(12), 0, BigDecimal.ZERO, true, "")))
                .isEqualTo("✓ 1 row · 12 s · reused, nothing scanned · no charge");
        assertThat(StatusText.cost(new BigDecimal("1.234"))).isEqualTo("≈ $1.23");
    }

    @Test
    void running_failed_and_cancelled() {
        assertThat(StatusText.describe(new ResultStatus.Snapshot(Optional.of(QueryState.RUNNING), 0, false,
                OptionalInt.empty(), Duration.ofMillis(3100), 0, BigDecimal.ZERO, false, "")))
                .isEqualTo("⟳ Running · 3.10 s");
        assertThat(StatusText.describe(new ResultStatus.Snapshot(Optional.of(QueryState.FAILED), 0, false,
                OptionalInt.empty(), null, 0, BigDecimal.ZERO, false, "line 1:8: Column 'x' cannot be resolved")))
                .isEqualTo("✗ Failed · line 1:8: Column 'x' cannot be resolved");
        assertThat(StatusText.describe(new ResultStatus.Snapshot(Optional.of(QueryState.CANCELLED), 0, false,
                OptionalInt.empty(), Duration.ofSeconds(2), 52_428_800L,
                AthenaPricing.costUsd(52_428_800L, QueryState.CANCELLED, false, false), false, "")))
                .isEqualTo("■ Cancelled · 2 s · 50.0 MB scanned · ≈ $0.00024");
        assertThat(StatusText.describe(ResultStatus.Snapshot.IDLE)).isEmpty();
    }

    @Test
    void a_stopped_query_whose_scan_is_unknown_claims_no_cost() {
        ResultStatus status = new ResultStatus();
        status.stopped("The query was cancelled and stopped in Athena.", Duration.ofMillis(2500));

        assertThat(status.textProperty().get())
                .isEqualTo("■ Cancelled · 2.50 s · The query was cancelled and stopped in Athena.")
                .doesNotContain("no charge", "scanned");
        status.clear();
        assertThat(status.textProperty().get()).isEmpty();
    }

    @Test
    void big_counts_read_easily() {
        assertThat(StatusText.rows(12_345, false, OptionalInt.empty())).isEqualTo("12,345 rows");
        assertThat(StatusText.rows(1000, true, OptionalInt.empty())).isEqualTo("1,000 rows (more not fetched)");
    }
}

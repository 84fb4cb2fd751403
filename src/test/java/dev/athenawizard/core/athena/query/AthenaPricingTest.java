package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AthenaPricingTest {
    private static final long MB = 1L << 20;
    private static final long TB = 1L << 40;

    @Test
    void billsAtLeastTenMegabytes() {
        assertThat(AthenaPricing.billedMegabytes(0)).isEqualTo(10);
        assertThat(AthenaPricing.billedMegabytes(1)).isEqualTo(10);
        assertThat(AthenaPricing.costUsd(0, QueryState.SUCCEEDED, false, false))
                .isEqualByComparingTo(new BigDecimal("5").multiply(BigDecimal.TEN)
                        .divide(BigDecimal.valueOf(MB), 12, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void roundsUpToTheNextMegabyte() {
        assertThat(AthenaPricing.billedMegabytes(11 * MB)).isEqualTo(11);
        assertThat(AthenaPricing.billedMegabytes(11 * MB + 1)).isEqualTo(12);
    }

    @Test
    void fiveDollarsPerTerabyte() {
        assertThat(AthenaPricing.costUsd(TB, QueryState.SUCCEEDED, false, false)).isEqualByComparingTo("5");
        assertThat(AthenaPricing.costUsd(3 * TB, QueryState.CANCELLED, false, false)).isEqualByComparingTo("15");
    }

    @Test
    void failedReusedAndDdlQueriesAreFree() {
        assertThat(AthenaPricing.costUsd(TB, QueryState.FAILED, false, false)).isZero();
        assertThat(AthenaPricing.costUsd(TB, QueryState.SUCCEEDED, true, false)).isZero();
        assertThat(AthenaPricing.costUsd(TB, QueryState.SUCCEEDED, false, true)).isZero();
    }
}

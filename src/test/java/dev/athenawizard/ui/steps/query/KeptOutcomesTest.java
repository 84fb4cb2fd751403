package dev.athenawizard.ui.steps.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptOutcomesTest {

    @Test
    void keepsAtMostTheCountAndForgetsTheLeastRecentlyUsed() {
        KeptOutcomes<String, Long> kept = new KeptOutcomes<>(3, 1000, v -> v);
        kept.put("a", 1L);
        kept.put("b", 1L);
        kept.put("c", 1L);
        kept.get("a");

        kept.put("d", 1L);

        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.get("b")).isNull();
        assertThat(kept.get("a")).isEqualTo(1L);
        assertThat(kept.get("d")).isEqualTo(1L);
    }

    @Test
    void earlierOutcomesGoOnceTheirRowsTakeTooManyBytesButTheNewestStays() {
        KeptOutcomes<String, Long> kept = new KeptOutcomes<>(32, 100, v -> v);
        kept.put("small", 10L);
        kept.put("big", 80L);
        assertThat(kept.size()).isEqualTo(2);

        kept.put("bigger", 90L);

        assertThat(kept.get("small")).isNull();
        assertThat(kept.get("big")).isNull();
        assertThat(kept.get("bigger")).isEqualTo(90L);

        kept.put("huge", 500L);

        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.get("huge")).isEqualTo(500L);
    }

    @Test
    void anOutcomePutAgainCountsOnce() {
        KeptOutcomes<String, Long> kept = new KeptOutcomes<>(32, 100, v -> v);
        kept.put("a", 40L);
        kept.put("b", 40L);
        kept.put("a", 40L);
        kept.put("a", 40L);

        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.get("b")).isEqualTo(40L);
    }
}

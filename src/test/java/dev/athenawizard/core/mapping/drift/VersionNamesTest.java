package dev.athenawizard.core.mapping.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VersionNamesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    @Test
    void numbersCountUpKeepingTheirWidth() {
        assertThat(VersionNames.next("v1", TODAY)).isEqualTo("v2");
        assertThat(VersionNames.next("model-v09", TODAY)).isEqualTo("model-v10");
        assertThat(VersionNames.next("1.2.3", TODAY)).isEqualTo("1.2.4");
        assertThat(VersionNames.next("v1.9-rc", TODAY)).isEqualTo("v1.10-rc");
        assertThat(VersionNames.next("7", TODAY)).isEqualTo("8");
    }

    @Test
    void monthsDaysAndQuartersMoveOnButNeverBeforeToday() {
        assertThat(VersionNames.next("2024-05", TODAY)).isEqualTo("2024-06");
        assertThat(VersionNames.next("2024-01", TODAY)).isEqualTo("2024-06");
        assertThat(VersionNames.next("2024-12", TODAY)).isEqualTo("2025-01");
        assertThat(VersionNames.next("2024_09", TODAY)).isEqualTo("2024_10");
        assertThat(VersionNames.next("202410", TODAY)).isEqualTo("202411");
        assertThat(VersionNames.next("2024-06-15", TODAY)).isEqualTo("2024-06-16");
        assertThat(VersionNames.next("2024-01-31", TODAY)).isEqualTo("2024-06-15");
        assertThat(VersionNames.next("20240615", TODAY)).isEqualTo("20240616");
        assertThat(VersionNames.next("2024-Q4", TODAY)).isEqualTo("2025-Q1");
        assertThat(VersionNames.next("2023q1", TODAY)).isEqualTo("2024q2");
    }

    @Test
    void namesWithoutANumber() {
        assertThat(VersionNames.next("baseline", TODAY)).isEqualTo("baseline-2");
        assertThat(VersionNames.next("", TODAY)).isEqualTo("v1");
        assertThat(VersionNames.next("2024-13", TODAY)).isEqualTo("2024-14");
    }
}

package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.testing.BadText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactRowsTest {
    private static final List<String> NUMERIC_LOOKING = List.of("0", "-1.5", "3.0E-4", "1e10", "NaN", "-Infinity",
            "2026-11-29 23:16:45.123", "2026-11-29", "12:00", "[]", "[1, 2, 3]", "[0.123456, -0.000001, 1.0E-7]",
            "[[1, 2], [3, 4]]", "{a=1, b=2}", "p-0000001", "1,234.5", " 7 ", "...", "::", "--", ",", "0x1F",
            "\u00ff1", "1\u00ff", "\u00f0\u00f0\u00f0", "9".repeat(10_001), "[" + "0.5, ".repeat(3000) + "1]");

    @Test
    void everyValueReadsBackExactlyWithNullApartFromEmpty() {
        Random random = BadText.random("CompactRows");
        List<String> values = new ArrayList<>(BadText.values(random, BadText.cases(3000), NUMERIC_LOOKING));
        values.addAll(NUMERIC_LOOKING);
        for (int i = 0; i < BadText.cases(2000); i++) {
            values.add(randomPackable(random));
        }
        values.add(null);
        values.add("");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 3) {
            rows.add(Arrays.asList(values.get(i), i + 1 < values.size() ? values.get(i + 1) : null,
                    i + 2 < values.size() ? values.get(i + 2) : ""));
        }

        CompactRows compact = CompactRows.of(rows);

        assertThat(compact).as("seed %d", BadText.seed()).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
                String expected = rows.get(r).get(c);
                assertThat(compact.get(r).get(c)).as("row %d column %d (seed %d)", r, c, BadText.seed())
                        .isEqualTo(expected);
            }
        }
        assertThat(compact).isEqualTo(rows);
        assertThat(compact.hashCode()).isEqualTo(rows.hashCode());
    }

    @Test
    void everyCharacterFromNulToTheLastCodeUnitRoundTripsAtAnyPosition() {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c <= 0xffff; c++) {
            String ch = String.valueOf((char) c);
            rows.add(List.of(ch, "1" + ch, ch + "23", "12.5" + ch + ch + "-7"));
        }

        assertThat(CompactRows.of(rows)).isEqualTo(rows);
    }

    @Test
    void numbersAndTimestampsTakeAboutHalfTheirCharacters() {
        String embedding = String.join(", ", new Random(3).doubles(768)
                .mapToObj(d -> String.format(Locale.ROOT, "%.6f", d - 0.5)).toList());
        List<List<String>> rows = List.of(List.of("[" + embedding + "]", "2026-11-29 23:16:45.123"));

        CompactRows compact = CompactRows.of(rows);

        long characters = embedding.length() + 2 + 23;
        assertThat(compact.bytes() - 2 * 4 - 2).as("bytes of the two cells").isLessThanOrEqualTo(characters / 2 + 4);
        assertThat(compact).isEqualTo(rows);
    }

    @Test
    void rowsKeepTheirOwnLengthsAndRejectValuesPastThem() {
        List<List<String>> rows = List.of(List.of("a", "b", "c"), List.of(), Arrays.asList(null, "e"));

        CompactRows compact = CompactRows.of(rows);

        assertThat(compact).isEqualTo(rows);
        assertThat(compact.get(1)).isEmpty();
        assertThat(compact.get(2)).containsExactly(null, "e");
        assertThatThrownBy(() -> compact.get(2).get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> compact.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theRowsCannotBeChanged() {
        CompactRows compact = CompactRows.of(List.of(List.of("a")));

        assertThatThrownBy(() -> compact.get(0).set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.add(List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void compactRowsAreEqualExactlyWhenTheirValuesAre() {
        List<List<String>> rows = List.of(Arrays.asList("1.5", null), Arrays.asList("", "x"));
        List<List<String>> other = List.of(Arrays.asList("1.5", ""), Arrays.asList("", "x"));

        assertThat(CompactRows.of(rows)).isEqualTo(CompactRows.of(new ArrayList<>(rows)))
                .hasSameHashCodeAs(CompactRows.of(rows))
                .isNotEqualTo(CompactRows.of(other))
                .isNotEqualTo(CompactRows.of(rows.subList(0, 1)));
        assertThat(CompactRows.of(List.of(List.of("a")))).isNotEqualTo(CompactRows.of(List.of(List.of("a", "b"))));
    }

    @Test
    void aBuilderIsUsedOnce() {
        CompactRows.Builder builder = CompactRows.builder().add(List.of("a"));
        CompactRows built = builder.build();

        assertThat(built).containsExactly(List.of("a"));
        assertThatThrownBy(() -> builder.add(List.of("b"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNullRowIsRefused() {
        assertThatThrownBy(() -> CompactRows.of(Arrays.asList(List.of("a"), null)))
                .isInstanceOf(NullPointerException.class);
    }

    /** Text made mostly of the packable characters, with some others, of any length up to 300. */
    private static String randomPackable(Random random) {
        String packable = "0123456789.-, :";
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(300);
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x100) : packable.charAt(random.nextInt(15)));
        }
        return b.toString();
    }
}

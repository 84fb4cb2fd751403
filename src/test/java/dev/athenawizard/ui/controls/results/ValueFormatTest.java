package dev.athenawizard.ui.controls.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void an_embedding_shows_its_first_values_and_its_length() {
        String embedding = IntStream.range(0, 768).mapToObj(i -> String.format(Locale.ROOT, "%.6f",
                i == 0 ? 0.123456 : i == 1 ? -0.034567 : Math.sin(i))).collect(Collectors.joining(", ", "[", "]"));

        assertThat(ValueFormat.display(embedding, "array")).isEqualTo("[0.12, -0.03, … ] (768)");
    }

    @Test
    void short_arrays_maps_and_rows_are_shown_whole() {
        assertThat(ValueFormat.display("[1, 2, 3]", "array")).isEqualTo("[1, 2, 3]");
        assertThat(ValueFormat.display("{a=1, b=2}", "map")).isEqualTo("{a=1, b=2}");
        assertThat(ValueFormat.display("[]", "array")).isEqualTo("[]");
    }

    @Test
    void long_maps_and_rows_say_how_many_entries_or_fields() {
        String map = IntStream.range(0, 20).mapToObj(i -> "k" + i + "=" + i).collect(Collectors.joining(", ", "{",
                "}"));
        assertThat(ValueFormat.display(map, "map(varchar, integer)")).isEqualTo("{k0=0, k1=1, … } (20 entries)");
        assertThat(ValueFormat.display("[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16], "
                + "[17, 18]]", "array")).isEqualTo("[[1, 2], [3, 4], … ] (9)");
    }

    @Test
    void text_stays_on_one_line() {
        assertThat(ValueFormat.display("line one\nline two", "varchar")).isEqualTo("line one⏎line two");
        assertThat(ValueFormat.display("x".repeat(1000), "varchar")).hasSize(301).endsWith("…");
    }

    @Test
    void numbers_are_recognised_by_type() {
        assertThat(ValueFormat.isNumeric("bigint")).isTrue();
        assertThat(ValueFormat.isNumeric("decimal(10,2)")).isTrue();
        assertThat(ValueFormat.isNumeric("varchar")).isFalse();
    }
}

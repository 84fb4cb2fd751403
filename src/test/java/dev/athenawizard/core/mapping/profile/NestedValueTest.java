package dev.athenawizard.core.mapping.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NestedValueTest {
    @Test
    void flatArrayOfNumbers() {
        NestedValue.ArrayValue a = NestedValue.array("[0.1, -0.2, 1.0E-7, 3]");

        assertThat(a.length()).isEqualTo(4);
        assertThat(a.leafKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(a.shape()).containsExactly(4);
        assertThat(a.nested()).isFalse();
    }

    @Test
    void nullElementsDoNotChangeTheKind() {
        assertThat(NestedValue.array("[1, null, 2]").leafKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(NestedValue.array("[null, null]").leafKind()).isEqualTo(ValueKind.UNKNOWN);
    }

    @Test
    void unquotedTextElementsAreText() {
        NestedValue.ArrayValue a = NestedValue.array("[red, 2, blue]");

        assertThat(a.leafKind()).isEqualTo(ValueKind.TEXT);
        assertThat(a.length()).isEqualTo(3);
    }

    @Test
    void regularNestedArraysHaveAShape() {
        NestedValue.ArrayValue a = NestedValue.array("[[1, 2, 3], [4, 5, 6]]");

        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.leafKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(a.nested()).isTrue();
    }

    @Test
    void raggedNestedArraysHaveNone() {
        NestedValue.ArrayValue a = NestedValue.array("[[1, 2], [3]]");

        assertThat(a.shape()).isEmpty();
        assertThat(a.length()).isEqualTo(2);
    }

    @Test
    void emptyArray() {
        NestedValue.ArrayValue a = NestedValue.array("[]");

        assertThat(a.length()).isZero();
        assertThat(a.shape()).containsExactly(0);
    }

    @Test
    void notArrays() {
        assertThat(NestedValue.array("0.5")).isNull();
        assertThat(NestedValue.array("[1, 2")).isNull();
        assertThat(NestedValue.array(null)).isNull();
    }

    @Test
    void mapsAndRows() {
        NestedValue.KeyedValue map = NestedValue.keyed("{cat=0.7, dog=0.2, fox=0.1}");
        assertThat(map.keys()).containsExactly("cat", "dog", "fox");
        assertThat(map.valueKind()).isEqualTo(ValueKind.NUMBER);

        NestedValue.KeyedValue row = NestedValue.keyed("{x=1, y=abc, z=[1, 2]}");
        assertThat(row.keys()).containsExactly("x", "y", "z");
        assertThat(row.valueKind()).isEqualTo(ValueKind.TEXT);

        assertThat(NestedValue.keyed("{}").keys()).isEmpty();
        assertThat(NestedValue.keyed("{1, x}").keys()).isEqualTo(List.of("0", "1"));
        assertThat(NestedValue.keyed("plain")).isNull();
    }

    @Test
    void longValuesAreQuotedShortened() {
        String embedding = "[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.11, 0.12, 0.13, 0.14]";

        assertThat(ValueText.quote(embedding)).isEqualTo("[0.1, 0.2, 0.3, … 13 elements]");
        assertThat(ValueText.quote("short")).isEqualTo("'short'");
        assertThat(ValueText.quote(null)).isEqualTo("NULL");
        assertThat(ValueText.quote("a".repeat(60))).startsWith("'aaaa").endsWith("…' (60 characters)");
    }
}

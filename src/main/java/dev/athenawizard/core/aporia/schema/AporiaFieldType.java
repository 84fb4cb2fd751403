package dev.athenawizard.core.aporia.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The value types of Aporia's classic SDK ({@code aporia} 2.x, {@code FieldType} in {@code core/types/field.py}):
 * what a raw input, feature, prediction or actual holds. The wire name is what the schema sends, e.g.
 * {@code "numeric"} or, for a tensor, {@code {"type": "tensor", "dimensions": [768]}}.
 */
public enum AporiaFieldType {
    /** Integers or floats. */
    NUMERIC("numeric", "numbers (integers or decimals)"),
    /** A category with integer values. */
    CATEGORICAL("categorical", "categories with whole-number values"),
    /** A category with string values. */
    STRING("string", "categories with text values"),
    BOOLEAN("boolean", "true or false"),
    /** A point in time (a timestamp, or an ISO-8601 string). */
    DATETIME("datetime", "points in time"),
    /** Free text. */
    TEXT("text", "free text"),
    /** String keys to numeric values (e.g. class probabilities). */
    DICT("dict", "names mapped to numbers, e.g. class probabilities"),
    /** A variable-length array of floats. */
    VECTOR("vector", "arrays of numbers of any length"),
    /** A fixed-shape array of numbers, declared with its dimensions. */
    TENSOR("tensor", "arrays of numbers of one fixed shape, e.g. embeddings");

    private final String wireName;
    private final String meaning;

    AporiaFieldType(String wireName, String meaning) {
        this.wireName = wireName;
        this.meaning = meaning;
    }

    /** What values of this type are, in a few words, for menus and tooltips. */
    public String meaning() {
        return meaning;
    }

    /** The name Aporia's schema uses. */
    public String wireName() {
        return wireName;
    }

    /** Whether a schema entry of this type carries dimensions. */
    public boolean hasDimensions() {
        return this == TENSOR;
    }

    public static Optional<AporiaFieldType> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}

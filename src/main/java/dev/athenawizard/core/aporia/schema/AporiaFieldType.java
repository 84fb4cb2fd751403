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
    NUMERIC("numeric"),
    /** A category with integer values. */
    CATEGORICAL("categorical"),
    /** A category with string values. */
    STRING("string"),
    BOOLEAN("boolean"),
    /** A point in time (a timestamp, or an ISO-8601 string). */
    DATETIME("datetime"),
    /** Free text. */
    TEXT("text"),
    /** String keys to numeric values (e.g. class probabilities). */
    DICT("dict"),
    /** A variable-length array of floats. */
    VECTOR("vector"),
    /** A fixed-shape array of numbers, declared with its dimensions. */
    TENSOR("tensor");

    private final String wireName;

    AporiaFieldType(String wireName) {
        this.wireName = wireName;
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

package dev.athenawizard.core.aporia.schema;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One schema entry: a field type and, for a tensor, its dimensions. Aporia's classic SDK writes it as the plain
 * type name ({@code "numeric"}) or, for a tensor, as {@code {"type": "tensor", "dimensions": [768]}}.
 *
 * @param type       the field type
 * @param dimensions a tensor's dimensions ({@code [768]}, {@code [3, 4]}); empty for every other type
 */
public record FieldSchema(AporiaFieldType type, List<Integer> dimensions) {
    public FieldSchema {
        Objects.requireNonNull(type, "type");
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        if (!type.hasDimensions() && !dimensions.isEmpty()) {
            throw new IllegalArgumentException(type + " has no dimensions: " + dimensions);
        }
        if (dimensions.stream().anyMatch(d -> d == null || d <= 0)) {
            throw new IllegalArgumentException("dimensions must be positive: " + dimensions);
        }
    }

    public static FieldSchema of(AporiaFieldType type) {
        return new FieldSchema(type, List.of());
    }

    public static FieldSchema tensor(List<Integer> dimensions) {
        return new FieldSchema(AporiaFieldType.TENSOR, dimensions);
    }

    /** {@code numeric}; {@code tensor [768]}; {@code tensor [3, 4]}: how the wizard shows it. */
    public String label() {
        return dimensions.isEmpty() ? type.wireName()
                : type.wireName() + " [" + dimensions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "]";
    }

    @Override
    public String toString() {
        return label();
    }
}

package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import java.util.List;
import java.util.Objects;

/**
 * One field of a model version's schema: a raw input, feature or prediction, with its Aporia type and, for a tensor,
 * its dimensions (e.g. {@code [768]}).
 */
public record SchemaField(String name, AporiaFieldType type, List<Integer> dimensions) {
    public SchemaField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public static SchemaField of(String name, AporiaFieldType type) {
        return new SchemaField(name, type, List.of());
    }

    /** {@code numeric}, {@code tensor [768]}: how summaries show the type. */
    public String describeType() {
        return type.hasDimensions() ? type.wireName() + " " + dimensions : type.wireName();
    }
}

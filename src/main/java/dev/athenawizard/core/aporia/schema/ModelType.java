package dev.athenawizard.core.aporia.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of model Aporia monitors ({@code model_type} of {@code create_model_version}). */
public enum ModelType {
    BINARY("binary"),
    MULTICLASS("multiclass"),
    MULTI_LABEL("multi-label"),
    REGRESSION("regression"),
    RANKING("ranking");

    private final String wireName;

    ModelType(String wireName) {
        this.wireName = wireName;
    }

    /** The name Aporia's API uses. */
    public String wireName() {
        return wireName;
    }

    public static Optional<ModelType> fromWireName(String name) {
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

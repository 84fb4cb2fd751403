package dev.athenawizard.core.aporia.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The colours a model can have in Aporia's model list ({@code color} of {@code create_model}). */
public enum ModelColor {
    BLUE("blue"),
    ARCTIC_BLUE("arctic_blue"),
    GREEN("green"),
    TURQUOISE("turquoise"),
    PINK("pink"),
    PURPLE("purple"),
    YELLOW("yellow"),
    RED("red");

    /** What the SDK sends when none is given. */
    public static final ModelColor DEFAULT = BLUE;

    private final String wireName;

    ModelColor(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ModelColor> fromWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.wireName.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}

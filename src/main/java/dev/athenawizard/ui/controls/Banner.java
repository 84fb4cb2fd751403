package dev.athenawizard.ui.controls;

import java.util.Objects;

/**
 * A sentence that says how something went, as a model hands it to its view: the view only shows it, styled by kind.
 *
 * @param id   the label's id, so tests and screen readers find it
 * @param kind how it went
 * @param text the sentence
 */
public record Banner(String id, Kind kind, String text) {

    /** How it went; each kind has its colours in theme.css. */
    public enum Kind {
        OK, WARN, ERROR;

        String styleClass() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Banner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Banner ok(String id, String text) {
        return new Banner(id, Kind.OK, text);
    }

    public static Banner warn(String id, String text) {
        return new Banner(id, Kind.WARN, text);
    }

    public static Banner error(String id, String text) {
        return new Banner(id, Kind.ERROR, text);
    }
}

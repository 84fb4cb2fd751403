package dev.athenawizard.core.mapping.suggest;

/** How sure a suggestion is; the screen may show low-confidence ones less prominently. */
public enum Confidence {
    /** The name and the values agree. */
    HIGH,
    /** The values alone, or the name alone, point there. */
    MEDIUM,
    /** A guess: something speaks against it (e.g. an id whose values repeat). */
    LOW
}

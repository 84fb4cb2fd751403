package dev.athenawizard.core.settings;

/** The look the user picked in View → Theme. */
public enum ThemeChoice {
    LIGHT, DARK,
    /** The operating system's light or dark appearance, where the program can read it. */
    SYSTEM
}

package dev.athenawizard.core.settings;

/** Light or dark: what the window shows, and what an operating system's preference says. */
public enum Appearance {
    LIGHT, DARK
}

package dev.athenawizard.core.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What the program remembers about the desktop between runs: the theme picked, the operating system's appearance as
 * last read (so a window that follows it opens in the right colours before it is read again), and the window's place.
 * Nothing about a project and no secret is kept here.
 */
public record Settings(ThemeChoice theme, Optional<Appearance> systemAppearance, Optional<WindowBounds> window) {
    public static final Settings DEFAULT = new Settings(ThemeChoice.SYSTEM, Optional.empty(), Optional.empty());

    public Settings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(systemAppearance, "systemAppearance");
        Objects.requireNonNull(window, "window");
    }

    public Settings withTheme(ThemeChoice value) {
        return new Settings(value, systemAppearance, window);
    }

    public Settings withSystemAppearance(Appearance value) {
        return new Settings(theme, Optional.of(value), window);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(theme, systemAppearance, Optional.of(value));
    }

    /** Light or dark, for the theme picked; the system's last known appearance (else light) for {@code SYSTEM}. */
    public Appearance appearance() {
        return switch (theme) {
            case LIGHT -> Appearance.LIGHT;
            case DARK -> Appearance.DARK;
            case SYSTEM -> systemAppearance.orElse(Appearance.LIGHT);
        };
    }
}

package dev.athenawizard.core.settings;

import dev.athenawizard.core.project.ProjectStore;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Settings} in a small properties file in the program's config folder ({@code AppDirs.settings()}).
 *
 * <p>A properties file rather than JSON: it is read before the first frame, and the JDK reads it without loading a
 * JSON library. The settings are a convenience, so a missing, damaged or partly wrong file never stops the program:
 * each value that cannot be read falls back to its default, and the rest is kept.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final String THEME = "theme";
    private static final String SYSTEM_APPEARANCE = "system.appearance";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The saved settings; the defaults for whatever is missing or unreadable. Never fails. */
    public Settings load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            return Settings.DEFAULT;
        }
        return parse(p);
    }

    /** Writes {@code settings}, replacing the file in one step (a crash leaves the old file or the new one). */
    public void save(Settings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty(THEME, settings.theme().name().toLowerCase(Locale.ROOT));
        settings.systemAppearance().ifPresent(a -> p.setProperty(SYSTEM_APPEARANCE,
                a.name().toLowerCase(Locale.ROOT)));
        settings.window().ifPresent(w -> {
            p.setProperty(X, number(w.x()));
            p.setProperty(Y, number(w.y()));
            p.setProperty(WIDTH, number(w.width()));
            p.setProperty(HEIGHT, number(w.height()));
            p.setProperty(MAXIMIZED, Boolean.toString(w.maximized()));
        });
        StringWriter text = new StringWriter();
        p.store(text, "Athena Onboarding Wizard: theme and window (no project data, no secrets)");
        ProjectStore.writeAtomically(file, text.toString());
    }

    static Settings parse(Properties p) {
        ThemeChoice theme = named(ThemeChoice.class, p.getProperty(THEME)).orElse(Settings.DEFAULT.theme());
        Optional<Appearance> system = named(Appearance.class, p.getProperty(SYSTEM_APPEARANCE));
        Optional<WindowBounds> window = Optional.empty();
        try {
            double width = finite(p, WIDTH);
            double height = finite(p, HEIGHT);
            if (width > 0 && height > 0) {
                window = Optional.of(new WindowBounds(finite(p, X), finite(p, Y), width, height,
                        Boolean.parseBoolean(p.getProperty(MAXIMIZED))));
            }
        } catch (IllegalArgumentException e) {
            // no window bounds, or damaged ones: the window opens at its default size
        }
        return new Settings(theme, system, window);
    }

    private static double finite(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " missing");
        }
        double d = Double.parseDouble(value.strip());
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(key + " is not a finite number");
        }
        return d;
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}

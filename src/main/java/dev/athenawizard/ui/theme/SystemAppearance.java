package dev.athenawizard.ui.theme;

import dev.athenawizard.core.settings.Appearance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark appearance, where that can be read: GNOME's (and GTK's) settings on
 * Linux, the global appearance on macOS, the app theme on Windows. JavaFX 21 has no API for it (22 has), so it asks
 * the system's own tools, which take a few milliseconds: call {@link #detect()} off the FX thread.
 */
public final class SystemAppearance {
    /** Runs a command and gives its standard output, or empty when it cannot run or fails. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private final String osName;
    private final Map<String, String> environment;
    private final Commands commands;

    public SystemAppearance(String osName, Map<String, String> environment, Commands commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    public static SystemAppearance forThisComputer() {
        return new SystemAppearance(System.getProperty("os.name", ""), System.getenv(), SystemAppearance::run);
    }

    /** Light or dark as the system says; empty when this system does not say (or cannot be asked). */
    public Optional<Appearance> detect() {
        if (osName.contains("mac")) {
            // The key exists only in dark mode: "Dark"; in light mode the command fails.
            return Optional.of(commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .filter(out -> out.strip().equalsIgnoreCase("dark")).isPresent()
                    ? Appearance.DARK : Appearance.LIGHT);
        }
        if (osName.contains("win")) {
            return commands.output(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .flatMap(SystemAppearance::fromWindowsRegistry);
        }
        return linux();
    }

    private Optional<Appearance> linux() {
        Optional<Appearance> fromEnvironment = fromGtkThemeName(environment.get("GTK_THEME"));
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        Optional<String> scheme = commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme"));
        if (scheme.map(s -> s.contains("prefer-dark")).orElse(false)) {
            return Optional.of(Appearance.DARK);
        }
        Optional<String> theme = commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "gtk-theme"));
        if (theme.isEmpty()) {
            return scheme.isPresent() ? Optional.of(Appearance.LIGHT) : Optional.empty();
        }
        return Optional.of(fromGtkThemeName(theme.get()).orElse(Appearance.LIGHT));
    }

    /** "Adwaita-dark", "Yaru-dark" or "Adwaita:dark" are dark; another named theme is light; none says nothing. */
    static Optional<Appearance> fromGtkThemeName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().replace("'", "").toLowerCase(Locale.ROOT);
        return Optional.of(n.endsWith("-dark") || n.endsWith(":dark") || n.contains("-dark-")
                ? Appearance.DARK : Appearance.LIGHT);
    }

    /** {@code reg query} prints "AppsUseLightTheme    REG_DWORD    0x0" for dark. */
    static Optional<Appearance> fromWindowsRegistry(String output) {
        for (String line : output.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                String value = line.strip().replaceAll(".*\\s", "");
                return Optional.of(value.equals("0x0") ? Appearance.DARK : Appearance.LIGHT);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the tool is not installed here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

package dev.athenawizard.core;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the program keeps its own files: settings, recent projects, drafts and the log.
 *
 * <p>Follows each platform's convention; {@code -Dathena-wizard.home=DIR} or {@code ATHENA_WIZARD_HOME} puts everything
 * under one folder instead (tests use this, so nothing a test writes lands in the user's home).
 */
public record AppDirs(Path config, Path state) {

    public static AppDirs resolve() {
        String override = System.getProperty("athena-wizard.home");
        if (override == null || override.isBlank()) {
            override = System.getenv("ATHENA_WIZARD_HOME");
        }
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            Path base = home.resolve("Library/Application Support/athena-wizard");
            return new AppDirs(base, base);
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("athena-wizard");
            return new AppDirs(base, base);
        }
        return new AppDirs(xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve("athena-wizard"),
                xdg("XDG_STATE_HOME", home.resolve(".local/state")).resolve("athena-wizard"));
    }

    public static AppDirs under(Path root) {
        return new AppDirs(root.resolve("config"), root.resolve("state"));
    }

    public Path drafts() {
        return state.resolve("drafts");
    }

    public Path logs() {
        return state.resolve("logs");
    }

    public Path sandboxData() {
        return state.resolve("sandbox");
    }

    /** The queries run from the Query step, kept across runs (no secrets: SQL and what Athena reported). */
    public Path queryHistory() {
        return state.resolve("query-history.json");
    }

    public Path recentProjects() {
        return config.resolve("recent-projects.json");
    }

    /** The theme and the window's place ({@code core.settings.SettingsStore}). */
    public Path settings() {
        return config.resolve("settings.properties");
    }

    private static Path xdg(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}

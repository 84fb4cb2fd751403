package dev.athenawizard.ui;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.settings.Settings;
import dev.athenawizard.core.settings.SettingsStore;
import dev.athenawizard.ui.shell.AppIcons;
import dev.athenawizard.ui.shell.SavedSettings;
import dev.athenawizard.ui.shell.ScriptedDialogs;
import dev.athenawizard.ui.shell.WindowDressing;
import dev.athenawizard.ui.shell.WizardWindow;
import dev.athenawizard.ui.steps.query.PauseTimer;
import dev.athenawizard.ui.theme.SystemAppearance;
import dev.athenawizard.ui.theme.ThemeSwitch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;

/**
 * The real application, wired as {@link WizardApp} wires it, in a fresh home folder, with scripted answers to the
 * OS dialogs (file choosers cannot be driven headless).
 */
public final class WizardUnderTest implements AutoCloseable {
    public final Path home;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final GuiWiring wiring;
    public final WizardWindow window;
    /** With {@link #openDressed}: the window as the application dresses it (theme, Help menu, size and place). */
    public SettingsStore settings;
    public ThemeSwitch themes;
    public WindowDressing dressing;
    /** The web pages the Help menu opened, in order. */
    public final List<String> opened = new CopyOnWriteArrayList<>();

    private WizardUnderTest(Path home, Stage stage, PauseTimer typingPause, SystemAppearance system) {
        this.home = home;
        AppDirs dirs = AppDirs.under(home);
        this.wiring = new GuiWiring(dirs, dialogs, dialogs, typingPause);
        this.window = new WizardWindow(wiring.session(), wiring.shell(), () -> dialogs, () -> { });
        stage.setScene(WizardApp.createScene(window));
        stage.titleProperty().bind(wiring.session().titleProperty());
        if (system != null) {
            // as WizardApp does, with the settings written at once (a direct executor) so tests can read them
            settings = new SettingsStore(dirs.settings());
            Settings loaded = settings.load();
            themes = new ThemeSwitch(loaded.theme(), loaded.systemAppearance(), system, Runnable::run);
            dressing = WindowDressing.dress(stage, window, new SavedSettings(settings, loaded, Runnable::run), themes,
                    opened::add, dirs, AppIcons.load());
        }
        stage.show();
        wiring.warmUp(); // as the application does once the window shows
    }

    /** Opens the wizard on {@code stage}, with its files under a new folder in the test home. */
    public static WizardUnderTest open(Stage stage, String name) {
        return open(stage, name, null);
    }

    /** As {@link #open(Stage, String)}, with the Query step's pauses in typing passing when {@code typingPause} says. */
    public static WizardUnderTest open(Stage stage, String name, PauseTimer typingPause) {
        return new WizardUnderTest(newHome(name), stage, typingPause, null);
    }

    /** Opens the wizard on {@code stage} with its files in {@code home}: a second open of the same home is a restart. */
    public static WizardUnderTest openAt(Stage stage, Path home) {
        return new WizardUnderTest(home, stage, null, null);
    }

    /**
     * Opens the wizard on {@code stage} as the application does, with its icon, theme, View and Help menus and its
     * remembered size and place, its files in {@code home} (a second open of the same home is a restart).
     *
     * @param system what the operating system says about light and dark
     */
    public static WizardUnderTest openDressed(Stage stage, Path home, SystemAppearance system) {
        return new WizardUnderTest(home, stage, null, system);
    }

    /** A new folder in the test home. */
    public static Path newHome(String name) {
        try {
            Path testHome = Path.of(System.getProperty("athena-wizard.home", "target/test-home")).toAbsolutePath();
            return Files.createTempDirectory(Files.createDirectories(testHome), name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        wiring.close();
    }
}

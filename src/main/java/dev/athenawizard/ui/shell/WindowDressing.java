package dev.athenawizard.ui.shell;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.settings.ThemeChoice;
import dev.athenawizard.ui.theme.ThemeSwitch;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * What the wizard's window has beyond the wizard: its icon, its size and place from last time, the theme (View →
 * Theme, remembered), and the Help menu. The application and the GUI tests dress their stage the same way.
 */
public final class WindowDressing {
    private static final Duration SYSTEM_READING_DELAY = Duration.seconds(1);

    private final HelpMenu help;
    private final WindowMemory memory;

    private WindowDressing(HelpMenu help, WindowMemory memory) {
        this.help = help;
        this.memory = memory;
    }

    /**
     * Call after the window's scene is set and before the stage is shown.
     *
     * @param browser opens a web page off the FX thread ({@link DocumentLinks}; tests record the address)
     * @return the Help menu's actions and the window's memory
     */
    public static WindowDressing dress(Stage stage, WizardWindow window, SavedSettings settings, ThemeSwitch themes,
            Consumer<String> browser, AppDirs dirs, List<Image> icons) {
        stage.getIcons().setAll(icons);
        themes.attach(stage.getScene());
        themes.choiceProperty().addListener((o, was, now) -> settings.update(s -> s.withTheme(now)));
        themes.lastKnownSystemProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.update(s -> s.withSystemAppearance(now));
            }
        });
        HelpMenu help = new HelpMenu(() -> stage, window::menuBar, browser, AboutFacts.of(dirs),
                AppIcons.largest(icons));
        window.menuBar().getMenus().addAll(ViewMenu.of(themes), help.menu());
        WindowMemory memory = WindowMemory.restoreAndTrack(stage, settings);
        readSystemAppearance(stage, themes);
        return new WindowDressing(help, memory);
    }

    public HelpMenu help() {
        return help;
    }

    /** Keeps the window's bounds now: the program is ending (the window may not have been closed first). */
    public void rememberWindow() {
        memory.save();
    }

    /**
     * Reads the system's appearance: at once when the window follows the system and has never read it (the very first
     * start), else a moment after the window shows, off the way to the first frame; then whenever the window is
     * focused again, so a system switched to dark meanwhile shows when the user comes back.
     */
    private static void readSystemAppearance(Stage stage, ThemeSwitch themes) {
        Runnable andOnFocus = () -> {
            themes.readSystem();
            stage.focusedProperty().addListener((o, was, focused) -> {
                if (focused && themes.choiceProperty().get() == ThemeChoice.SYSTEM) {
                    themes.readSystem();
                }
            });
        };
        if (themes.choiceProperty().get() == ThemeChoice.SYSTEM && themes.lastKnownSystemProperty().get() == null) {
            andOnFocus.run();
            return;
        }
        PauseTransition later = new PauseTransition(SYSTEM_READING_DELAY);
        later.setOnFinished(e -> andOnFocus.run());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> later.play());
    }
}

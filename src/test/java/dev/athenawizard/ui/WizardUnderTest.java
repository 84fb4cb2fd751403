package dev.athenawizard.ui;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.ui.shell.ScriptedDialogs;
import dev.athenawizard.ui.shell.WizardWindow;
import dev.athenawizard.ui.steps.query.PauseTimer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private WizardUnderTest(Path home, Stage stage, PauseTimer typingPause) {
        this.home = home;
        this.wiring = new GuiWiring(AppDirs.under(home), dialogs, dialogs, typingPause);
        this.window = new WizardWindow(wiring.session(), wiring.shell(), () -> dialogs, () -> { });
        stage.setScene(WizardApp.createScene(window));
        stage.titleProperty().bind(wiring.session().titleProperty());
        stage.show();
    }

    /** Opens the wizard on {@code stage}, with its files under a new folder in the test home. */
    public static WizardUnderTest open(Stage stage, String name) {
        return open(stage, name, null);
    }

    /** As {@link #open(Stage, String)}, with the Query step's pauses in typing passing when {@code typingPause} says. */
    public static WizardUnderTest open(Stage stage, String name, PauseTimer typingPause) {
        try {
            Path testHome = Path.of(System.getProperty("athena-wizard.home", "target/test-home")).toAbsolutePath();
            return new WizardUnderTest(Files.createTempDirectory(Files.createDirectories(testHome), name), stage,
                    typingPause);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        wiring.close();
    }
}

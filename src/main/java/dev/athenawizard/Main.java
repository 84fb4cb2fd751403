package dev.athenawizard;

import dev.athenawizard.cli.AthenaWizardCommand;
import dev.athenawizard.cli.GuiLauncher;

/**
 * Entry point of {@code athena-wizard}: no arguments opens the GUI, anything else is the command line.
 *
 * <p>This class must not extend {@code javafx.application.Application}: the JavaFX launcher refuses to start an
 * Application main class from the class path ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // The window needs none of the command line's machinery: picocli's model of every command loads some
            // 700 classes, a third of a second on two cores, before the first frame.
            GuiLauncher.launch();
            return;
        }
        int exit = AthenaWizardCommand.run(args);
        if (exit != AthenaWizardCommand.GUI_STARTED) {
            System.exit(exit);
        }
    }
}

package dev.athenawizard;

import dev.athenawizard.cli.AthenaWizardCommand;

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
        int exit = AthenaWizardCommand.run(args);
        if (exit != AthenaWizardCommand.GUI_STARTED) {
            System.exit(exit);
        }
    }
}

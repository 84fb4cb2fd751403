package dev.athenawizard.cli;

/** Starts the GUI without the CLI package depending on JavaFX classes at load time. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch() {
        dev.athenawizard.ui.WizardApp.launchWizard();
    }
}

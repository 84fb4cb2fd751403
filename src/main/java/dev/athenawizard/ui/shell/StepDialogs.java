package dev.athenawizard.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What steps ask of the desktop: where to save a file, and the clipboard. Separate from the steps so tests can answer
 * without OS dialogs, and so a step's model never opens a window itself.
 */
public interface StepDialogs {

    /**
     * Asks where to save a file.
     *
     * @param title         the dialog's title, e.g. "Save IAM policy"
     * @param suggestedName a file name to start from, e.g. {@code aporia-athena-policy.json}
     * @param kind          what the file is, for the file-type filter, e.g. "IAM policy (JSON)"
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String kind);

    void copyToClipboard(String text);
}

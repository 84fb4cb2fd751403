package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.Draft;
import java.nio.file.Path;
import java.util.Optional;

/** The questions the window asks the user. Separate from the window so tests can answer them without OS dialogs. */
public interface ShellDialogs {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum RestoreChoice { RESTORE, DISCARD, LATER }

    Optional<Path> chooseFileToOpen();

    Optional<Path> chooseFileToSave(String suggestedName);

    /** "Save changes to NAME?" before New, Open or closing. */
    UnsavedChoice askAboutUnsavedChanges(String projectName);

    /** "Restore unsaved work from the last run?" */
    RestoreChoice offerToRestore(Draft draft);

    void showError(String title, String message);
}

package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.Draft;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the window's and the steps' questions the way a test scripted them, and records what the user would have
 * been told and what went to the clipboard.
 */
public final class ScriptedDialogs implements ShellDialogs, StepDialogs {
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public RestoreChoice restoreAnswer = RestoreChoice.LATER;
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        questions.add("save as " + suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String projectName) {
        questions.add("unsaved " + projectName);
        return unsavedAnswer;
    }

    @Override
    public RestoreChoice offerToRestore(Draft draft) {
        questions.add("restore " + draft.project().name());
        return restoreAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind) {
        questions.add(title + " as " + suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }
}

package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.Draft;
import dev.athenawizard.ui.steps.query.Confirmation;
import dev.athenawizard.ui.steps.query.QueryDialogs;
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
public final class ScriptedDialogs implements ShellDialogs, StepDialogs, QueryDialogs {
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public RestoreChoice restoreAnswer = RestoreChoice.LATER;
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();
    /** The confirmations the Query step asked for, and the answer to give. */
    public final List<Confirmation> confirmations = new ArrayList<>();
    public boolean confirmAnswer;

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

    @Override
    public boolean confirmRun(Confirmation confirmation) {
        confirmations.add(confirmation);
        return confirmAnswer;
    }
}

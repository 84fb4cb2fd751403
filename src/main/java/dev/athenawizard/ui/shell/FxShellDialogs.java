package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.Draft;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.ui.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the platform's file choosers and JavaFX alerts, owned by the wizard window. */
public final class FxShellDialogs implements ShellDialogs {
    private final Window owner;
    private File lastDirectory;

    public FxShellDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = chooser("Open project");
        File chosen = chooser.showOpenDialog(owner);
        return remember(chosen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        FileChooser chooser = chooser("Save project as");
        chooser.setInitialFileName(suggestedName + ProjectStore.EXTENSION);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null && !chosen.getName().endsWith(".json")) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + ProjectStore.EXTENSION);
        }
        return remember(chosen);
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        Theme.dress(alert, owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to \"" + projectName + "\"?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public RestoreChoice offerToRestore(Draft draft) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(owner);
        Theme.dress(alert, owner);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("The wizard did not close normally last time.");
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(draft.savedAt().atZone(ZoneId.systemDefault()));
        String where = draft.projectFile().map(p -> " (from " + p.getFileName() + ")").orElse("");
        Label text = new Label("Unsaved work on \"" + draft.project().name() + "\"" + where + " was kept from "
                + when + ".\nRestore it? Secret keys are never kept and must be entered again.");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RestoreChoice.RESTORE : answer == discard ? RestoreChoice.DISCARD : RestoreChoice.LATER;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        Theme.dress(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("error-dialog-message");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Athena Onboarding Wizard projects", "*" + ProjectStore.EXTENSION),
                new FileChooser.ExtensionFilter("JSON files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastDirectory = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}

package dev.athenawizard.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real desktop: the platform's save dialog, owned by the wizard window, and the system clipboard. */
public final class FxStepDialogs implements StepDialogs {
    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to; asked when a dialog opens (the steps are built before it) */
    public FxStepDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        int dot = suggestedName.lastIndexOf('.');
        if (dot > 0) {
            chooser.getExtensionFilters().setAll(
                    new FileChooser.ExtensionFilter(kind, "*" + suggestedName.substring(dot)),
                    new FileChooser.ExtensionFilter("All files", "*"));
        }
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}

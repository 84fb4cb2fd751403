package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.mapping.edit.EditOutcome;
import dev.athenawizard.core.mapping.edit.MappingEdit;
import dev.athenawizard.core.mapping.edit.MappingHistory;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.ui.controls.Banner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The mapping being edited, as the screen sees it: {@link MappingHistory} behind JavaFX properties. Every drag, key
 * and menu item ends here as one {@link MappingEdit}, so each is one undo step; what an edit did (or why it was
 * refused) is the status line. Use it on the FX thread.
 */
final class EditableMapping {
    /** What a history judges types against before any preview arrived: no columns, no rows. */
    static final PreviewProfile NO_PREVIEW = PreviewProfile.of(new ResultTable(List.of(), List.of(), false));

    private final MappingHistory history = new MappingHistory(Mapping.EMPTY, NO_PREVIEW);
    private final ReadOnlyObjectWrapper<Mapping> mapping = new ReadOnlyObjectWrapper<>(Mapping.EMPTY);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Banner> refusal = new ReadOnlyObjectWrapper<>();

    EditableMapping() {
        history.addListener(mapping::set);
    }

    /** Applies the edit as one undo step (when it changes anything) and says what it did. */
    EditOutcome apply(MappingEdit edit) {
        EditOutcome outcome = history.apply(edit);
        if (outcome.refusals().isEmpty()) {
            status.set(outcome.message());
            refusal.set(null);
        } else {
            status.set("");
            refusal.set(Banner.warn("edit-refused", outcome.message()));
        }
        refreshUndo();
        return outcome;
    }

    void undo() {
        String what = history.undoDescription().orElse("");
        if (history.undo()) {
            said("Undone: " + what + ".");
        }
    }

    void redo() {
        String what = history.redoDescription().orElse("");
        if (history.redo()) {
            said("Redone: " + what + ".");
        }
    }

    /** Starts over from a mapping (a project loaded, a saved mapping carried onto new data): nothing to undo. */
    void reset(Mapping start, PreviewProfile preview) {
        history.reset(start, preview == null ? NO_PREVIEW : preview);
        said("");
    }

    /** Later edits judge types against this preview; the history stays. */
    void usePreview(PreviewProfile preview) {
        history.usePreview(preview == null ? NO_PREVIEW : preview);
    }

    Mapping current() {
        return history.current();
    }

    ReadOnlyObjectProperty<Mapping> mapping() {
        return mapping.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Assign amount to Features", for the button's tooltip. */
    ReadOnlyStringProperty undoText() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoText() {
        return redoText.getReadOnlyProperty();
    }

    /** What the last edit, undo or redo did; empty when there is nothing to say. */
    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Why the last edit was not done (for some or all of its columns); null when it went through. */
    ReadOnlyObjectProperty<Banner> refusal() {
        return refusal.getReadOnlyProperty();
    }

    private void said(String text) {
        status.set(text);
        refusal.set(null);
        refreshUndo();
    }

    private void refreshUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + d + " (Ctrl+Z)").orElse("Nothing to undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d + " (Ctrl+Shift+Z)").orElse("Nothing to redo"));
    }
}

package dev.athenawizard.ui.steps.mapping;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Undo and redo keys for the whole window while the Mapping step shows: Shortcut+Z, Shortcut+Shift+Z and Shortcut+Y
 * (none of them is the shell's). In a text field (the filter, a field being renamed) they undo typing instead.
 */
final class UndoKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Runnable undo;
    private final Runnable redo;
    private Scene scene;
    private Node waitingFor;
    private final ChangeListener<Scene> attach;

    UndoKeys(Runnable undo, Runnable redo) {
        this.undo = undo;
        this.redo = redo;
        this.attach = (o, was, now) -> {
            if (now != null) {
                remove();
                put(now);
            }
        };
    }

    /** Adds the keys to the scene that shows {@code page} (now, or once it is shown). */
    void install(Node page) {
        remove();
        if (page.getScene() != null) {
            put(page.getScene());
        } else {
            waitingFor = page;
            page.sceneProperty().addListener(attach);
        }
    }

    void remove() {
        if (waitingFor != null) {
            waitingFor.sceneProperty().removeListener(attach);
            waitingFor = null;
        }
        if (scene != null) {
            Map<KeyCombination, Runnable> keys = scene.getAccelerators();
            keys.remove(UNDO);
            keys.remove(REDO);
            keys.remove(REDO_Y);
            scene = null;
        }
    }

    private void put(Scene target) {
        scene = target;
        target.getAccelerators().put(UNDO, () -> inTextOr(TextInputControl::undo, undo));
        target.getAccelerators().put(REDO, () -> inTextOr(TextInputControl::redo, redo));
        target.getAccelerators().put(REDO_Y, () -> inTextOr(TextInputControl::redo, redo));
    }

    private void inTextOr(java.util.function.Consumer<TextInputControl> text, Runnable mapping) {
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl field) {
            text.accept(field);
        } else {
            mapping.run();
        }
    }
}

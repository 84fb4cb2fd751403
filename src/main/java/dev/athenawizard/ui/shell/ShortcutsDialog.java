package dev.athenawizard.ui.shell;

import dev.athenawizard.ui.theme.Theme;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts: a window beside the wizard (not modal, so the keys can be tried while it is open). */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static Dialog<Void> create(Window owner, List<KeyboardShortcuts.Section> sections) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 12, 12, 4));
        ColumnConstraints keys = new ColumnConstraints(160, 250, 280); // long key lists wrap
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        actions.setMinWidth(200);
        grid.getColumnConstraints().setAll(keys, actions);
        int row = 0;
        for (KeyboardShortcuts.Section section : sections) {
            Label title = new Label(section.title());
            title.getStyleClass().add("section-title");
            GridPane.setMargin(title, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(title, 0, row++, 2, 1);
            for (KeyboardShortcuts.Shortcut shortcut : section.shortcuts()) {
                Label key = wrapping(shortcut.keys());
                key.getStyleClass().add("shortcut-keys");
                Label action = wrapping(shortcut.action());
                action.getStyleClass().add("shortcut-action");
                GridPane.setValignment(key, VPos.TOP);
                GridPane.setValignment(action, VPos.TOP);
                grid.addRow(row++, key, action);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts-page");

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(640, 560);
        Theme.dress(dialog, owner);
        return dialog;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

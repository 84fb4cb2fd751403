package dev.athenawizard.ui.steps.query;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The real dialogs: a JavaFX confirmation owned by the wizard window, whose default button is Cancel. */
public final class FxQueryDialogs implements QueryDialogs {
    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to; asked when it opens (the steps are built before the window) */
    public FxQueryDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmRun(Confirmation confirmation) {
        ButtonType run = new ButtonType(confirmation.runLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", run, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(confirmation.title());
        alert.setHeaderText(confirmation.title());
        Label message = new Label(confirmation.message());
        message.setWrapText(true);
        TextArea sql = new TextArea(confirmation.sql());
        sql.setEditable(false);
        sql.setWrapText(true);
        sql.setPrefRowCount(Math.min(8, (int) confirmation.sql().lines().count() + 1));
        alert.getDialogPane().setContent(new VBox(8, message, sql));
        alert.getDialogPane().setPrefWidth(560);
        // Enter must not run a write: Cancel is the default button.
        ((Button) alert.getDialogPane().lookupButton(run)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(cancel) == run;
    }
}

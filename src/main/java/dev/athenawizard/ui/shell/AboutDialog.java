package dev.athenawizard.ui.shell;

import dev.athenawizard.ui.theme.Theme;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help → About: the version, Java and JavaFX, and where the program keeps its files, with a button to copy it all. */
final class AboutDialog {
    private static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private AboutDialog() {
    }

    static Dialog<Void> create(Window owner, AboutFacts facts, Image icon) {
        GridPane grid = new GridPane();
        grid.setId("about");
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(260);
        grid.getColumnConstraints().setAll(names, values);
        int row = 0;
        row = add(grid, row, "Version", "about-version", facts.version());
        row = add(grid, row, "Java", "about-java", facts.java());
        row = add(grid, row, "JavaFX", "about-javafx", facts.javafx());
        row = add(grid, row, "System", "about-system", facts.system());
        Label files = new Label("Where it keeps its files");
        files.getStyleClass().add("section-title");
        GridPane.setMargin(files, new Insets(8, 0, 0, 0));
        grid.add(files, 0, row++, 2, 1);
        int n = 0;
        for (AboutFacts.Place place : facts.places()) {
            row = add(grid, row, place.what(), "about-place-" + n++, place.where().toString());
        }
        Label secrets = new Label("Secret keys and tokens are never written to any of these.");
        secrets.getStyleClass().add("muted");
        secrets.setWrapText(true);
        secrets.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(secrets, 0, row, 2, 1);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("About " + facts.product());
        dialog.setHeaderText(facts.product() + " " + facts.version());
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(64);
            view.setFitHeight(64);
            view.setPreserveRatio(true);
            dialog.setGraphic(view);
        }
        dialog.getDialogPane().setId("about-dialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        dialog.getDialogPane().setPrefWidth(640);
        Button copy = (Button) dialog.getDialogPane().lookupButton(COPY);
        copy.setId("about-copy");
        copy.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(facts.asText());
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // copying does not close the box
        });
        Theme.dress(dialog, owner);
        return dialog;
    }

    private static int add(GridPane grid, int row, String name, String id, String value) {
        Label label = new Label(name);
        Label shown = new Label(value);
        shown.setId(id);
        shown.setWrapText(true);
        shown.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row, label, shown);
        return row + 1;
    }
}

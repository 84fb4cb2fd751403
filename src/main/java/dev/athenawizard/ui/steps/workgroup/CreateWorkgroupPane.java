package dev.athenawizard.ui.steps.workgroup;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.ui.controls.Busy;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Create workgroup for Aporia" form, shown above the table while it is open. Binds to the form's model. */
final class CreateWorkgroupPane extends VBox {

    CreateWorkgroupPane(CreateWorkgroupForm form, WorkgroupView.Actions actions) {
        super(8);
        setId("create-pane");
        getStyleClass().add("create-pane");
        Label title = new Label("Create a workgroup for Aporia");
        title.getStyleClass().add("section-title");

        TextField name = field("new-workgroup-name", "aporia-monitoring");
        name.textProperty().bindBidirectional(form.name);
        TextField location = field("new-workgroup-location", "s3://your-bucket/athena-results/aporia/");
        location.textProperty().bindBidirectional(form.location);
        TextField description = field("new-workgroup-description", "");
        description.textProperty().bindBidirectional(form.description);
        Label advice = muted("");
        advice.setId("new-workgroup-advice");
        advice.textProperty().bind(form.advice);

        Button create = new Button("Create");
        create.setId("create-workgroup");
        create.setDefaultButton(false);
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> actions.create().run());
        create.disableProperty().bind(form.creating);
        Button close = new Button("Close");
        close.setId("close-create");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> form.close());
        Label message = muted("");
        message.setId("create-message");
        message.textProperty().bind(form.message);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(10, create, close, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Busy creating = new Busy("create-busy", form.creating,
                new SimpleStringProperty("Creating the workgroup in Athena…"), form::cancel);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels keep their words, whatever the window's width
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("S3 results location"), location);
        grid.add(advice, 1, 2);
        grid.addRow(3, new Label("Description"), description);
        getChildren().addAll(title, grid, buttons, creating);
        visibleProperty().bind(form.shown);
        managedProperty().bind(form.shown);
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}

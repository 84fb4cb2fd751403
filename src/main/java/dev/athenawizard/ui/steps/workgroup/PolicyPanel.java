package dev.athenawizard.ui.steps.workgroup;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.ui.controls.Busy;
import dev.athenawizard.ui.controls.Labels;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Access & IAM policy" tab: the databases Aporia may read, and the generated policy. Binds to its model. */
final class PolicyPanel extends Tab {

    PolicyPanel(PolicyPanelModel model, WorkgroupView.Actions actions) {
        super("Access & IAM policy");
        setId("policy-tab");
        HBox content = new HBox(14, databases(model), policy(model, actions));
        content.setPadding(new Insets(10));
        setContent(content);
    }

    private static VBox databases(PolicyPanelModel model) {
        ListView<String> databases = new ListView<>(model.databases);
        databases.setId("databases");
        databases.setCellFactory(CheckBoxListCell.forListView(name -> {
            SimpleBooleanProperty chosen = new SimpleBooleanProperty(model.chosenDatabases.contains(name));
            chosen.addListener((o, was, now) -> model.toggle(name, now));
            return chosen;
        }));
        model.chosenDatabases.addListener((ListChangeListener<String>) c -> databases.refresh());
        VBox.setVgrow(databases, Priority.ALWAYS);
        databases.setMinHeight(90);
        Label heading = new Label("Databases Aporia may read");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Busy listing = new Busy("databases-busy", model.databaseListing.running(),
                new SimpleStringProperty(PolicyPanelModel.LISTING_DATABASES), model.databaseListing::cancel);
        VBox left = new VBox(6, heading, listing, databases, Labels.muted("databases-note", model.databasesNote),
                Labels.muted("data-buckets", model.bucketsText));
        left.setMinWidth(210);
        left.setPrefWidth(230);
        left.setMaxWidth(260);
        return left;
    }

    private static VBox policy(PolicyPanelModel model, WorkgroupView.Actions actions) {
        TextArea policy = new TextArea();
        policy.setId("policy");
        policy.setEditable(false);
        policy.getStyleClass().add("policy-text");
        policy.textProperty().bind(model.policyJson);
        policy.setMinHeight(80);
        VBox.setVgrow(policy, Priority.ALWAYS);
        Label missing = Labels.banner("warn", "policy-missing", "");
        missing.textProperty().bind(model.missing);
        missing.visibleProperty().bind(missing.textProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        Button copy = new Button("Copy");
        copy.setId("copy-policy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.disableProperty().bind(model.policyJson.isEmpty());
        copy.setOnAction(e -> actions.copyPolicy().run());
        Button save = new Button("Save…");
        save.setId("save-policy");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.policyJson.isEmpty());
        save.setOnAction(e -> actions.savePolicy().run());
        Label message = Labels.muted("policy-message", model.message);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, copy, save, message);
        Busy resolving = new Busy("policy-busy", model.resolution.running(),
                new SimpleStringProperty(PolicyPanelModel.RESOLVING), model.resolution::cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label header = muted("The least-privilege policy for Aporia's data-source user, filled in from what you "
                + "picked: region, account, workgroup, result bucket, databases and their data buckets.");
        header.setId("policy-header");
        VBox right = new VBox(6, header, missing, resolving, policy, buttons,
                Labels.muted("policy-notes", model.notes));
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(260);
        return right;
    }
}

package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.ui.controls.Labels;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "What changed" tab: the saved project's columns against the new preview's, and the next version name. */
final class ChangesPanel extends Tab {

    ChangesPanel(ChangesPanelModel model) {
        super("What changed");
        setId("changes-tab");
        Label heading = new Label();
        heading.setId("changes-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(model.heading);
        VBox lines = new VBox(2);
        lines.setId("changes");
        Runnable show = () -> lines.getChildren().setAll(model.lines.stream().map(l -> {
            Label line = Labels.muted("•  " + l);
            line.getStyleClass().add("change-line");
            return line;
        }).toList());
        model.lines.addListener((ListChangeListener<String>) c -> show.run());
        show.run();
        Label version = new Label();
        version.setId("version-proposal");
        version.setWrapText(true);
        version.setMinHeight(Region.USE_PREF_SIZE);
        version.textProperty().bind(model.versionText);
        HBox.setHgrow(version, Priority.ALWAYS);
        version.setMaxWidth(Double.MAX_VALUE);
        Button use = new Button();
        use.setId("use-version");
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.textProperty().bind(Bindings.concat("Use ", model.proposedVersion));
        use.visibleProperty().bind(model.canUseVersion);
        use.managedProperty().bind(use.visibleProperty());
        use.setOnAction(e -> model.useProposedVersion());
        HBox versionRow = new HBox(8, version, use);
        versionRow.setAlignment(Pos.CENTER_LEFT);
        versionRow.visibleProperty().bind(model.proposedVersion.isNotEmpty());
        versionRow.managedProperty().bind(versionRow.visibleProperty());
        VBox content = new VBox(8, heading, lines, versionRow);
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("mapping-scroll");
        setContent(scroll);
    }
}

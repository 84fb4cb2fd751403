package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.theme.Spinner;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Aporia's access" tab: whether the key Aporia will use can run the query on screen, and what it is missing,
 * each with the policy statement that grants it. Binds to its model.
 */
final class AporiaAccessPane extends Tab {

    AporiaAccessPane(AporiaAccessModel model, Runnable check) {
        setId("access-tab");
        textProperty().bind(model.title);
        Button run = new Button("Check Aporia's access");
        run.setId("check-access");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.disableProperty().bind(model.canRun.not());
        run.setOnAction(e -> check.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-access");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.run.running());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Spinner spinner = new Spinner(16, model.run.running());
        spinner.visibleProperty().bind(model.run.running());
        Label progress = Labels.muted("access-progress", model.progress);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox bar = new HBox(8, run, cancel, spinner, progress);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<PermissionCheck> lines = new ListView<>(model.checks);
        lines.setId("access-checks");
        lines.setCellFactory(list -> new Line());
        Label empty = new Label("Each permission the query needs appears here, granted or missing.");
        empty.setWrapText(true);
        lines.setPlaceholder(empty);
        lines.setMinHeight(80);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox content = new VBox(6, Labels.muted("access-explanation", model.explanation), bar,
                Labels.muted("access-outdated", model.outdatedNote), Labels.banner("access-verdict", model.verdict),
                lines);
        content.setPadding(new Insets(6, 0, 0, 0));
        setContent(content);
    }

    /** "✗ s3:GetObject arn:aws:s3:::bucket/data/*", and for a missing one the statement to add. */
    private static final class Line extends ListCell<PermissionCheck> {
        Line() {
            setPrefWidth(0); // follow the list's width: long lines wrap instead of widening it
        }

        @Override
        protected void updateItem(PermissionCheck check, boolean empty) {
            super.updateItem(check, empty);
            getStyleClass().removeAll("granted", "missing", "not-checkable");
            setText(null);
            if (empty || check == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(switch (check.status()) {
                case GRANTED -> "granted";
                case MISSING -> "missing";
                case NOT_CHECKABLE -> "not-checkable";
            });
            String mark = check.status() == CheckStatus.GRANTED ? "✓" : check.status() == CheckStatus.MISSING
                    ? "✗" : "–";
            VBox box = new VBox(2, wrapped(mark + "  " + check.action() + "   " + check.resource(), "access-line"));
            if (!check.detail().isEmpty()) {
                box.getChildren().add(Labels.muted(check.detail()));
            }
            if (check.status() == CheckStatus.MISSING) {
                check.statement().ifPresent(s -> box.getChildren().add(wrapped("Add statement \"" + s.sid()
                        + "\":\n" + s.toJson(), "access-statement")));
            }
            setGraphic(box);
            setAccessibleText(check.status() + " " + check.action() + " " + check.resource());
        }

        private static Label wrapped(String text, String styleClass) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add(styleClass);
            return label;
        }
    }
}

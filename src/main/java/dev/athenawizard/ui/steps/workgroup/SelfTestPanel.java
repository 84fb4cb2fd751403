package dev.athenawizard.ui.steps.workgroup;

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
 * The "Permission self-test" tab: who it runs as, Run and Cancel, how it went, and the checklist (what is missing
 * first, each with the statement that grants it). Binds to its model.
 */
final class SelfTestPanel extends Tab {

    SelfTestPanel(SelfTestPanelModel model, WorkgroupView.Actions actions) {
        super("Permission self-test");
        setId("self-test-tab");
        Button run = new Button("Run self-test");
        run.setId("run-self-test");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.disableProperty().bind(model.canRun.not());
        run.setOnAction(e -> actions.runSelfTest().run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-self-test");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.run.running());
        cancel.setOnAction(e -> actions.cancelSelfTest().run());
        Spinner spinner = new Spinner(16, model.run.running());
        spinner.visibleProperty().bind(model.run.running());
        Label progress = Labels.muted("self-test-progress", model.progress);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, run, cancel, spinner, progress);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<PermissionCheck> checklist = new ListView<>(model.checks);
        checklist.setId("checklist");
        checklist.setCellFactory(list -> new CheckCell());
        Label placeholder = new Label("Run the self-test to see each permission granted or missing.");
        placeholder.setWrapText(true);
        checklist.setPlaceholder(placeholder);
        checklist.setMinHeight(90);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        VBox content = new VBox(8, Labels.muted("self-test-identity", model.who), bar,
                Labels.muted("self-test-outdated", model.outdatedNote),
                Labels.banner("self-test-summary", model.summary), checklist);
        content.setPadding(new Insets(10));
        setContent(content);
    }

    /** One permission: a mark, the action and resource, and for a missing one the statement that grants it. */
    private static final class CheckCell extends ListCell<PermissionCheck> {
        CheckCell() {
            setPrefWidth(0); // follow the list's width, so long details wrap instead of widening the cell
        }

        @Override
        protected void updateItem(PermissionCheck check, boolean empty) {
            super.updateItem(check, empty);
            getStyleClass().removeAll("granted", "missing", "not-checkable");
            if (empty || check == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String mark = switch (check.status()) {
                case GRANTED -> "✓";
                case MISSING -> "✗";
                case NOT_CHECKABLE -> "–";
            };
            getStyleClass().add(switch (check.status()) {
                case GRANTED -> "granted";
                case MISSING -> "missing";
                case NOT_CHECKABLE -> "not-checkable";
            });
            Label head = wrapping(new Label(mark + "  " + check.action() + "   " + check.resource()));
            head.getStyleClass().add("check-head");
            VBox box = new VBox(2, head);
            if (!check.detail().isEmpty()) {
                box.getChildren().add(Labels.muted((check.status() == CheckStatus.NOT_CHECKABLE
                        ? "Not checkable: " : "") + check.detail()));
            }
            if (check.status() == CheckStatus.MISSING) {
                check.statement().ifPresent(s -> {
                    Label grant = wrapping(new Label("Add statement \"" + s.sid() + "\":\n" + s.toJson()));
                    grant.getStyleClass().add("statement");
                    box.getChildren().add(grant);
                });
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(check.status() + " " + check.action() + " " + check.resource());
        }

        private static Label wrapping(Label label) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }
}

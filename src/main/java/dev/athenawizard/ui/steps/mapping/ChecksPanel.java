package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.check.Check;
import dev.athenawizard.ui.controls.Labels;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Checks" tab: how the checks went on the preview rows, and each finding with its column and example rows
 * (clicking one shows its field). Binds to its model.
 */
final class ChecksPanel extends Tab {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    ChecksPanel(ChecksPanelModel model, Consumer<String> reveal) {
        super("Checks");
        setId("checks-tab");
        textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = model.checks.stream().filter(c -> c.severity()
                    == dev.athenawizard.core.mapping.check.Severity.ERROR).count();
            return errors == 0 ? "Checks" : "Checks (" + errors + " to fix)";
        }, model.checks));
        ListView<Check> list = new ListView<>(model.checks);
        list.setId("checks");
        list.setCellFactory(l -> new CheckCell());
        Label placeholder = new Label("No findings yet.");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setMinHeight(40);
        model.stale.addListener((o, was, now) -> list.pseudoClassStateChanged(STALE, now));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, check) -> {
            if (check != null && !check.column().isEmpty()) {
                reveal.accept(check.column());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(6, Labels.banner("checks-summary", model.summary),
                Labels.muted("checks-progress", model.progress), list);
        content.setPadding(new Insets(8));
        setContent(content);
    }

    /** One finding: its mark and message, and the rows that show it. */
    private static final class CheckCell extends ListCell<Check> {
        CheckCell() {
            setPrefWidth(0); // follow the list's width, so the text wraps instead of widening the cell
        }

        @Override
        protected void updateItem(Check check, boolean empty) {
            super.updateItem(check, empty);
            getStyleClass().removeAll("error", "warning", "info", "ok");
            setText(null);
            if (empty || check == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(check.severity().name().toLowerCase(Locale.ROOT));
            Label text = new Label(ChecksPanelModel.describe(check));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("check-text");
            setGraphic(text);
            setAccessibleText(check.severity() + ": " + check.message());
        }
    }
}

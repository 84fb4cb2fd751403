package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.ui.controls.Labels;
import javafx.beans.binding.Bindings;
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
 * The "Suggestions" tab: each proposal with its reason, to accept or reject one by one or all at once; the model type
 * proposal on its own line. Binds to its model.
 */
final class SuggestionsPanel extends Tab {

    SuggestionsPanel(SuggestionsPanelModel model) {
        super("Suggestions");
        setId("suggestions-tab");
        textProperty().bind(Bindings.createStringBinding(() -> model.pending.isEmpty() ? "Suggestions"
                : "Suggestions (" + model.pending.size() + ")", model.pending));
        Label heading = new Label();
        heading.setId("suggestions-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(model.heading);
        Button acceptAll = button("accept-all", "Accept all", model::acceptAll);
        Button rejectAll = button("reject-all", "Reject all", model::rejectAll);
        acceptAll.disableProperty().bind(model.anythingPending.not());
        rejectAll.disableProperty().bind(model.anythingPending.not());
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, heading, acceptAll, rejectAll);
        top.setAlignment(Pos.CENTER_LEFT);

        Label modelType = new Label();
        modelType.setId("model-type-suggestion");
        modelType.setWrapText(true);
        modelType.setMinHeight(Region.USE_PREF_SIZE);
        modelType.textProperty().bind(Bindings.createStringBinding(() -> model.pendingModelType.get()
                .map(t -> "Model type → " + t.type().wireName() + ": " + t.reason()).orElse(""),
                model.pendingModelType));
        HBox.setHgrow(modelType, Priority.ALWAYS);
        modelType.setMaxWidth(Double.MAX_VALUE);
        HBox typeRow = new HBox(8, modelType, button("accept-model-type", "Accept", model::acceptModelType),
                button("reject-model-type", "Reject", model::rejectModelType));
        typeRow.setAlignment(Pos.CENTER_LEFT);
        typeRow.getStyleClass().add("suggestion-row");
        typeRow.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.pendingModelType.get().isPresent(),
                model.pendingModelType));
        typeRow.managedProperty().bind(typeRow.visibleProperty());

        ListView<Suggestion> list = new ListView<>(model.pending);
        list.setId("suggestions");
        list.setCellFactory(l -> new SuggestionCell(model));
        Label placeholder = new Label("Nothing to decide.");
        list.setPlaceholder(placeholder);
        list.setMinHeight(40);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(6, top, typeRow, list);
        content.setPadding(new Insets(8));
        setContent(content);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** One proposal: what it would do, why, and Accept / Reject. */
    private static final class SuggestionCell extends ListCell<Suggestion> {
        private final SuggestionsPanelModel model;

        SuggestionCell(SuggestionsPanelModel model) {
            this.model = model;
            setPrefWidth(0); // follow the list's width, so the reason wraps instead of widening the cell
        }

        @Override
        protected void updateItem(Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(s.summary());
            what.getStyleClass().add("suggestion-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            Label why = Labels.muted(s.reason());
            VBox text = new VBox(1, what, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button accept = button("accept-" + s.column(), "Accept", () -> model.accept(s));
            Button reject = button("reject-" + s.column(), "Reject", () -> model.reject(s));
            HBox row = new HBox(8, text, accept, reject);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(s.summary() + ", because " + s.reason());
        }
    }
}

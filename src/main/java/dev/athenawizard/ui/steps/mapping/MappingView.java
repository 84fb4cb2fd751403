package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.ui.controls.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Mapping step's page: the toolbar (Suggest mapping, Undo, Redo, model type), the column cards on the left, the
 * drop zones on the right, and the checks, suggestions and what changed below. Binds to the models; decides nothing.
 */
final class MappingView extends BorderPane {
    private static final String NO_MODEL_TYPE = "not chosen";

    private final MappingModel model;
    private final TabPane tabs;
    private final SuggestionsPanel suggestionsTab;
    private final ChangesPanel changesTab;

    MappingView(MappingModel model) {
        this.model = model;
        getStyleClass().add("mapping-step");
        ColumnListPanel columns = new ColumnListPanel(model.columns, model.zones);
        ZonesPanel zones = new ZonesPanel(model.zones);
        columns.setMinWidth(220);
        zones.setMinWidth(300);
        SplitPane sides = new SplitPane(columns, zones);
        sides.setId("mapping-sides");
        sides.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(columns, false);

        suggestionsTab = new SuggestionsPanel(model.suggestions);
        changesTab = new ChangesPanel(model.changes);
        tabs = new TabPane(new ChecksPanel(model.checks, zones::reveal), suggestionsTab);
        tabs.setId("mapping-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(110);
        sides.setMinHeight(150);
        model.changes.shown.addListener((o, was, shown) -> {
            if (shown && !tabs.getTabs().contains(changesTab)) {
                tabs.getTabs().add(changesTab);
                tabs.getSelectionModel().select(changesTab);
            } else if (!shown) {
                tabs.getTabs().remove(changesTab);
            }
        });
        SplitPane page = new SplitPane(sides, tabs);
        page.setOrientation(Orientation.VERTICAL);
        page.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(tabs, false); // a taller window gives its height to the cards and zones
        page.setId("mapping-page");

        setTop(new VBox(6, toolbar(), status()));
        BorderPane.setMargin(page, new javafx.geometry.Insets(6, 0, 0, 0));
        setCenter(page);
    }

    private Node toolbar() {
        Button suggest = new Button("Suggest mapping");
        suggest.setId("suggest");
        suggest.setMinWidth(Region.USE_PREF_SIZE);
        suggest.disableProperty().bind(model.profile.isNull());
        suggest.setOnAction(e -> {
            model.suggest();
            tabs.getSelectionModel().select(suggestionsTab);
        });
        Button undo = new Button("↶ Undo");
        undo.setId("undo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.disableProperty().bind(model.editing.canUndo().not());
        undo.setOnAction(e -> model.editing.undo());
        undo.setTooltip(tooltip(model.editing.undoText()));
        Button redo = new Button("↷ Redo");
        redo.setId("redo");
        redo.setMinWidth(Region.USE_PREF_SIZE);
        redo.disableProperty().bind(model.editing.canRedo().not());
        redo.setOnAction(e -> model.editing.redo());
        redo.setTooltip(tooltip(model.editing.redoText()));

        Label typeLabel = new Label("Model type");
        typeLabel.setMinWidth(Region.USE_PREF_SIZE);
        List<String> types = new ArrayList<>(List.of(NO_MODEL_TYPE));
        for (ModelType t : ModelType.values()) {
            types.add(t.wireName());
        }
        ComboBox<String> modelType = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(types));
        modelType.setId("model-type");
        modelType.setMinWidth(Region.USE_PREF_SIZE);
        typeLabel.setLabelFor(modelType);
        Runnable showType = () -> modelType.setValue(model.editing.current().modelType().map(ModelType::wireName)
                .orElse(NO_MODEL_TYPE));
        model.editing.mapping().addListener(o -> showType.run()); // undo and redo move the choice too
        showType.run();
        modelType.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.chooseModelType(now.equals(NO_MODEL_TYPE) ? Optional.empty() : ModelType.fromWireName(now));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, suggest, undo, redo, spacer, typeLabel, modelType);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node status() {
        Label edited = Labels.muted("edit-status", model.editing.status());
        Label missing = Labels.muted("mapping-missing", model.missing);
        Label typeFit = Labels.muted("model-type-fit", model.modelTypeNote);
        return new VBox(4, Labels.banner("preview-state", model.previewState),
                Labels.banner("edit-refused", model.editing.refusal()), edited, missing, typeFit);
    }

    private static Tooltip tooltip(javafx.beans.value.ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }
}

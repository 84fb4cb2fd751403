package dev.athenawizard.ui.steps.register;

import dev.athenawizard.ui.controls.Labels;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Register step's page: what the earlier steps still need, then four tabs — Model, Data source, Datasets,
 * Register. Binds to the models and forwards clicks; decides nothing itself.
 */
final class RegisterView extends BorderPane {

    /** What the page's buttons do (the step runs them with its services). */
    record Actions(Consumer<ExtraDatasetModel> preview, Runnable newVersion, Runnable register, Runnable cancel,
            Runnable exportPython, Runnable exportJson) {
    }

    private final DataSourcePanel dataSource;
    private final RegisterPanel register;
    private final TabPane tabs;

    RegisterView(RegisterModel model, Actions actions) {
        getStyleClass().add("register-step");
        dataSource = new DataSourcePanel(model.dataSource);
        register = new RegisterPanel(model, actions);
        tabs = new TabPane(new ModelPanel(model.model, actions), dataSource,
                new DatasetsPanel(model.datasets, actions), register);
        tabs.setId("register-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox top = new VBox(Labels.banner("earlier-steps", model.earlierSteps));
        top.setPadding(new Insets(0, 8, 6, 0));
        setTop(top);
        setCenter(tabs);
    }

    /** Secrets go back to dots when the user leaves the step. */
    void maskSecrets() {
        dataSource.maskSecret();
        register.maskSecret();
    }

    void show(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** A tab of the page, titled "Model", or "Model (2 to fix)" while two of its fields need fixing. */
    static void titleWithIssues(Tab tab, String id, String title, ObservableValue<Integer> issues) {
        tab.setId(id);
        tab.setClosable(false);
        tab.textProperty().bind(Bindings.createStringBinding(() -> issues.getValue() == 0 ? title
                : title + " (" + issues.getValue() + " to fix)", issues));
    }
}

package dev.athenawizard.ui.shell;

import dev.athenawizard.ui.theme.Icons;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The wizard's frame: the step list on the left, the current step's page in the middle with the check's progress or
 * error under it, and Back / Next / Finish at the bottom. All behaviour lives in {@link ShellModel}.
 */
public final class ShellView extends BorderPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    /** Fast checks finish before this and never flash a progress bar. */
    static final Duration PROGRESS_DELAY = Duration.millis(150);

    private final ShellModel model;
    private final ListView<WizardStep> stepList = new ListView<>();
    private final StackPane content = new StackPane();
    private Label title;
    private Label summary;

    public ShellView(ShellModel model) {
        this.model = model;
        getStyleClass().add("wizard-shell");
        setLeft(buildStepList());
        setCenter(buildPage());
        setBottom(buildNavigation());
        model.currentIndexProperty().addListener((obs, was, now) -> showCurrent());
        showCurrent();
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.checkingProperty().get()) {
                model.cancelCheck();
                e.consume();
            }
        });
    }

    /** Keyboard shortcuts that need the scene: Alt+← / Alt+→ for Back / Next. */
    public void installAccelerators() {
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), model::next);
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), model::back);
    }

    private VBox buildStepList() {
        Label product = new Label("Athena Onboarding Wizard");
        product.getStyleClass().add("product-name");
        stepList.setId("step-list");
        stepList.getItems().setAll(model.steps());
        stepList.setCellFactory(list -> new StepCell());
        stepList.setFocusTraversable(true);
        stepList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                jumpToSelected();
                e.consume();
            }
        });
        stepList.setOnMouseClicked(e -> jumpToSelected());
        // Any change of a step's done state can lock or unlock later steps: redraw the list.
        for (WizardStep step : model.steps()) {
            step.done().addListener(o -> stepList.refresh());
            // a change listener, not an invalidation one: it sees every change, even of a binding nobody read since
            step.needsAttention().addListener((o, was, now) -> stepList.refresh());
        }
        model.checkingProperty().addListener(o -> stepList.refresh());
        VBox.setVgrow(stepList, Priority.ALWAYS);
        VBox side = new VBox(product, stepList);
        side.getStyleClass().add("step-sidebar");
        return side;
    }

    private void jumpToSelected() {
        int index = stepList.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            model.goTo(index);
        }
        stepList.getSelectionModel().select(model.currentIndexProperty().get());
    }

    private VBox buildPage() {
        Label title = new Label();
        title.setId("step-title");
        title.getStyleClass().add("step-title");
        Label summary = new Label();
        summary.setId("step-summary");
        summary.getStyleClass().add("step-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        this.title = title;
        this.summary = summary;

        content.setId("step-content");
        content.getStyleClass().add("step-content");
        VBox.setVgrow(content, Priority.ALWAYS);

        VBox page = new VBox(new VBox(title, summary), content, buildCheckBar(), buildErrorBanner());
        page.getStyleClass().add("step-page");
        return page;
    }

    private HBox buildCheckBar() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label message = new Label();
        message.setId("check-message");
        message.textProperty().bind(model.checkMessageProperty());
        Button cancel = new Button("Cancel", Icons.CROSS.node());
        cancel.setId("cancel-check");
        cancel.setOnAction(e -> model.cancelCheck());
        HBox bar = new HBox(8, spinner, message, cancel);
        bar.setId("check-bar");
        bar.getStyleClass().add("check-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        BooleanProperty delayed = new SimpleBooleanProperty(false);
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        delay.setOnFinished(e -> delayed.set(true));
        model.checkingProperty().addListener((o, was, now) -> {
            delayed.set(false);
            if (now) {
                delay.playFromStart();
            } else {
                delay.stop();
            }
        });
        bar.visibleProperty().bind(model.checkingProperty().and(delayed));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Label buildErrorBanner() {
        Label error = new Label();
        error.setId("check-error");
        error.getStyleClass().add("check-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.checkErrorProperty());
        error.visibleProperty().bind(model.checkErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private HBox buildNavigation() {
        Button back = new Button("_Back", Icons.ARROW_LEFT.node());
        back.setId("back");
        back.setMnemonicParsing(true);
        back.disableProperty().bind(model.canGoBackProperty().not());
        back.setOnAction(e -> model.back());

        Button next = new Button("_Next", Icons.ARROW_RIGHT.node());
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setId("next");
        next.setMnemonicParsing(true);
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoNextProperty().not());
        next.setOnAction(e -> model.next());
        next.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentIndexProperty().get() < model.steps().size() - 1, model.currentIndexProperty()));
        next.managedProperty().bind(next.visibleProperty());

        Button finish = new Button("F_inish", Icons.CHECK.node());
        finish.setId("finish");
        finish.setMnemonicParsing(true);
        finish.disableProperty().bind(model.canFinishProperty().not());
        finish.setOnAction(e -> model.finish());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, back, spacer, next, finish);
        nav.getStyleClass().add("navigation");
        nav.setAlignment(Pos.CENTER_RIGHT);
        return nav;
    }

    /** Page, header and list change together, so nobody sees one step's title over another's content. */
    private void showCurrent() {
        content.getChildren().setAll(model.currentStep().view());
        title.setText(model.currentStep().title());
        summary.setText(model.currentStep().summary());
        stepList.getSelectionModel().select(model.currentIndexProperty().get());
        stepList.refresh();
    }

    private final class StepCell extends ListCell<WizardStep> {
        @Override
        protected void updateItem(WizardStep step, boolean empty) {
            super.updateItem(step, empty);
            for (PseudoClass pc : new PseudoClass[] {CURRENT, DONE, ATTENTION, OPEN, LOCKED}) {
                pseudoClassStateChanged(pc, false);
            }
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int index = getIndex();
            StepStatus status = model.status(index);
            Label number = new Label(switch (status) {
                case DONE -> "✓";
                case ATTENTION -> "!";
                default -> Integer.toString(index + 1);
            });
            number.getStyleClass().add("step-number");
            Label name = new Label(step.title());
            name.getStyleClass().add("step-name");
            Label state = new Label(switch (status) {
                case CURRENT -> "current";
                case DONE -> "done";
                case ATTENTION -> "needs attention";
                case OPEN -> "to do";
                case LOCKED -> "not yet reachable";
            });
            state.getStyleClass().add("step-state");
            state.setGraphic(switch (status) {
                case CURRENT -> Icons.ARROW_RIGHT.node();
                case DONE -> Icons.CHECK.node();
                case ATTENTION -> Icons.WARNING.node();
                case OPEN -> Icons.CIRCLE.node();
                case LOCKED -> Icons.LOCK.node();
            });
            VBox text = new VBox(name, state);
            HBox row = new HBox(10, number, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setAccessibleText(step.title() + ", " + state.getText());
            pseudoClassStateChanged(switch (status) {
                case CURRENT -> CURRENT;
                case DONE -> DONE;
                case ATTENTION -> ATTENTION;
                case OPEN -> OPEN;
                case LOCKED -> LOCKED;
            }, true);
        }
    }
}

package dev.athenawizard.ui.shell;

import dev.athenawizard.ui.theme.Icons;
import dev.athenawizard.ui.theme.Spinner;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
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
    /**
     * A column of rows, not a ListView: five steps need no virtual flow, and its skin, scroll bars and seventeen
     * cells were the costliest part of the first frame's styling.
     */
    private final VBox stepList = new VBox();
    private final List<StepRow> stepRows = new ArrayList<>();
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
        stepList.getStyleClass().add("step-list");
        for (int i = 0; i < model.steps().size(); i++) {
            StepRow row = new StepRow(i);
            stepRows.add(row);
            stepList.getChildren().add(row);
        }
        // Any change of a step's done state can lock or unlock later steps: redraw the list.
        for (WizardStep step : model.steps()) {
            step.done().addListener(o -> refreshStepList());
            // a change listener, not an invalidation one: it sees every change, even of a binding nobody read since
            step.needsAttention().addListener((o, was, now) -> refreshStepList());
        }
        model.checkingProperty().addListener(o -> refreshStepList());
        VBox side = new VBox(product, stepList);
        side.getStyleClass().add("step-sidebar");
        return side;
    }

    private void refreshStepList() {
        stepRows.forEach(StepRow::update);
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
        Label message = new Label();
        message.setId("check-message");
        message.textProperty().bind(model.checkMessageProperty());
        Button cancel = new Button("Cancel", Icons.CROSS.node());
        cancel.setId("cancel-check");
        cancel.setOnAction(e -> model.cancelCheck());
        HBox bar = new HBox(8, message, cancel);
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
        bar.getChildren().add(0, new Spinner(18, bar.visibleProperty()));
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
        refreshStepList();
    }

    /**
     * One step in the list: its number (a tick once done), name and state. Click, Enter or Space goes there when the
     * step is reachable; Tab reaches the current step's row, and Up and Down move between the rows.
     */
    private final class StepRow extends HBox {
        private final int index;

        StepRow(int index) {
            super(10);
            this.index = index;
            getStyleClass().add("step-row");
            setAlignment(Pos.CENTER_LEFT);
            setAccessibleRole(AccessibleRole.BUTTON);
            setOnMouseClicked(e -> model.goTo(index));
            setOnKeyPressed(e -> {
                switch (e.getCode()) {
                    case ENTER, SPACE -> model.goTo(index);
                    case UP -> focusRow(index - 1);
                    case DOWN -> focusRow(index + 1);
                    default -> {
                        return;
                    }
                }
                e.consume();
            });
            update();
        }

        private void focusRow(int other) {
            if (other >= 0 && other < stepRows.size()) {
                stepRows.get(other).requestFocus();
            }
        }

        void update() {
            WizardStep step = model.steps().get(index);
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
            getChildren().setAll(number, new VBox(name, state));
            setFocusTraversable(status == StepStatus.CURRENT); // Tab stops once in the list, as it did in a ListView
            if (isFocused() && status != StepStatus.CURRENT) {
                // focus that landed here (Next turned disabled, say) follows the current step, not the one left
                stepRows.get(model.currentIndexProperty().get()).requestFocus();
            }
            setAccessibleText(step.title() + ", " + state.getText());
            for (PseudoClass pc : new PseudoClass[] {CURRENT, DONE, ATTENTION, OPEN, LOCKED}) {
                pseudoClassStateChanged(pc, false);
            }
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

package dev.athenawizard.ui.steps.register;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.core.aporia.client.StepState;
import dev.athenawizard.core.project.RegistrationSection.Target;
import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.controls.SecretField;
import dev.athenawizard.ui.theme.Spinner;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Register" tab: where it goes (Aporia's API or export only), everything that will be sent, then the calls one
 * by one with their outcome, Retry and Cancel, the exports, and what the sandbox's Aporia received. Binds to the
 * models.
 */
final class RegisterPanel extends Tab {
    private final SecretField token = new SecretField("aporia-token", "an API token from Aporia's settings");

    RegisterPanel(RegisterModel model, RegisterView.Actions actions) {
        super("Register");
        setId("register-tab");
        setClosable(false);
        setContent(Form.page("register-page", target(model.target), summary(model), calls(model, actions)));
    }

    void maskSecret() {
        token.setMaskedAgain();
    }

    private Node target(TargetForm form) {
        ToggleGroup group = new ToggleGroup();
        RadioButton api = new RadioButton("Register with Aporia's API");
        api.setId("target-api");
        RadioButton export = new RadioButton("Export only: a Python script or JSON to run yourself");
        export.setId("target-export");
        api.setToggleGroup(group);
        export.setToggleGroup(group);
        (form.target.get() == Target.APORIA_API ? api : export).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> form.target.set(now == api
                ? Target.APORIA_API : Target.EXPORT_ONLY));
        form.target.addListener((o, was, now) -> (now == Target.APORIA_API ? api : export).setSelected(true));
        HBox choice = new HBox(18, api, export);

        TextField host = Form.text("aporia-host", "https://app.aporia.com");
        host.textProperty().bindBidirectional(form.host);
        host.visibleProperty().bind(form.sandbox.not());
        host.managedProperty().bind(host.visibleProperty());
        Label sandboxHost = Labels.muted("sandbox-host", form.shownHost);
        sandboxHost.visibleProperty().bind(form.sandbox);
        sandboxHost.managedProperty().bind(form.sandbox);
        TextField environment = Form.text("aporia-environment", "production");
        environment.textProperty().bindBidirectional(form.environment);
        token.textProperty().bindBidirectional(form.token);
        CheckBox remember = new CheckBox("Remember in the keychain");
        remember.setId("remember-token");
        remember.selectedProperty().bindBidirectional(form.rememberToken);
        VBox tokenBox = new VBox(4, token, remember, Form.problem("aporia-token-problem", form.tokenProblem,
                token.input()));

        Form grid = new Form()
                .field("Host", new VBox(3, host, sandboxHost), Form.problem("aporia-host-problem", form.hostProblem,
                        host), Labels.muted("sandbox-note", form.sandboxNote))
                .field("Environment", environment, Labels.muted("environment-note", form.environmentNote))
                .field(form.sandbox.not(), "Token", tokenBox);
        grid.visibleProperty().bind(form.api);
        grid.managedProperty().bind(form.api);
        return new VBox(8, Form.heading("Where it goes"), choice, grid);
    }

    private static Node summary(RegisterModel model) {
        GridPane lines = new GridPane();
        lines.setId("register-summary");
        lines.setHgap(12);
        lines.setVgap(3);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        lines.getColumnConstraints().setAll(label, text);
        Runnable fill = () -> {
            lines.getChildren().clear();
            List<String[]> all = model.summary.get();
            for (int i = 0; i < all.size(); i++) {
                Label name = new Label(all.get(i)[0]);
                name.getStyleClass().add("summary-label");
                name.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label(all.get(i)[1]);
                value.setWrapText(true);
                value.setMinHeight(Region.USE_PREF_SIZE);
                lines.addRow(i, name, value);
            }
        };
        model.summary.addListener(o -> fill.run());
        fill.run();
        TextArea requests = Form.readOnly(Form.area("register-requests", "", 14), model.requests);
        requests.getStyleClass().add("sql-text");
        TitledPane details = new TitledPane("Every request, exactly as it is sent (secrets masked)", requests);
        details.setId("register-requests-pane");
        details.setExpanded(false);
        details.visibleProperty().bind(model.requests.isNotEmpty());
        details.managedProperty().bind(details.visibleProperty());
        return new VBox(8, Form.heading("What is sent"), Labels.banner("earlier-steps-summary", model.earlierSteps),
                lines, details);
    }

    private static Node calls(RegisterModel model, RegisterView.Actions actions) {
        RegistrationRunModel run = model.run;
        VBox rows = new VBox(4);
        rows.setId("register-calls");
        Runnable fill = () -> rows.getChildren().setAll(run.rows.stream().map(RegisterPanel::row).toList());
        run.rows.addListener((ListChangeListener<StepState>) c -> fill.run());
        fill.run();

        Button exportPython = new Button("Export Python…");
        exportPython.setId("export-python");
        exportPython.setMinWidth(Region.USE_PREF_SIZE);
        exportPython.disableProperty().bind(model.canExport.not());
        exportPython.setOnAction(e -> actions.exportPython().run());
        Button exportJson = new Button("Export JSON…");
        exportJson.setId("export-json");
        exportJson.setMinWidth(Region.USE_PREF_SIZE);
        exportJson.disableProperty().bind(model.canExport.not());
        exportJson.setOnAction(e -> actions.exportJson().run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-register");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(run.run.running());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> actions.cancel().run());
        Spinner spinner = new Spinner(18, run.run.running());
        spinner.visibleProperty().bind(run.run.running());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Button register = new Button();
        register.setId("register");
        register.textProperty().bind(run.registerLabel);
        register.setMinWidth(Region.USE_PREF_SIZE);
        register.getStyleClass().add("register-button");
        register.disableProperty().bind(run.canRegister.not());
        register.visibleProperty().bind(model.target.api);
        register.managedProperty().bind(register.visibleProperty());
        register.setOnAction(e -> actions.register().run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, exportPython, exportJson, spacer, spinner, cancel, register);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label blockers = Labels.muted("register-blockers", model.registerBlockers);
        blockers.visibleProperty().bind(model.target.api.and(model.registerBlockers.isNotEmpty()));
        Label exportBlockers = Labels.muted("export-blockers", model.exportBlockers);
        exportBlockers.visibleProperty().bind(model.target.api.not().and(model.exportBlockers.isNotEmpty()));
        exportBlockers.managedProperty().bind(exportBlockers.visibleProperty());
        blockers.managedProperty().bind(blockers.visibleProperty());
        Label heading = Form.heading("The calls");
        return new VBox(8, heading, muted("Model, then version, then each dataset. A call that fails is retried "
                + "when Aporia is busy (429, 5xx); after a failure, Retry continues from that call: nothing is "
                + "created twice."), rows, Labels.muted("register-outdated", run.outdatedNote),
                Labels.banner("register-outcome", run.outcome), received(run), blockers, exportBlockers, buttons,
                Labels.muted("export-message", run.exportMessage));
    }

    /** One call: a mark for its state, what it is, and what happened. */
    private static Node row(StepState state) {
        String mark = switch (state.status()) {
            case WAITING -> "○";
            case RUNNING -> "⟳";
            case RETRYING -> "⟳";
            case DONE -> "✓";
            case FAILED -> "✗";
        };
        Label head = new Label(mark + "  " + state.step().label());
        head.setMinWidth(Region.USE_PREF_SIZE);
        head.getStyleClass().add("call-label");
        String words = switch (state.status()) {
            case WAITING -> state.detail().isEmpty() ? "waiting" : state.detail();
            case RUNNING -> "sending…";
            default -> state.detail();
        };
        Label detail = new Label(words);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("call-detail");
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox row = new HBox(12, head, detail);
        row.getStyleClass().addAll("call", state.status().name().toLowerCase(Locale.ROOT));
        row.setId("call-" + state.step().label().replace(' ', '-'));
        return row;
    }

    private static Node received(RegistrationRunModel run) {
        TextArea json = Form.readOnly(Form.area("received-json", "", 14), run.receivedJson);
        json.getStyleClass().add("sql-text");
        TitledPane pane = new TitledPane("What the sandbox's Aporia received (GET /v1beta/sandbox/registrations)",
                json);
        pane.setId("received-pane");
        pane.setExpanded(false);
        VBox box = new VBox(6, Labels.muted("received-summary", run.receivedSummary), pane);
        box.visibleProperty().bind(run.receivedJson.isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}

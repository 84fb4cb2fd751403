package dev.athenawizard.ui.steps.connection;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.core.aws.credentials.AthenaRegion;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import dev.athenawizard.core.aws.credentials.AwsProfile;
import dev.athenawizard.core.aws.identity.ProblemField;
import dev.athenawizard.ui.controls.Busy;
import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.controls.SecretField;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Connection step's page. Binds to the model and forwards clicks; decides nothing itself. */
final class ConnectionView extends BorderPane {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ConnectionModel model;
    private final TextField accessKeyId = new TextField();
    private final SecretField secret = new SecretField("secret-access-key", "the 40-character secret");
    private final SecretField token = new SecretField("session-token", "only for temporary keys (ASIA…)");
    private final ComboBox<String> profile = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField endpoint = new TextField();
    private final SecretField dataSourceSecret = new SecretField("datasource-secret", "its secret access key");
    private final TextField dataSourceKeyId = new TextField();

    ConnectionView(ConnectionModel model, Runnable verify, Runnable cancel) {
        this.model = model;
        getStyleClass().add("connection-step");
        VBox page = new VBox(18, choiceSection(), detailsSection(), regionSection(), dataSourceSection());
        page.setPadding(new Insets(4, 12, 16, 4)); // room below the last line, descenders included
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("connection-form");
        setCenter(scroll);
        // The check and its outcome stay in sight whatever part of the form is scrolled into view.
        Node check = verifySection(verify, cancel);
        BorderPane.setMargin(check, new Insets(10, 0, 0, 0));
        setBottom(check);
        model.fieldsInError.addListener((o, was, now) -> markFields());
        markFields();
    }

    void maskSecrets() {
        secret.setMaskedAgain();
        token.setMaskedAgain();
        dataSourceSecret.setMaskedAgain();
    }

    private Node choiceSection() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (ConnectionChoice c : ConnectionChoice.values()) {
            RadioButton button = new RadioButton(c.label());
            button.setId("choice-" + c.name().toLowerCase().replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(c);
            button.getStyleClass().add("choice");
            Label explanation = muted(c.explanation());
            VBox.setMargin(explanation, new Insets(0, 0, 0, 24));
            choices.getChildren().addAll(button, explanation);
            if (model.choice.get() == c) {
                button.setSelected(true);
            }
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.choice.set((ConnectionChoice) now.getUserData());
            }
        });
        model.choice.addListener((o, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        return section("How should the wizard reach Athena?", choices);
    }

    private Node detailsSection() {
        VBox sandbox = new VBox(6, muted("The sandbox runs on this computer and answers like Athena, Glue and STS. "
                + "It has a demo database, aporia_demo, with 10,000 predictions of an insurance model (with a "
                + "768-value embedding and delayed actuals) and a training set. Nothing leaves your computer."));
        sandbox.setId("sandbox-details");

        accessKeyId.setId("access-key-id");
        accessKeyId.setPromptText("AKIA… or ASIA…");
        accessKeyId.textProperty().bindBidirectional(model.accessKeyId);
        secret.textProperty().bindBidirectional(model.secretAccessKey);
        token.textProperty().bindBidirectional(model.sessionToken);
        CheckBox remember = new CheckBox("Remember the secret in the OS keychain");
        remember.setId("remember-secret");
        remember.selectedProperty().bindBidirectional(model.rememberSecret);
        remember.disableProperty().bind(model.keychainAvailable.not());
        Label keychain = muted("");
        keychain.setId("keychain-status");
        keychain.textProperty().bind(Bindings.when(model.rememberOutcome.isEmpty())
                .then(model.keychainMessage).otherwise(model.rememberOutcome));
        GridPane keys = form();
        keys.addRow(0, new Label("Access key id"), accessKeyId);
        keys.addRow(1, new Label("Secret access key"), secret);
        keys.addRow(2, new Label("Session token"), token);
        keys.add(new VBox(4, remember, keychain), 1, 3);
        keys.add(muted("The secret is kept in memory (or the keychain, if you tick it), never in the project file."),
                1, 4);
        keys.setId("access-key-details");

        profile.setId("profile");
        profile.setEditable(false);
        profile.setMaxWidth(Double.MAX_VALUE);
        Bindings.bindContent(profile.getItems(), mapped());
        profile.valueProperty().bindBidirectional(model.profile);
        profile.setCellFactory(list -> new ProfileCell());
        Label profileNote = muted("");
        profileNote.textProperty().bind(model.profilesNote);
        GridPane profiles = form();
        profiles.addRow(0, new Label("Profile"), profile);
        profiles.add(profileNote, 1, 1);
        Label profileDetail = muted("");
        profileDetail.setId("profile-detail");
        profileDetail.textProperty().bind(model.profileDetail);
        profiles.add(profileDetail, 1, 2);
        profiles.setId("profile-details");

        Label found = muted("");
        found.setId("credentials-found");
        found.textProperty().bind(model.credentialsFound);
        VBox chain = new VBox(6, muted("The AWS SDK looks, in order, at environment variables, the default profile, "
                + "web identity, and container or instance roles."), found);
        chain.setId("default-chain-details");

        VBox holder = new VBox();
        Runnable show = () -> holder.getChildren().setAll(switch (model.choice.get()) {
            case SANDBOX -> sandbox;
            case ACCESS_KEY -> keys;
            case PROFILE -> profiles;
            case DEFAULT_CHAIN -> chain;
        });
        model.choice.addListener(o -> show.run());
        show.run();
        return section(model.credentialsHeading, holder);
    }

    private javafx.collections.ObservableList<String> mapped() {
        javafx.collections.ObservableList<String> names = javafx.collections.FXCollections.observableArrayList();
        Runnable copy = () -> names.setAll(model.profiles.stream().map(AwsProfile::name).toList());
        model.profiles.addListener((javafx.collections.ListChangeListener<AwsProfile>) c -> copy.run());
        copy.run();
        return names;
    }

    private Node regionSection() {
        region.setId("region");
        region.setEditable(true);
        region.getItems().setAll(AthenaRegions.all().stream().map(AthenaRegion::id).toList());
        region.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id;
            }

            @Override
            public String fromString(String text) {
                return text == null ? "" : text.strip();
            }
        });
        region.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null
                        : AthenaRegions.find(id).map(r -> id + "  —  " + r.displayName()).orElse(id));
            }
        });
        region.valueProperty().bindBidirectional(model.region);
        region.setPrefWidth(260);

        endpoint.setId("endpoint");
        endpoint.setPromptText("https://vpce-…athena.<region>.vpce.amazonaws.com");
        endpoint.textProperty().bindBidirectional(model.endpoint);
        GridPane advanced = form();
        advanced.addRow(0, new Label("Endpoint override"), endpoint);
        advanced.add(muted("For VPC interface endpoints or a proxy. Leave empty to use AWS's own endpoints."), 1, 1);
        TitledPane more = new TitledPane("Advanced", advanced);
        more.setId("advanced");
        more.setExpanded(!model.endpoint.get().isBlank());
        more.setAnimated(false);
        model.endpoint.addListener((o, was, now) -> {
            if (!now.isBlank()) {
                more.setExpanded(true);
            }
        });
        more.disableProperty().bind(model.choice.isEqualTo(ConnectionChoice.SANDBOX));

        GridPane grid = form();
        grid.addRow(0, new Label("Region"), region);
        grid.add(muted("Where your Athena catalog and data are. Athena runs in each of these regions."), 1, 1);
        return section("Region", new VBox(8, grid, more, Labels.muted("advanced-note", model.advancedNote)));
    }

    private Node verifySection(Runnable verify, Runnable cancel) {
        Button button = new Button("Verify");
        button.setId("verify");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.complete.not().or(model.verification.running()));
        button.setOnAction(e -> verify.run());
        Busy progress = new Busy("verifying", model.verification.running(), model.progress, cancel);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox row = new HBox(10, button, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("Check", new VBox(8, row, Labels.fieldError("form-problem", model.formProblem),
                Labels.banners("verification", model.outcome)));
    }

    private Node dataSourceSection() {
        ToggleGroup group = new ToggleGroup();
        RadioButton same = new RadioButton("Use the same access key");
        same.setId("datasource-same");
        same.setToggleGroup(group);
        RadioButton dedicated = new RadioButton("A dedicated access key for Aporia (recommended)");
        dedicated.setId("datasource-dedicated");
        dedicated.setToggleGroup(group);
        (model.dataSourceSameAsWizard.get() ? same : dedicated).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> model.dataSourceSameAsWizard.set(now == same));
        model.dataSourceSameAsWizard.addListener((o, was, now) -> (now ? same : dedicated).setSelected(true));
        same.disableProperty().bind(model.choice.isEqualTo(ConnectionChoice.PROFILE)
                .or(model.choice.isEqualTo(ConnectionChoice.DEFAULT_CHAIN)));

        dataSourceKeyId.setId("datasource-key-id");
        dataSourceKeyId.setPromptText("AKIA…");
        dataSourceKeyId.textProperty().bindBidirectional(model.dataSourceKeyId);
        dataSourceSecret.textProperty().bindBidirectional(model.dataSourceSecret);
        GridPane keys = form();
        keys.addRow(0, new Label("Access key id"), dataSourceKeyId);
        keys.addRow(1, new Label("Secret access key"), dataSourceSecret);
        keys.disableProperty().bind(Bindings.createBooleanBinding(() -> model.form.get().usesWizardKeyForAporia(),
                model.form));
        keys.visibleProperty().bind(dedicated.selectedProperty());
        keys.managedProperty().bind(keys.visibleProperty());

        Label note = Labels.muted("datasource-note", model.dataSourceNote);
        return section("The key Aporia's data source will use", new VBox(8, note, same, dedicated, keys,
                Labels.fieldError("datasource-problem", model.dataSourceProblem)));
    }

    /** Marks the fields the model says are in error. */
    private void markFields() {
        Set<ProblemField> marked = model.fieldsInError.get();
        mark(accessKeyId, ProblemField.ACCESS_KEY_ID, marked);
        mark(secret.input(), ProblemField.SECRET_ACCESS_KEY, marked);
        mark(token.input(), ProblemField.SESSION_TOKEN, marked);
        mark(profile, ProblemField.PROFILE, marked);
        mark(region, ProblemField.REGION, marked);
        mark(endpoint, ProblemField.ENDPOINT, marked);
    }

    private static void mark(Control control, ProblemField field, Set<ProblemField> marked) {
        control.pseudoClassStateChanged(ERROR, marked.contains(field));
    }

    private static Node section(ObservableValue<String> title, Node content) {
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add("section-title");
        return new VBox(8, heading, content);
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        return new VBox(8, heading, content);
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(150);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }



    private final class ProfileCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                return;
            }
            setText(model.profileLabel(name));
        }
    }
}

package dev.athenawizard.ui.steps.workgroup;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.FileChooser;

/** The Workgroup step's page: the workgroup table, "create one", the IAM policy and the self-test. */
final class WorkgroupView extends VBox {
    private static final PseudoClass RECOMMENDED = PseudoClass.getPseudoClass("recommended");
    private static final PseudoClass NO_OUTPUT = PseudoClass.getPseudoClass("no-output");
    private static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");

    /** What the page's buttons do. */
    record Actions(Runnable reload, Runnable create, Runnable runSelfTest, Runnable cancelSelfTest,
            Consumer<Path> savePolicy) {
    }

    private final WorkgroupModel model;
    private final Actions actions;

    WorkgroupView(WorkgroupModel model, Actions actions) {
        super(10);
        this.model = model;
        this.actions = actions;
        getStyleClass().add("workgroup-step");
        TabPane tabs = new TabPane(policyTab(), selfTestTab());
        tabs.setId("workgroup-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(300);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(toolbar(), createPane(), table(), blocker(), tabs);
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("workgroup-search");
        search.setPromptText("Search workgroups");
        search.textProperty().bindBidirectional(model.search);
        search.setPrefWidth(260);
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-workgroups");
        refresh.setOnAction(e -> actions.reload().run());
        refresh.disableProperty().bind(model.loading.or(model.connection.isNull()));
        ToggleButton create = new ToggleButton("Create workgroup for Aporia…");
        create.setId("show-create");
        create.selectedProperty().bindBidirectional(showCreate);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.loading);
        Label error = new Label();
        error.setId("workgroups-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.loadError);
        error.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, search, refresh, spinner, error, spacer, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private final SimpleBooleanProperty showCreate = new SimpleBooleanProperty(false);

    private Node createPane() {
        TextField name = new TextField();
        name.setId("new-workgroup-name");
        name.textProperty().bindBidirectional(model.newName);
        TextField location = new TextField();
        location.setId("new-workgroup-location");
        location.setPromptText("s3://your-bucket/athena-results/aporia/");
        location.textProperty().bindBidirectional(model.newLocation);
        TextField description = new TextField();
        description.setId("new-workgroup-description");
        description.textProperty().bindBidirectional(model.newDescription);
        Label advice = muted("");
        advice.textProperty().bind(Bindings.createStringBinding(() -> model.connection.get() == null ? ""
                : "Aporia's guide recommends a results bucket in the same region as the catalog Athena uses: "
                        + model.connection.get().region() + ". Athena writes every query's results there.",
                model.connection));
        Button create = new Button("Create");
        create.setId("create-workgroup");
        create.setOnAction(e -> actions.create().run());
        create.disableProperty().bind(model.creating.or(model.connection.isNull()));
        Label message = new Label();
        message.setId("create-message");
        message.setWrapText(true);
        message.textProperty().bind(model.createMessage);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("S3 results location"), location);
        grid.add(advice, 1, 2);
        grid.addRow(3, new Label("Description"), description);
        grid.add(new HBox(10, create, message), 1, 4);
        GridPane.setHgrow(location, Priority.ALWAYS);
        VBox pane = new VBox(grid);
        pane.setId("create-pane");
        pane.getStyleClass().add("create-pane");
        pane.visibleProperty().bind(showCreate);
        pane.managedProperty().bind(showCreate);
        return pane;
    }

    private Node table() {
        TableView<WorkgroupRow> table = new TableView<>(model.visibleRows);
        table.setId("workgroups");
        table.setPlaceholder(new Label("No workgroups yet: verify the connection in the previous step."));
        table.getColumns().setAll(List.of(
                column("Name", WorkgroupRow::name, 170),
                column("State", WorkgroupRow::state, 80),
                column("Engine", WorkgroupRow::engine, 170),
                column("Output location", WorkgroupRow::outputLocation, 300),
                column("Enforced", WorkgroupRow::enforced, 80),
                column("Scan limit", WorkgroupRow::cutoff, 100)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WorkgroupRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean present = !empty && row != null;
                pseudoClassStateChanged(RECOMMENDED, present && row.name().equals(model.recommended.get()));
                pseudoClassStateChanged(NO_OUTPUT, present && row.lacksOutputLocation());
                pseudoClassStateChanged(UNREADABLE, present && row.info().isEmpty());
                setTooltip(present && !row.problem().isEmpty() ? new javafx.scene.control.Tooltip(row.problem())
                        : null);
            }
        });
        model.recommended.addListener(o -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                model.selectedName.set(row.name());
            }
        });
        Runnable select = () -> model.visibleRows.stream().filter(r -> r.name().equals(model.selectedName.get()))
                .findFirst().ifPresent(r -> table.getSelectionModel().select(r));
        model.selectedName.addListener(o -> select.run());
        model.visibleRows.addListener((javafx.collections.ListChangeListener<WorkgroupRow>) c -> select.run());
        table.setPrefHeight(150);
        table.setMinHeight(110);
        return table;
    }

    private static TableColumn<WorkgroupRow, String> column(String title, Function<WorkgroupRow, String> value,
            double width) {
        TableColumn<WorkgroupRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (title.equals("Name")) {
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String name, boolean empty) {
                    super.updateItem(name, empty);
                    WorkgroupRow row = empty ? null : getTableRow().getItem();
                    setText(empty ? null : name + (row != null && row.lacksOutputLocation() ? "  ⚠" : ""));
                }
            });
        }
        return column;
    }

    private Node blocker() {
        Label blocker = new Label();
        blocker.setId("workgroup-blocker");
        blocker.getStyleClass().addAll("banner", "warn");
        blocker.setWrapText(true);
        blocker.setMaxWidth(Double.MAX_VALUE);
        blocker.textProperty().bind(Bindings.createStringBinding(() -> model.rows.isEmpty() ? ""
                : model.blocker.get().isEmpty() && model.selectedName.get().equals(model.recommended.get())
                        ? "" : model.blocker.get(), model.blocker, model.rows, model.recommended, model.selectedName));
        blocker.visibleProperty().bind(blocker.textProperty().isNotEmpty());
        blocker.managedProperty().bind(blocker.visibleProperty());

        Label ok = new Label();
        ok.setId("workgroup-summary");
        ok.getStyleClass().addAll("banner", "ok");
        ok.setWrapText(true);
        ok.setMaxWidth(Double.MAX_VALUE);
        ok.textProperty().bind(Bindings.createStringBinding(() -> model.selected.get()
                .filter(w -> model.blocker.get().isEmpty())
                .map(w -> "✓ " + w.name() + (w.name().equals(model.recommended.get()) ? " (recommended)" : "")
                        + ": results go to " + w.outputLocation().orElse("?") + ", " + w.engine().label()
                        + (w.supportsResultReuse() ? " (previews can reuse results)" : "")
                        + (w.enforced() ? ", settings enforced" : "")
                        + (w.bytesScannedCutoff().isPresent() ? ", scan limit "
                                + WorkgroupRow.bytes(w.bytesScannedCutoff().getAsLong()) + " per query" : "") + ".")
                .orElse(""), model.selected, model.blocker, model.recommended));
        ok.visibleProperty().bind(ok.textProperty().isNotEmpty());
        ok.managedProperty().bind(ok.visibleProperty());
        return new VBox(6, blocker, ok);
    }

    private Tab policyTab() {
        ListView<String> databases = new ListView<>(model.databases);
        databases.setId("databases");
        databases.setPrefWidth(220);
        databases.setCellFactory(CheckBoxListCell.forListView(name -> {
            SimpleBooleanProperty chosen = new SimpleBooleanProperty(model.chosenDatabases.contains(name));
            chosen.addListener((o, was, now) -> {
                if (now && !model.chosenDatabases.contains(name)) {
                    model.chosenDatabases.add(name);
                } else if (!now) {
                    model.chosenDatabases.remove(name);
                }
            });
            return chosen;
        }));
        model.chosenDatabases.addListener((javafx.collections.ListChangeListener<String>) c -> databases.refresh());
        Label databasesNote = muted("");
        databasesNote.textProperty().bind(model.databasesNote);
        Label buckets = muted("");
        buckets.setId("data-buckets");
        buckets.setMinHeight(Region.USE_PREF_SIZE);
        buckets.textProperty().bind(Bindings.createStringBinding(() -> model.dataBuckets.isEmpty() ? ""
                : "Data buckets (from the tables' Glue locations): " + String.join(", ", model.dataBuckets),
                model.dataBuckets));
        VBox left = new VBox(6, new Label("Databases Aporia may read"), databases, databasesNote, buckets);
        VBox.setVgrow(databases, Priority.ALWAYS);
        left.setMinWidth(220);
        left.setPrefWidth(240);

        TextArea policy = new TextArea();
        policy.setId("policy");
        policy.setEditable(false);
        policy.getStyleClass().add("policy-text");
        policy.textProperty().bind(model.policyJson);
        VBox.setVgrow(policy, Priority.ALWAYS);
        Label missing = new Label();
        missing.setId("policy-missing");
        missing.getStyleClass().addAll("banner", "warn");
        missing.setWrapText(true);
        missing.setMaxWidth(Double.MAX_VALUE);
        missing.textProperty().bind(model.policyMissing);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.visibleProperty().bind(missing.textProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        Button copy = new Button("Copy");
        copy.setId("copy-policy");
        copy.disableProperty().bind(model.policyJson.isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.policyJson.get());
            Clipboard.getSystemClipboard().setContent(content);
            model.policyMessage.set("Copied. Paste it into a new IAM policy (JSON tab) and attach it to Aporia's user.");
        });
        Button save = new Button("Save…");
        save.setId("save-policy");
        save.disableProperty().bind(model.policyJson.isEmpty());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save IAM policy");
            chooser.setInitialFileName("aporia-athena-policy.json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                actions.savePolicy().accept(file.toPath());
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.resolving);
        Label message = muted("");
        message.setId("policy-message");
        message.textProperty().bind(model.policyMessage);
        Label notes = muted("");
        notes.textProperty().bind(model.policyNotes);
        HBox buttons = new HBox(8, copy, save, spinner, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, muted("The least-privilege policy for Aporia's data-source user, filled in from what "
                + "you picked: region, account, workgroup, result bucket, databases and their data buckets."),
                missing, policy, buttons, notes);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(14, left, right);
        content.setPadding(new Insets(10));
        Tab tab = new Tab("Access & IAM policy", content);
        tab.setId("policy-tab");
        return tab;
    }

    private Tab selfTestTab() {
        Button run = new Button("Run self-test");
        run.setId("run-self-test");
        run.disableProperty().bind(model.selfTesting.or(model.scope.isNull()).or(model.policyMissing.isNotEmpty())
                .or(model.resolving));
        run.setOnAction(e -> actions.runSelfTest().run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-self-test");
        cancel.visibleProperty().bind(model.selfTesting);
        cancel.setOnAction(e -> actions.cancelSelfTest().run());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.selfTesting);
        Label progress = muted("");
        progress.textProperty().bind(model.selfTestProgress);
        Label who = muted("");
        who.setId("self-test-identity");
        who.textProperty().bind(Bindings.createStringBinding(() -> model.connection.get() == null ? ""
                : model.connection.get().aporiaCredentialsKnown()
                        ? "Runs every permission of the policy, one by one, as the key Aporia will use."
                        : "Aporia's key is not given yet, so this runs as your own credentials ("
                                + model.connection.get().identity().principalName()
                                + "). Give Aporia's key in the Connection step to test it instead.",
                model.connection));
        HBox bar = new HBox(8, run, cancel, spinner, progress);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<PermissionCheck> checklist = new ListView<>(model.checks);
        checklist.setId("checklist");
        checklist.setCellFactory(list -> new CheckCell());
        checklist.setPlaceholder(new Label("Run the self-test to see each permission granted or missing."));
        VBox.setVgrow(checklist, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("self-test-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.selfTestSummary);
        VBox content = new VBox(8, who, bar, checklist, summary);
        content.setPadding(new Insets(10));
        Tab tab = new Tab("Permission self-test", content);
        tab.setId("self-test-tab");
        return tab;
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
            Label head = new Label(mark + "  " + check.action() + "   " + check.resource());
            head.getStyleClass().add("check-head");
            VBox box = new VBox(2, head);
            if (!check.detail().isEmpty()) {
                Label detail = new Label(check.detail());
                detail.getStyleClass().add("muted");
                detail.setWrapText(true);
                detail.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(detail);
            }
            if (check.status() == CheckStatus.MISSING) {
                check.statement().ifPresent(s -> {
                    Label grant = new Label("Add statement \"" + s.sid() + "\":\n" + s.toJson());
                    grant.getStyleClass().add("statement");
                    box.getChildren().add(grant);
                });
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(check.status() + " " + check.action() + " " + check.resource());
        }
    }
}

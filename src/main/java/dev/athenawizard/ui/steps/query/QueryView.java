package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.controls.catalog.CatalogTree;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Query step's page: the catalog on the left, the editor on top, the live preview below, and a toolbar (database,
 * Format, History, Run, Stop). Binds to the models and forwards what the user does; decides nothing itself.
 */
final class QueryView extends BorderPane {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final QueryModel model;
    private final PreviewModel preview;
    private final HistoryModel history;
    private final SqlEditor editor = new SqlEditor();
    private final CatalogTree tree = new CatalogTree();

    QueryView(QueryModel model, HistoryModel history, AporiaAccessModel access, Runnable checkAccess) {
        this.model = model;
        this.preview = model.preview;
        this.history = history;
        getStyleClass().add("query-step");
        bindEditor();
        bindTree();
        Tab rows = new Tab("Preview", new PreviewPane(preview, model));
        rows.setId("preview-tab");
        TabPane results = new TabPane(rows, new AporiaAccessPane(access, checkAccess));
        results.setId("query-results-tabs");
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        editor.setId("sql-editor");
        editor.setMinHeight(90);
        SplitPane queryAndRows = new SplitPane(editor, results);
        queryAndRows.setOrientation(Orientation.VERTICAL);
        queryAndRows.setDividerPositions(0.4);
        VBox.setVgrow(queryAndRows, Priority.ALWAYS);
        // What the wizard decided about the text sits above the split, full width: never squeezed out of view.
        VBox right = new VBox(6, Labels.muted("query-hint", model.hint), Labels.banner("query-notice", preview.notice),
                Labels.banner("partition-warning", model.partitionWarning), queryAndRows);
        right.getStyleClass().add("query-right");
        SplitPane page = new SplitPane(tree, right);
        page.setId("query-split");
        page.setDividerPositions(0.25);
        setTop(toolbar());
        setCenter(page);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && preview.canStop.get()) {
                preview.stop();
                e.consume();
            }
        });
    }

    private Node toolbar() {
        Label label = new Label("Database");
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> database = new ComboBox<>(model.databases);
        database.setId("database-choice");
        database.setPrefWidth(170);
        database.setMinWidth(110);
        database.setValue(preview.database.get());
        database.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                preview.database.set(now);
            }
        });
        preview.database.addListener((o, was, now) -> {
            database.setValue(now);
            tree.expandDatabase(now);
        });
        // New choices may reset the shown value; the model's database is what counts.
        model.databases.addListener((javafx.collections.ListChangeListener<String>) c ->
                database.setValue(preview.database.get()));
        label.setLabelFor(database);
        Button format = button("format-query", "Format", "Lays the query out one clause per line (Ctrl+Shift+F)");
        format.setOnAction(e -> editor.formatQuery());
        MenuButton recent = new MenuButton("History");
        recent.setId("query-history");
        recent.setMinWidth(Region.USE_PREF_SIZE);
        recent.setTooltip(new Tooltip("The queries run, kept across restarts: pick one to take it back"));
        recent.setOnShowing(e -> recent.getItems().setAll(historyItems()));
        recent.getItems().setAll(historyItems());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = button("run-query", "▶ Run  Ctrl+Enter", "Runs the query now. A statement that may change data "
                + "or tables asks you first.");
        run.setOnAction(e -> preview.runNow());
        Button stop = button("stop-query", "■ Stop", "Stops the query in Athena (Esc)");
        stop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !preview.canStop.get(), preview.canStop));
        stop.setOnAction(e -> preview.stop());
        HBox bar = new HBox(8, label, database, format, recent, spacer, run, stop);
        bar.getStyleClass().add("query-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private java.util.List<MenuItem> historyItems() {
        java.util.List<QueryHistory.Entry> shown = history.shown();
        if (shown.isEmpty()) {
            MenuItem none = new MenuItem("No queries run yet");
            none.setDisable(true);
            return java.util.List.of(none);
        }
        return shown.stream().map(entry -> {
            MenuItem item = new MenuItem(history.describe(entry));
            item.getStyleClass().add("history-entry");
            item.setOnAction(e -> model.takeFromHistory(entry));
            return item;
        }).toList();
    }

    private void bindEditor() {
        editor.catalogProperty().bind(model.cache);
        editor.defaultDatabaseProperty().bind(preview.database);
        editor.setText(preview.text.get());
        editor.textProperty().addListener((o, was, now) -> preview.text.set(now));
        // The model changes the text too (a query from the history, "Preview table"): one undo step each.
        preview.text.addListener((o, was, now) -> {
            if (!now.equals(editor.getText())) {
                editor.replaceAll(now);
            }
        });
        model.reloads.addListener((o, was, now) -> editor.setText(preview.text.get()));
        preview.problems.addListener((o, was, now) -> {
            if (!editor.setProblems(now.text(), now.problems())) {
                editor.clearProblems();
            }
        });
        editor.setOnRunRequested(e -> preview.runNow());
    }

    private void bindTree() {
        tree.setId("catalog");
        tree.setMinWidth(150);
        tree.setPrefWidth(240);
        tree.catalogProperty().bind(model.cache);
        tree.defaultDatabaseProperty().bind(preview.database);
        tree.setOnInsertName(e -> {
            editor.insertAtCaret(e.sqlText());
            editor.focusText();
        });
        tree.setOnPreviewTable(e -> model.previewTable(e.sqlText()));
        if (!preview.database.get().isEmpty()) {
            tree.expandDatabase(preview.database.get());
        }
    }

    private static Button button(String id, String text, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    /** The live preview: status line, what the workgroup allows, notes, and the rows. */
    static final class PreviewPane extends VBox {
        PreviewPane(PreviewModel preview, QueryModel model) {
            getStyleClass().add("query-results");
            dev.athenawizard.ui.controls.results.ResultStatusLine status =
                    new dev.athenawizard.ui.controls.results.ResultStatusLine(preview.status);
            status.setId("result-status");
            status.setMinHeight(Region.USE_PREF_SIZE); // wraps: the whole of a long error stays readable
            status.visibleProperty().bind(status.textProperty().isNotEmpty());
            status.managedProperty().bind(status.visibleProperty());
            dev.athenawizard.ui.controls.results.ResultGrid grid = new dev.athenawizard.ui.controls.results.ResultGrid();
            grid.setId("result-grid");
            grid.setMinHeight(90);
            VBox.setVgrow(grid, Priority.ALWAYS);
            Runnable show = () -> {
                PreviewOutcome outcome = preview.run.result().get();
                if (outcome != null) {
                    grid.show(outcome.table());
                } else {
                    grid.clear(preview.gridMessage.get());
                }
            };
            preview.run.result().addListener(o -> show.run());
            preview.gridMessage.addListener(o -> show.run());
            show.run();
            preview.stale.subscribe(stale -> pseudoClassStateChanged(STALE, stale));
            getChildren().addAll(status, Labels.muted("preview-note", preview.shownNote),
                    Labels.muted("scan-limit", model.scanLimit), grid);
        }
    }
}

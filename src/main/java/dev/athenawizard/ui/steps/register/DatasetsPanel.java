package dev.athenawizard.ui.steps.register;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import dev.athenawizard.ui.theme.Spinner;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Datasets" tab: the serving dataset as mapped, the optional training and test queries with their previews and
 * column checks, and the sync schedule. Binds to its model.
 */
final class DatasetsPanel extends Tab {

    DatasetsPanel(DatasetsPanelModel model, RegisterView.Actions actions) {
        RegisterView.titleWithIssues(this, "datasets-tab", "Datasets", model.issues);
        TextField schedule = Form.text("sync-schedule", "0 * * * *   (minute hour day month weekday)");
        schedule.textProperty().bindBidirectional(model.schedule);
        Form form = new Form()
                .field("Serving", Labels.muted("serving-dataset", model.serving))
                .field("Sync schedule", schedule, muted("Optional: how often Aporia reads the data again, as cron "
                        + "(\"0 * * * *\" every hour, \"30 2 * * *\" at 02:30 every day). Empty: Aporia's default."),
                        Form.problem("sync-schedule-problem", model.scheduleProblem, schedule));
        setContent(Form.page("datasets-page", form, extra(model.training, "Training dataset",
                "Optional: the data the model was trained on, the baseline Aporia compares production with "
                        + "(drift, \"compared to training\" monitors, explainability).", actions.preview()),
                extra(model.testing, "Test dataset", "Optional: the data the model was tested on.",
                        actions.preview())));
    }

    private static Node extra(ExtraDatasetModel model, String title, String why,
            Consumer<ExtraDatasetModel> preview) {
        String id = model.kind.wireName();
        SqlEditor sql = editor(model);
        Button run = new Button("Preview");
        run.setId(id + "-preview");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.disableProperty().bind(model.inputs.isNull().or(model.preview.running()));
        run.setOnAction(e -> preview.accept(model));
        Button stop = new Button("Stop");
        stop.setId(id + "-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.visibleProperty().bind(model.preview.running());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> model.cancel());
        Spinner spinner = new Spinner(16, model.preview.running());
        spinner.visibleProperty().bind(model.preview.running());
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox bar = new HBox(8, run, stop, spinner, muted("Runs its first " + ExtraDatasetModel.PREVIEW_ROWS
                + " rows in your workgroup, as the Query step does (Ctrl+Enter in the query)."));
        bar.setAlignment(Pos.CENTER_LEFT);
        GridPane checks = checks(model);
        sql.setOnRunRequested(e -> preview.accept(model));
        VBox box = new VBox(6, Form.heading(title), muted(why + " Leave it empty for none."), sql,
                Form.problem(id + "-sql-problem", model.sqlProblem, sql), bar,
                Labels.banner(id + "-verdict", model.verdict), checks,
                Labels.fieldError(id + "-columns-problem", model.columnsProblem));
        box.setId(id + "-dataset");
        box.getStyleClass().add("extra-dataset");
        return box;
    }

    /** The query in the SQL editor, kept equal to the model's text both ways; the model's problems underlined. */
    private static SqlEditor editor(ExtraDatasetModel model) {
        SqlEditor sql = new SqlEditor();
        sql.setId(model.kind.wireName() + "-sql");
        sql.setPrefHeight(96);
        sql.setMinHeight(80);
        sql.setText(model.sql.get());
        sql.textProperty().addListener((o, was, now) -> {
            if (!now.equals(model.sql.get())) {
                model.sql.set(now);
            }
        });
        model.sql.addListener((o, was, now) -> {
            if (!now.equals(sql.getText())) {
                sql.setText(now); // a project opened, or another screen's edit
            }
        });
        sql.catalogProperty().bind(model.catalog);
        sql.defaultDatabaseProperty().bind(model.database);
        Runnable mark = () -> sql.setProblems(model.sql.get(), model.marks.get());
        model.marks.addListener(o -> mark.run());
        mark.run();
        return sql;
    }

    /** One line per model field: its type, the column it reads in this query (pick another), and the check. */
    private static GridPane checks(ExtraDatasetModel model) {
        GridPane grid = new GridPane();
        grid.setId(model.kind.wireName() + "-columns");
        grid.getStyleClass().add("column-checks");
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints type = new ColumnConstraints();
        type.setMinWidth(80); // "feature, tensor [768]" wraps rather than widening the page
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints verdict = new ColumnConstraints();
        verdict.setHgrow(Priority.ALWAYS);
        verdict.setMinWidth(60);
        grid.getColumnConstraints().setAll(field, type, column, verdict);
        Runnable fill = () -> {
            grid.getChildren().clear();
            List<ColumnCheck> all = model.checks.get();
            if (model.sql.get().isBlank()) {
                return;
            }
            grid.addRow(0, header("Field"), header("Kind"), header("Column in this query"), header("Check"));
            for (int i = 0; i < all.size(); i++) {
                ColumnCheck c = all.get(i);
                boolean key = c.role().equals("id") || c.role().equals("timestamp");
                Label name = new Label(c.field());
                name.setMinWidth(Region.USE_PREF_SIZE);
                grid.addRow(i + 1, name, Labels.muted(key ? c.type() : c.role() + (c.type().isEmpty() ? ""
                        : ", " + c.type())), picker(model, c), verdict(c));
            }
        };
        model.checks.addListener(o -> fill.run());
        model.sql.addListener((o, was, now) -> {
            if (was.isBlank() != now.isBlank()) {
                fill.run();
            }
        });
        fill.run();
        grid.visibleProperty().bind(model.given);
        grid.managedProperty().bind(model.given);
        return grid;
    }

    private static Node picker(ExtraDatasetModel model, ColumnCheck c) {
        List<String> columns = model.previewColumns();
        if (columns.isEmpty()) {
            Label shown = new Label(c.column().isEmpty() ? "(none)" : c.column());
            shown.setMinWidth(Region.USE_PREF_SIZE);
            return shown;
        }
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(columns));
        box.setId(model.kind.wireName() + "-column-" + c.field().replace(' ', '-'));
        box.setValue(c.column());
        box.setMinWidth(Region.USE_PREF_SIZE); // a column name is never cut
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(c.column())) {
                model.choose(c.field(), now);
            }
        });
        return box;
    }

    private static Label verdict(ColumnCheck c) {
        String mark = switch (c.verdict()) {
            case UNCHECKED -> "–";
            case FITS -> "✓";
            case FITS_WITH_WARNING -> "⚠";
            case MISSING, REFUSED -> "✗";
        };
        Label label = new Label(mark + (c.message().isEmpty() ? "" : "  " + c.message()));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("check-" + c.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-header");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}

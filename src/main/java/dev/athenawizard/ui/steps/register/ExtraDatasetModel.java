package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.plan.DatasetKind;
import dev.athenawizard.core.aporia.plan.PlanResult;
import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.core.sql.SentSql;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * An optional training or test dataset, without a screen: its query, a preview of it (the LIMIT form, read-only
 * statements only, through the same query runner as the Query step), and its columns checked against the model's
 * fields. Where the query names a column differently, the user picks it; only those differences are stored.
 *
 * <p>The preview belongs to the query, connection, database and workgroup it ran for: change any and it is gone. A
 * query given but not previewed, or whose preview lacks a field's column, keeps Register waiting, and says why.
 */
final class ExtraDatasetModel {
    static final int PREVIEW_ROWS = 100;

    final DatasetKind kind;
    final StringProperty sql = new SimpleStringProperty("");
    /** The id and timestamp columns when this query names them differently; empty for the serving ones. */
    final StringProperty idColumn = new SimpleStringProperty("");
    final StringProperty timestampColumn = new SimpleStringProperty("");
    /** Field → column, only for the fields whose column is named differently here. */
    final ObservableMap<String, String> fieldColumns = FXCollections.observableMap(new LinkedHashMap<>());

    /** Inputs, bound by the step's model. */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final ObjectProperty<OnboardingProject> project = new SimpleObjectProperty<>(OnboardingProject.empty());
    final ObjectProperty<PlanResult> plan = new SimpleObjectProperty<>();

    final ObjectBinding<PreviewInputs> inputs;
    final LatestRun<PreviewInputs, ResultTable> preview;
    final ObjectBinding<List<ColumnCheck>> checks;
    final StringBinding sqlProblem;
    final StringBinding columnsProblem;
    /** How the preview went and what it found; null while there is nothing to say. */
    final ObjectBinding<Banner> verdict;
    /** Why Register must wait for this dataset; empty when it need not. */
    final StringBinding blocker;
    final BooleanBinding given = Bindings.createBooleanBinding(() -> !sql.get().isBlank(), sql);
    final StringProperty previewNote = new SimpleStringProperty("");
    /** Where the editor underlines: a syntax error Athena would report, or the place a preview failed. */
    final ObjectBinding<List<dev.athenawizard.ui.controls.sql.SqlProblem>> marks;
    /** Input: the catalog of the connection, for completion in the editor (null while there is none). */
    final ObjectProperty<dev.athenawizard.core.athena.catalog.CatalogCache> catalog = new SimpleObjectProperty<>();
    final StringBinding database;

    private final SqlAnalyzer analyzer = new SqlAnalyzer();

    /** What a preview is run for. */
    record PreviewInputs(VerifiedConnection connection, String sql, String catalog, String database,
            String workgroup) {
    }

    /** What the step runs: the statement to send (the LIMIT form) for these inputs, and how many rows to read. */
    record PreviewRequest(PreviewInputs inputs, SentSql sent, int rows) {
    }

    ExtraDatasetModel(DatasetKind kind, Executor ui) {
        this.kind = kind;
        inputs = Bindings.createObjectBinding(() -> {
            OnboardingProject p = project.get();
            if (connection.get() == null || sql.get().isBlank()) {
                return null;
            }
            return new PreviewInputs(connection.get(), sql.get(), p.query().catalog(), p.query().database(),
                    p.workgroup().name());
        }, connection, sql, project);
        preview = new LatestRun<>(inputs, ui);
        checks = Bindings.createObjectBinding(() -> ColumnCheck.of(project.get().mapping(), columns(),
                preview.currentResult()), project, preview.result(), idColumn, timestampColumn, fieldColumns);
        String field = kind == DatasetKind.TRAINING ? "registration.trainingSql" : "registration.testingSql";
        String columnsField = kind == DatasetKind.TRAINING ? "registration.trainingColumns"
                : "registration.testingColumns";
        sqlProblem = FieldProblems.of(plan, field);
        columnsProblem = FieldProblems.of(plan, columnsField);
        verdict = Bindings.createObjectBinding(this::verdict, preview.result(), preview.failure(),
                preview.running(), checks, sql, previewNote);
        blocker = Bindings.createStringBinding(this::blocker, sql, preview.result(), checks, sqlProblem);
        sql.addListener((o, was, now) -> previewNote.set(""));
        marks = Bindings.createObjectBinding(this::marks, sql, project, preview.failure());
        database = Bindings.createStringBinding(() -> project.get().query().database(), project);
    }

    private List<dev.athenawizard.ui.controls.sql.SqlProblem> marks() {
        List<dev.athenawizard.ui.controls.sql.SqlProblem> found = new java.util.ArrayList<>();
        if (!sql.get().isBlank()) {
            var q = project.get().query();
            dev.athenawizard.core.aporia.plan.QueryTables.qualify(sql.get(), q.catalog(), q.database()).problem()
                    .ifPresent(p -> found.add(dev.athenawizard.ui.controls.sql.SqlProblem.at(p.position().line(),
                            p.position().column(), p.message())));
        }
        Throwable failure = preview.failure().get();
        if (failure != null && !(failure instanceof CancellationException) && failure.getMessage() != null) {
            dev.athenawizard.core.athena.SqlPosition.find(failure.getMessage()).ifPresent(at -> found.add(
                    dev.athenawizard.ui.controls.sql.SqlProblem.at(at.line(), at.column(), failure.getMessage())));
        }
        return List.copyOf(found);
    }

    Observable[] persisted() {
        return new Observable[] {sql, idColumn, timestampColumn, fieldColumns};
    }

    /** Where this query's columns differ from the serving mapping's. */
    DatasetColumns columns() {
        return new DatasetColumns(idColumn.get(), timestampColumn.get(), Map.copyOf(fieldColumns));
    }

    void follow(String text, DatasetColumns stored) {
        ModelPanelModel.adopt(sql, text);
        ModelPanelModel.adopt(idColumn, stored.idColumn());
        ModelPanelModel.adopt(timestampColumn, stored.timestampColumn());
        if (!fieldColumns.equals(stored.fieldColumns())) {
            fieldColumns.clear();
            fieldColumns.putAll(stored.fieldColumns());
        }
    }

    /** The columns the preview found, for the pickers; empty before a preview. */
    List<String> previewColumns() {
        return preview.currentResult().map(t -> t.columns().stream().map(ResultColumn::name).toList())
                .orElse(List.of());
    }

    /**
     * Reads the field's values from {@code column} in this query. Choosing the serving mapping's own column stores
     * nothing: only differences are kept.
     */
    void choose(String field, String column) {
        String serving = servingColumn(field);
        String value = column == null || column.equals(serving) ? "" : column;
        if (field.equals(ColumnCheck.ID)) {
            idColumn.set(value);
        } else if (field.equals(ColumnCheck.TIMESTAMP)) {
            timestampColumn.set(value);
        } else if (value.isEmpty()) {
            fieldColumns.remove(field);
        } else {
            fieldColumns.put(field, value);
        }
    }

    /**
     * Previews the query: checked here first (one read-only statement; anything else is not sent), then its LIMIT
     * form runs through {@code runner}. A second click while one runs for the same query joins it.
     */
    void runPreview(Function<PreviewRequest, CompletableFuture<ResultTable>> runner) {
        PreviewInputs in = inputs.get();
        if (in == null) {
            return;
        }
        SqlAnalysis analysis = analyzer.analyze(in.sql());
        if (!analysis.runsByItself()) {
            preview.clear();
            previewNote.set(analysis.problem().filter(p -> p.isError()).map(p -> p.message())
                    .orElse("Not previewed: only one read-only query (SELECT, WITH …) runs as a preview, and "
                            + "Aporia reads only the result of a query; this is " + analysis.statementName() + "."));
            return;
        }
        previewNote.set("");
        SentSql sent = analysis.previewForm(PREVIEW_ROWS).orElseThrow().sent();
        preview.run((i, updates) -> runner.apply(new PreviewRequest(i, sent, PREVIEW_ROWS)));
    }

    void cancel() {
        preview.cancel();
    }

    private String servingColumn(String field) {
        var mapping = project.get().mapping();
        if (field.equals(ColumnCheck.ID)) {
            return mapping.idColumn();
        }
        if (field.equals(ColumnCheck.TIMESTAMP)) {
            return mapping.timestampColumn();
        }
        return java.util.stream.Stream.of(mapping.rawInputs(), mapping.features(), mapping.predictions(),
                        mapping.actuals()).flatMap(List::stream).filter(f -> f.field().equals(field))
                .map(f -> f.column() == null || f.column().isBlank() ? f.field() : f.column()).findFirst().orElse("");
    }

    private Banner verdict() {
        String id = kind.wireName() + "-verdict";
        if (sql.get().isBlank()) {
            return null;
        }
        if (!previewNote.get().isEmpty()) {
            return Banner.error(id, previewNote.get());
        }
        Throwable failure = preview.failure().get();
        if (failure instanceof CancellationException) {
            return Banner.warn(id, "Preview stopped: the columns are not checked.");
        }
        if (failure != null) {
            return Banner.error(id, "✗ The preview failed: " + failure.getMessage());
        }
        if (preview.running().get()) {
            return null; // the spinner says it
        }
        Optional<ResultTable> table = preview.currentResult();
        if (table.isEmpty()) {
            return Banner.warn(id, "Not previewed yet: preview it to check its columns against the model's fields "
                    + "(Register waits for that).");
        }
        long blocking = checks.get().stream().filter(c -> c.verdict().blocks()).count();
        if (blocking > 0) {
            return Banner.error(id, "✗ " + blocking + " of the model's " + checks.get().size() + " fields have no "
                    + "usable column in this query: pick one for each below.");
        }
        long warned = checks.get().stream().filter(c -> c.verdict() == ColumnCheck.Verdict.FITS_WITH_WARNING)
                .count();
        String rows = table.get().rows().size() + " row" + (table.get().rows().size() == 1 ? "" : "s")
                + (table.get().hasMore() ? " (the first " + PREVIEW_ROWS + ")" : "");
        return warned > 0 ? Banner.warn(id, "⚠ Every field has its column (checked on " + rows + "); " + warned
                + " with a caveat, below.")
                : Banner.ok(id, "✓ Every field of the model has its column, with values of its type (checked on "
                        + rows + ").");
    }

    private String blocker() {
        if (sql.get().isBlank()) {
            return "";
        }
        if (!sqlProblem.get().isEmpty()) {
            return "fix the " + kind.wireName() + " query";
        }
        if (preview.currentResult().isEmpty()) {
            return "preview the " + kind.wireName() + " query (its columns are not checked yet)";
        }
        return checks.get().stream().anyMatch(c -> c.verdict().blocks())
                ? "pick the " + kind.wireName() + " query's missing columns" : "";
    }
}

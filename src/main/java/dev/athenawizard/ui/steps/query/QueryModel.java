package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.DataSizes;
import dev.athenawizard.core.athena.catalog.CachedTable;
import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.TableColumn;
import dev.athenawizard.core.athena.catalog.TableInfo;
import dev.athenawizard.core.athena.query.AthenaPricing;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.query.QueryState;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.PartitionFilterCheck;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.TableName;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import dev.athenawizard.ui.controls.Banner;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Query step without a screen: the query, catalog and database the project records, the catalog they are written
 * against, and what the step hands on — whether the query can be taken ({@link #complete}), its latest successful
 * preview ({@link #output}, the Mapping step's input), and whether that preview is of exactly what is on screen
 * ({@link #done}). The live preview itself is the {@link PreviewModel} it holds.
 */
final class QueryModel {
    final PreviewModel preview;
    /** The catalog's databases, tables and columns as far as they are loaded; completion and the tree read it too. */
    final ObjectProperty<CatalogCache> cache = new SimpleObjectProperty<>();
    final ObjectProperty<CatalogSnapshot> catalogSnapshot = new SimpleObjectProperty<>(CatalogSnapshot.empty(""));
    /** The database chooser's choices: the catalog's databases, and the project's own if the catalog lacks it. */
    final ObservableList<String> databases = FXCollections.observableArrayList();
    /** Moves when the text was replaced by loading a project: the editor then starts a new undo history. */
    final IntegerProperty reloads = new SimpleIntegerProperty();
    /** A short note about an edit the wizard made (a query from the history, a table preview); empty otherwise. */
    final StringProperty hint = new SimpleStringProperty("");
    /** A warning for each partitioned table the query reads without a filter on its partitions. */
    final ObjectBinding<Banner> partitionWarning;
    /** The workgroup's per-query scan limit, and what a query that reaches it costs. */
    final StringBinding scanLimit;
    /** A read-only query that parses: Next may be pressed. */
    final BooleanBinding complete;
    /** Output: the latest successful preview of the query on screen; null when there is none for it. */
    final ObjectBinding<QueryPreview> output;
    /** The query on screen previewed successfully for this database and workgroup. */
    final BooleanBinding done;
    /** The query as Aporia will run it, once it previewed successfully; null otherwise (for Aporia's access). */
    final ObjectBinding<AporiaQuery> aporiaQuery;

    private QueryPreview lastOutput;

    QueryModel(PreviewModel preview) {
        this.preview = preview;
        preview.text.addListener((o, was, now) -> hint.set(""));
        complete = Bindings.createBooleanBinding(() -> {
            SqlAnalysis a = preview.analysis.get();
            return a != null && a.sql().equals(preview.text.get()) && a.runsByItself() && a.kind().isQuery();
        }, preview.analysis, preview.text);
        output = Bindings.createObjectBinding(this::output, preview.run.result(), preview.text, preview.catalog,
                preview.database, preview.workgroup, preview.connection, catalogSnapshot, complete);
        done = complete.and(output.isNotNull());
        aporiaQuery = Bindings.createObjectBinding(() -> output.get() == null ? null
                : AporiaQuery.of(preview.analysis.get(), preview.catalog.get(), preview.database.get()), output);
        partitionWarning = Bindings.createObjectBinding(this::partitionWarning, preview.analysis, preview.text,
                preview.catalog, preview.database, catalogSnapshot);
        scanLimit = Bindings.createStringBinding(() -> scanLimitOf(preview.workgroup.get()), preview.workgroup);
        catalogSnapshot.addListener((o, was, now) -> listDatabases(now));
    }

    /** The changes the project records. */
    Observable[] persisted() {
        return new Observable[] {preview.text, preview.catalog, preview.database};
    }

    /**
     * Shows the project's query. An empty database falls back to the first one the Workgroup step lets Aporia read.
     */
    void load(QuerySection query, List<String> readableDatabases) {
        preview.clear();
        preview.limit.set(query.previewLimit());
        preview.catalog.set(query.catalog());
        preview.database.set(query.database());
        defaultDatabase(readableDatabases);
        preview.text.set(query.sql());
        reloads.set(reloads.get() + 1);
        listDatabases(catalogSnapshot.get());
    }

    /** Without a database of its own, the query's unqualified names resolve in the first one Aporia may read. */
    void defaultDatabase(List<String> readableDatabases) {
        if (preview.database.get().isEmpty() && readableDatabases != null && !readableDatabases.isEmpty()) {
            preview.database.set(readableDatabases.get(0));
        }
    }

    QuerySection toSection() {
        return new QuerySection(preview.catalog.get(), preview.database.get(), preview.text.get(),
                preview.limit.get());
    }

    /** "Preview table": the table's first rows, in place of the query (Ctrl+Z brings the query back). */
    void previewTable(String tableSql) {
        String before = preview.text.get();
        preview.text.set("SELECT * FROM " + tableSql);
        replaced(before, "the table's preview");
    }

    /** A query from the history, in the database and catalog it ran in. */
    void takeFromHistory(QueryHistory.Entry entry) {
        String before = preview.text.get();
        preview.text.set(entry.sql()); // first: a new database must not preview the old text
        preview.catalog.set(entry.catalog());
        preview.database.set(entry.database());
        replaced(before, "the query from the history");
    }

    private void replaced(String before, String what) {
        if (!before.isBlank() && !before.equals(preview.text.get())) {
            hint.set("Your query was replaced by " + what + ": Ctrl+Z brings it back.");
        }
        preview.checkNow();
    }

    private void listDatabases(CatalogSnapshot snapshot) {
        Set<String> names = new LinkedHashSet<>();
        snapshot.databases().forEach(d -> names.add(d.name()));
        String chosen = preview.database.get();
        if (!chosen.isEmpty() && snapshot.database(chosen).isEmpty()) {
            names.add(chosen);
        }
        if (!databases.equals(new ArrayList<>(names))) {
            databases.setAll(names);
        }
    }

    private QueryPreview output() {
        if (!complete.get()) {
            return null;
        }
        return preview.currentPreview().map(outcome -> {
            QueryPreview made = new QueryPreview(outcome.request().source(), outcome.table(), tablesRead(),
                    outcome.statistics());
            if (!made.equals(lastOutput)) {
                lastOutput = made; // the same preview keeps its identity while unrelated catalog loads come in
            }
            return lastOutput;
        }).orElse(null);
    }

    /** The tables the query reads, as far as the catalog has described them. */
    private List<TableInfo> tablesRead() {
        CatalogSnapshot snapshot = catalogSnapshot.get();
        return readNames().stream().filter(n -> n.catalog().equalsIgnoreCase(snapshot.catalog()))
                .map(n -> snapshot.table(n.database(), n.table()).flatMap(CachedTable::info))
                .flatMap(Optional::stream).toList();
    }

    /** The full names of the tables the analysed query reads, each once. */
    List<TableName> readNames() {
        SqlAnalysis a = preview.analysis.get();
        if (a == null) {
            return List.of();
        }
        return a.tables().stream().map(t -> t.resolve(preview.catalog.get(), preview.database.get())).distinct()
                .toList();
    }

    private Banner partitionWarning() {
        SqlAnalysis a = preview.analysis.get();
        if (a == null || !a.sql().equals(preview.text.get())) {
            return null;
        }
        CatalogSnapshot snapshot = catalogSnapshot.get();
        Map<TableName, List<String>> keys = new HashMap<>();
        for (TableName name : readNames()) {
            if (name.catalog().equalsIgnoreCase(snapshot.catalog())) {
                snapshot.table(name.database(), name.table()).flatMap(CachedTable::info).ifPresent(info -> keys.put(
                        name, info.partitionKeys().stream().map(TableColumn::name).toList()));
            }
        }
        List<PartitionFilterCheck.UnfilteredRead> unfiltered = PartitionFilterCheck.unfilteredReads(a,
                preview.catalog.get(), preview.database.get(), keys);
        if (unfiltered.isEmpty()) {
            return null;
        }
        String sentences = unfiltered.stream().map(read -> read.table().shortName() + " (line "
                        + read.reference().position().line() + ") is partitioned by "
                        + String.join(", ", read.partitionKeys()) + ", but the query does not filter on "
                        + (read.partitionKeys().size() == 1 ? "it" : "any of them") + ".")
                .collect(Collectors.joining(" "));
        return Banner.warn("partition-warning", "⚠ " + sentences + " Athena reads, and bills, every partition: "
                + "add a condition such as WHERE " + unfiltered.get(0).partitionKeys().get(0) + " = '…'.");
    }

    /** "Workgroup aporia: no per-query scan limit." or "Workgroup capped: a query stops at 1.00 GB (≈ $0.0049)." */
    static String scanLimitOf(WorkgroupInfo workgroup) {
        if (workgroup == null) {
            return "";
        }
        if (workgroup.bytesScannedCutoff().isEmpty()) {
            return "Workgroup " + workgroup.name() + ": no per-query scan limit.";
        }
        long limit = workgroup.bytesScannedCutoff().getAsLong();
        BigDecimal cost = AthenaPricing.costUsd(limit, QueryState.SUCCEEDED, false, false);
        return "Workgroup " + workgroup.name() + ": a query stops at " + DataSizes.format(limit) + " scanned (≈ $"
                + cost.round(new MathContext(2)).stripTrailingZeros().toPlainString() + ").";
    }
}

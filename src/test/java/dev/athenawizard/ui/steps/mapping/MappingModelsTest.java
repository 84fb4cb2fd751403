package dev.athenawizard.ui.steps.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.mapping.Previews;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.Banner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The Mapping step's models as the step wires them, without a stage: previews made of rows in Athena's notation,
 * every background job run at once on the test's thread.
 */
class MappingModelsTest {
    private final List<Runnable> held = new ArrayList<>();
    /** Background work the test releases itself, to see what shows while it runs. */
    private final Executor later = held::add;
    private MappingModel model = new MappingModel(Runnable::run, Runnable::run, MappingWindow.TODAY);

    private static QueryPreview preview(String sql, Previews rows) {
        return new QueryPreview(new QueryPreview.Source(sql, "AwsDataCatalog", "shop", "aporia"), rows.result(),
                List.of(), null);
    }

    /** Ten orders: an id, when, a text, an amount, a flag, a 3-number embedding, a prediction and its actual. */
    private static Previews orders(int shortRow) {
        Previews p = Previews.table().column("order_id", "varchar").column("ordered_at", "timestamp")
                .column("note", "varchar").column("amount", "double").column("is_new", "boolean")
                .column("embedding", "array").column("will_churn", "boolean").column("did_churn", "boolean");
        for (int i = 1; i <= 10; i++) {
            String embedding = i == shortRow ? "[0.1, 0.2]" : "[0.1, 0.2, 0.3]";
            p.row("o-" + i, "2026-11-0" + (i % 9 + 1) + " 10:00:00.000", "customer " + i + " asked about the parcel",
                    Integer.toString(10 * i), Boolean.toString(i % 2 == 0), embedding, Boolean.toString(i % 3 == 0),
                    i > 8 ? null : Boolean.toString(i % 3 == 0));
        }
        return p;
    }

    private static final String SQL = "SELECT * FROM orders";

    private List<String> fields(Role role) {
        return model.editing.current().inRole(role).stream().map(MappedColumn::column).toList();
    }

    private void mapTheExample() {
        model.zones.assign(List.of("order_id"), Role.ID);
        model.zones.assign(List.of("ordered_at"), Role.TIMESTAMP);
        model.zones.assign(List.of("amount", "is_new", "embedding"), Role.FEATURE);
        model.zones.assign(List.of("will_churn"), Role.PREDICTION);
        model.zones.assign(List.of("did_churn"), Role.ACTUAL);
    }

    @Test
    void a_preview_becomes_cards_that_the_filter_narrows() {
        model.preview.set(preview(SQL, orders(0)));

        assertThat(model.columns.shown).extracting(ColumnCard::name).hasSize(8).startsWith("order_id", "ordered_at");
        assertThat(model.columns.count.get()).isEqualTo("8 columns");
        ColumnCard embedding = model.columns.shown.get(5);
        assertThat(embedding.type()).isEqualTo("array [3]");
        assertThat(embedding.distribution()).isEqualTo(new ColumnCard.Caption("length 3 in every row (numbers)"));
        ColumnCard amount = model.columns.shown.get(3);
        assertThat(amount.stats()).isEqualTo("0% null · 10 distinct (all differ)");
        assertThat(amount.distribution()).isInstanceOf(ColumnCard.Bars.class);
        assertThat(((ColumnCard.Bars) amount.distribution()).caption()).isEqualTo("from 10 to 100");
        assertThat(model.columns.shown.get(7).stats()).isEqualTo("20% null · 2 distinct");

        model.columns.filter.set("churn");
        assertThat(model.columns.shown).extracting(ColumnCard::name).containsExactly("will_churn", "did_churn");
        assertThat(model.columns.count.get()).isEqualTo("2 of 8 columns match");

        model.zones.assign(List.of("amount"), Role.FEATURE);
        model.columns.filter.set("features");
        assertThat(model.columns.shown).extracting(ColumnCard::name).containsExactly("amount");
        assertThat(model.columns.placeOf("amount")).isEqualTo("→ Features, numeric");
    }

    @Test
    void profiling_runs_off_the_fx_thread_and_belongs_to_its_preview() {
        model = new MappingModel(Runnable::run, later, MappingWindow.TODAY);
        model.preview.set(preview(SQL, orders(0)));
        assertThat(model.columns.shown).isEmpty();
        assertThat(model.profiling.running().get()).isTrue();

        model.preview.set(preview("SELECT 2", Previews.table().column("x", "integer").row("1")));
        held.forEach(Runnable::run); // the first run ends after the second began: only the second counts

        assertThat(model.columns.shown).extracting(ColumnCard::name).containsExactly("x");
    }

    @Test
    void keys_menus_and_drops_are_edits_that_undo_and_redo() {
        model.preview.set(preview(SQL, orders(0)));
        model.zones.assign(List.of("amount", "is_new"), Role.FEATURE);
        model.zones.drop(List.of("embedding"), Role.FEATURE, "amount", false);
        assertThat(fields(Role.FEATURE)).containsExactly("embedding", "amount", "is_new");
        assertThat(model.editing.status().get()).isEqualTo("Assign embedding to Features.");

        model.zones.drop(List.of("is_new"), Role.FEATURE, "embedding", false); // within the zone: a move
        assertThat(fields(Role.FEATURE)).containsExactly("is_new", "embedding", "amount");
        model.zones.move(List.of("amount"), -1);
        assertThat(fields(Role.FEATURE)).containsExactly("is_new", "amount", "embedding");
        assertThat(model.zones.items).filteredOn(i -> i instanceof ZoneItem.Field f && f.role() == Role.FEATURE)
                .extracting(i -> ((ZoneItem.Field) i).label()).containsExactly("1. is_new", "2. amount",
                        "3. embedding");

        model.editing.undo();
        assertThat(fields(Role.FEATURE)).containsExactly("is_new", "embedding", "amount");
        assertThat(model.editing.status().get()).isEqualTo("Undone: Move amount.");
        model.editing.undo();
        model.editing.undo();
        assertThat(fields(Role.FEATURE)).containsExactly("amount", "is_new");
        model.editing.redo();
        assertThat(fields(Role.FEATURE)).containsExactly("embedding", "amount", "is_new");
        assertThat(model.editing.canRedo().get()).isTrue();

        model.zones.unassign(List.of("embedding"));
        assertThat(fields(Role.FEATURE)).containsExactly("amount", "is_new");
        assertThat(model.editing.canRedo().get()).as("a new edit drops what was undone").isFalse();
    }

    @Test
    void a_zone_says_before_the_drop_whether_it_takes_the_columns() {
        model.preview.set(preview(SQL, orders(0)));

        assertThat(model.zones.refusal(List.of("order_id", "note"), Role.ID))
                .contains("Only one column can be the ID column: drag just one.");
        assertThat(model.zones.refusal(List.of("order_id"), Role.ID)).isEmpty();
        assertThat(model.zones.refusal(List.of("amount", "note"), Role.FEATURE)).isEmpty();

        model.zones.drop(List.of("order_id", "note"), Role.ID, null, false);
        assertThat(model.editing.current().entries()).isEmpty();
    }

    @Test
    void a_type_that_cannot_hold_the_column_is_refused_with_the_reason() {
        model.preview.set(preview(SQL, orders(0)));
        model.zones.assign(List.of("note", "amount"), Role.FEATURE);

        ZonesModel.TypeOption numeric = model.zones.typeOptions("note").get(0);
        assertThat(numeric.fits()).isFalse();
        assertThat(numeric.label()).startsWith("numeric: cannot hold it, ").contains("row 1");
        assertThat(model.zones.typeOptions("embedding")).isNotEmpty();

        model.zones.retype(List.of("note", "amount"), FieldSchema.of(AporiaFieldType.NUMERIC));
        Banner refusal = model.editing.refusal().get();
        assertThat(refusal.kind()).isEqualTo(Banner.Kind.WARN);
        assertThat(refusal.text()).startsWith("Not done: note: numeric cannot hold it");
        model.zones.retype(List.of("note", "amount"), FieldSchema.of(AporiaFieldType.STRING));
        assertThat(model.editing.current().entry("amount").orElseThrow().schema())
                .contains(FieldSchema.of(AporiaFieldType.STRING));
    }

    @Test
    void a_field_renamed_inline_is_checked_as_it_is_typed() {
        model.preview.set(preview(SQL, orders(0)));
        model.zones.assign(List.of("amount", "is_new"), Role.FEATURE);

        model.zones.startRename("amount");
        assertThat(model.zones.renameText.get()).isEqualTo("amount");
        model.zones.renameText.set("order total");
        assertThat(model.zones.renameProblem.get())
                .isEqualTo("'order total' has a space; use only letters, digits and underscores.");
        assertThat(model.zones.commitRename()).isFalse();
        model.zones.renameText.set("IS_NEW");
        assertThat(model.zones.renameProblem.get()).isEqualTo("'IS_NEW' is already the field of is_new.");
        model.zones.renameText.set("order_total");
        assertThat(model.zones.commitRename()).isTrue();

        assertThat(model.editing.current().entry("amount").orElseThrow().field()).isEqualTo("order_total");
        assertThat(model.zones.items).anyMatch(i -> i instanceof ZoneItem.Field f
                && f.label().equals("1. order_total ← amount"));
    }

    @Test
    void complete_needs_what_aporia_needs_and_done_needs_the_checks_on_this_preview() {
        assertThat(model.missing.get()).isEqualTo("Still needed: an ID column, a timestamp column, a feature and a "
                + "prediction.");
        assertThat(model.previewState.get().text()).startsWith("No preview of the query yet");
        model.preview.set(preview(SQL, orders(0)));
        mapTheExample();

        assertThat(model.complete.get()).isTrue();
        assertThat(model.done.get()).isTrue();
        assertThat(model.checks.summary.get()).isEqualTo(Banner.ok("checks-summary",
                "✓ All checks passed on 10 preview rows."));
        assertThat(model.checks.checks).extracting(ChecksPanelModel::describe)
                .contains("ℹ  8 of 10 preview predictions (80%) already have an actual in did_churn; the rest are "
                        + "NULL, not known yet.");

        model.preview.set(null); // the query was edited: this preview no longer describes it
        assertThat(model.done.get()).isFalse();
        assertThat(model.checks.checks).isEmpty();
        assertThat(model.checks.summary.get().text()).startsWith("The query changed since these checks ran");
        assertThat(model.complete.get()).as("the mapping itself stays").isTrue();
    }

    @Test
    void the_tensor_length_check_names_the_short_row_and_blocks() {
        model.preview.set(preview(SQL, orders(0)));
        mapTheExample();
        assertThat(model.done.get()).isTrue();

        model.preview.set(preview(SQL + " WHERE true", orders(4)));

        assertThat(model.done.get()).isFalse();
        assertThat(model.checks.summary.get().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(model.checks.checks.get(0).message()).isEqualTo("embedding is declared as a tensor of length 3, "
                + "but 1 row of 10 differs (row 4 has length 2).");
        assertThat(model.zones.items).anyMatch(i -> i instanceof ZoneItem.Field f && f.column().equals("embedding")
                && f.note().startsWith("embedding is declared as a tensor of length 3"));
    }

    @Test
    void wide_mappings_are_checked_in_the_background_and_the_list_waits_dimmed() {
        model = new MappingModel(Runnable::run, later, MappingWindow.TODAY);
        Previews wide = Previews.table();
        for (int c = 0; c < 300; c++) {
            wide.column("f" + c, "double");
        }
        for (int r = 0; r < 100; r++) {
            String[] row = new String[300];
            java.util.Arrays.fill(row, Integer.toString(r));
            wide.row(row);
        }
        model.preview.set(preview(SQL, wide));
        held.forEach(Runnable::run);
        held.clear();
        model.zones.assign(List.of("f0"), Role.ID);
        held.forEach(Runnable::run);
        held.clear();
        assertThat(model.checks.shown.get()).isNotNull();

        model.zones.assign(model.profile.get().columnNames().subList(1, 300), Role.FEATURE);

        assertThat(held).as("299 columns × 100 rows: checked off the FX thread").hasSize(1);
        assertThat(model.checks.stale.get()).isTrue();
        assertThat(model.checks.progress.get()).isEqualTo("Checking the mapping on 100 preview rows…");
        assertThat(model.checks.passed.get()).isFalse();
        held.forEach(Runnable::run);
        assertThat(model.checks.stale.get()).isFalse();
        assertThat(model.checks.shown.get().checks()).anyMatch(c -> c.message().startsWith("Choose a timestamp"));
    }

    @Test
    void suggestions_change_nothing_until_accepted_and_a_rejection_is_remembered() {
        model.preview.set(preview(SQL, orders(0)));
        model.suggest();

        assertThat(model.editing.current().entries()).isEmpty();
        assertThat(model.suggestions.pending).extracting(s -> s.column()).contains("order_id", "embedding",
                "will_churn", "did_churn");
        assertThat(model.suggestions.pendingModelType.get()).map(t -> t.type()).contains(ModelType.BINARY);
        var note = model.suggestions.pending.stream().filter(s -> s.column().equals("note")).findFirst()
                .orElseThrow();
        model.suggestions.reject(note);
        model.suggestions.acceptAll();

        assertThat(model.editing.current().roleOf("note")).isEmpty();
        assertThat(model.editing.current().idColumn().map(MappedColumn::column)).contains("order_id");
        assertThat(model.editing.current().modelType()).contains(ModelType.BINARY);
        assertThat(model.suggestions.heading.get())
                .isEqualTo("The mapping already follows every suggestion you did not reject.");
        String why = model.suggestions.made().flatMap(set -> set.forColumn("order_id")).orElseThrow().reason();
        assertThat(reasonShownFor("order_id")).as("an accepted entry says why").isEqualTo(why).isNotEmpty();
        model.zones.assign(List.of("order_id"), Role.RAW_INPUT);
        assertThat(reasonShownFor("order_id")).as("the user's own choice is not explained by the suggestion")
                .isEmpty();
        model.editing.undo();
        assertThat(reasonShownFor("order_id")).isEqualTo(why);
        model.editing.undo();
        assertThat(model.editing.current().roleOf("order_id")).as("accepting all is one step").isEmpty();
        assertThat(model.editing.current().rejectedSuggestions()).containsExactly(note.key());

        OnboardingProject saved = model.store(OnboardingProject.empty());
        assertThat(saved.mapping().rejectedSuggestions()).containsExactly(note.key());
    }

    private String reasonShownFor(String column) {
        return model.zones.items.stream().filter(i -> i instanceof ZoneItem.Field f && f.column().equals(column))
                .map(i -> ((ZoneItem.Field) i).reason()).findFirst().orElseThrow();
    }

    @Test
    void the_project_keeps_the_mapping_its_fingerprint_and_the_model_type() {
        model.preview.set(preview(SQL, orders(0)));
        mapTheExample();
        model.chooseModelType(Optional.of(ModelType.BINARY));

        OnboardingProject project = model.store(OnboardingProject.empty());

        assertThat(project.mapping().features()).extracting(f -> f.field()).containsExactly("amount", "is_new",
                "embedding");
        assertThat(project.mapping().features().get(2).dimensions()).containsExactly(3);
        assertThat(project.schema().columns()).hasSize(8);
        assertThat(project.model().modelType()).isEqualTo("binary");

        MappingModel reopened = new MappingModel(Runnable::run, Runnable::run, MappingWindow.TODAY);
        reopened.load(project);
        assertThat(reopened.editing.current()).isEqualTo(model.editing.current());
        assertThat(reopened.editing.canUndo().get()).isFalse();
        assertThat(reopened.store(project)).as("without a preview the saved fingerprint stays").isEqualTo(project);
    }

    @Test
    void a_preview_of_a_changed_query_keeps_what_fits_and_the_columns_gone_leave_in_one_undoable_step() {
        model.preview.set(preview(SQL, orders(0)));
        mapTheExample();
        model.zones.assign(List.of("note"), Role.RAW_INPUT);
        Previews fewer = Previews.table().column("order_id", "varchar").column("ordered_at", "timestamp")
                .column("amount", "double").column("will_churn", "boolean").column("did_churn", "boolean");
        for (int i = 1; i <= 10; i++) {
            fewer.row("o-" + i, "2026-11-0" + (i % 9 + 1) + " 10:00:00.000", Integer.toString(i), "true", "false");
        }

        model.preview.set(preview("SELECT order_id, ordered_at, amount, will_churn, did_churn FROM orders", fewer));

        assertThat(fields(Role.FEATURE)).containsExactly("amount");
        assertThat(fields(Role.RAW_INPUT)).isEmpty();
        assertThat(model.changes.heading.get()).startsWith("The query changed since the mapping was made on its last "
                + "preview");
        assertThat(model.changes.lines).contains("embedding is gone (it was array of length 3)");
        assertThat(model.changes.proposedVersion.get()).as("no new version for an edit of the query").isEmpty();
        assertThat(model.done.get()).isTrue();

        model.editing.undo();
        assertThat(fields(Role.FEATURE)).containsExactly("amount", "is_new", "embedding");
        assertThat(model.done.get()).as("the columns are back, and the checks say they are missing").isFalse();
        assertThat(model.checks.checks).anyMatch(c -> c.message().equals("is_new is mapped as Features but the "
                + "query's result has no such column (renamed or removed?)."));

        model.preview.set(preview("SELECT order_id, ordered_at, amount, will_churn, did_churn FROM orders", fewer));
        assertThat(fields(Role.FEATURE)).as("the same query again: nothing is compared").hasSize(3);
    }

    @Test
    void a_saved_project_on_changed_data_keeps_what_fits_asks_about_the_rest_and_proposes_the_next_version() {
        model.preview.set(preview(SQL, orders(0)));
        mapTheExample();
        OnboardingProject saved = model.store(OnboardingProject.empty());

        MappingModel retrained = new MappingModel(Runnable::run, Runnable::run, MappingWindow.TODAY);
        retrained.load(saved);
        Previews changed = Previews.table().column("order_id", "varchar").column("ordered_at", "timestamp")
                .column("amount", "double").column("embedding", "array").column("will_churn", "boolean")
                .column("did_churn", "boolean").column("channel", "varchar");
        for (int i = 1; i <= 10; i++) {
            changed.row("o-" + i, "2026-11-0" + (i % 9 + 1) + " 10:00:00.000", Integer.toString(i),
                    "[0.1, 0.2, 0.3, 0.4]", "true", "false", i % 2 == 0 ? "web" : "shop");
        }
        retrained.preview.set(preview(SQL, changed));

        assertThat(retrained.changes.lines).containsExactly(
                "note is gone (it was varchar)",
                "is_new is gone (it was boolean)",
                "embedding changed from length 3 to length 4",
                "channel is new (varchar)",
                "is_new (Features) is no longer in the query's result, so it left the mapping");
        assertThat(retrained.editing.current().inRole(Role.FEATURE)).extracting(MappedColumn::column)
                .containsExactly("amount", "embedding");
        assertThat(retrained.suggestions.pending).extracting(s -> s.summary())
                .containsExactly("embedding → Features, tensor [4]", "channel → Features, string");
        assertThat(retrained.changes.versionText.get()).isEqualTo("Aporia keeps version v1 with its old schema, so "
                + "a changed schema needs a new version name: v2.");

        retrained.changes.useProposedVersion();
        assertThat(retrained.store(saved).model().version()).isEqualTo("v2");
    }
}

package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.mapping.MappingSections;
import dev.athenawizard.core.mapping.check.Topic;
import dev.athenawizard.core.mapping.drift.CarryOver;
import dev.athenawizard.core.mapping.drift.Retraining;
import dev.athenawizard.core.mapping.drift.SchemaFingerprint;
import dev.athenawizard.core.mapping.edit.SetModelType;
import dev.athenawizard.core.mapping.edit.Unassign;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.SchemaSection;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Mapping step's state, without a screen: the Query step's preview profiled (off the FX thread), the mapping being
 * edited with undo and redo, and its panels — the column cards, the drop zones, suggestions, checks and what changed
 * since the project was saved — wired to each other.
 *
 * <p>Everything computed from a preview belongs to it: another preview (or none) drops the cards, suggestions and
 * checks made from the old one. The mapping itself stays; a saved mapping meeting new data keeps what still fits and
 * asks about the rest.
 */
final class MappingModel {
    /** Input: the Query step's latest successful preview; null while there is none. */
    final ObjectProperty<QueryPreview> preview = new SimpleObjectProperty<>();

    final LatestRun<QueryPreview, Profiled> profiling;
    final ObjectBinding<PreviewProfile> profile;
    final EditableMapping editing = new EditableMapping();
    final ColumnListModel columns = new ColumnListModel();
    final ZonesModel zones;
    final SuggestionsPanelModel suggestions;
    final ChecksPanelModel checks;
    final ChangesPanelModel changes = new ChangesPanelModel();
    /** What the mapping still lacks for Aporia ("an ID column, a feature …"); empty when nothing. */
    final StringBinding missing;
    /** The mapping has what Aporia needs: Next may be pressed. */
    final BooleanBinding complete;
    /** The checks ran on the current preview, and nothing blocks. */
    final BooleanBinding done;
    /** How the preview stands: being read, failed, or absent; null once its columns are shown. */
    final ObjectBinding<Banner> previewState;
    /** Whether the predictions fit the chosen model type, as the checks found; empty before they ran. */
    final StringBinding modelTypeNote;

    private final Executor work;
    private final Clock clock;
    private SchemaSection savedSchema = SchemaSection.EMPTY;
    private boolean carryOverPending;
    /** The preview the mapping was last shown with: a preview of another query is compared with it. */
    private Profiled madeOn;

    /**
     * @param ui    where outcomes land: {@code FxThread::run} on screen, a direct executor in tests
     * @param work  where profiling, suggestions and wide checks run
     * @param clock today's date, for the next version's name
     */
    MappingModel(Executor ui, Executor work, Clock clock) {
        this.work = work;
        this.clock = clock;
        profiling = new LatestRun<>(preview, ui);
        profile = Bindings.createObjectBinding(() -> profiling.result().get() == null ? null
                : profiling.result().get().profile(), profiling.result());
        suggestions = new SuggestionsPanelModel(ui, editing);
        zones = new ZonesModel(editing, suggestions::made);
        checks = new ChecksPanelModel(ui, work);
        wire();
        preview.addListener((o, was, now) -> {
            if (now != null) {
                profiling.run((p, updates) -> CompletableFuture.supplyAsync(() -> Profiled.of(p), work));
            }
        });
        profiling.result().addListener((o, was, now) -> arrived(now));
        missing = Bindings.createStringBinding(() -> missingText(editing.current()), editing.mapping());
        complete = Bindings.createBooleanBinding(() -> missing.get().isEmpty(), missing);
        done = complete.and(checks.passed);
        modelTypeNote = Bindings.createStringBinding(() -> checks.shown.get() == null ? ""
                : checks.shown.get().about(Topic.MODEL_TYPE).stream().findFirst()
                        .map(c -> ChecksPanelModel.describe(c).lines().findFirst().orElse("")).orElse(""),
                checks.shown);
        previewState = Bindings.createObjectBinding(this::previewState, preview, profiling.running(),
                profiling.failure(), profiling.result());
    }

    /** Each panel's inputs are the step's outputs (the same wiring the model tests use). */
    private void wire() {
        columns.profiled.bind(profiling.result());
        columns.mapping.bind(editing.mapping());
        zones.mapping.bind(editing.mapping());
        zones.profile.bind(profile);
        zones.report.bind(checks.shown);
        suggestions.profile.bind(profile);
        suggestions.mapping.bind(editing.mapping());
        suggestions.run.result().addListener(o -> zones.rebuild());
        checks.profile.bind(profile);
        checks.mapping.bind(editing.mapping());
    }

    /** The changes the project records. */
    Observable[] persisted() {
        return new Observable[] {editing.mapping(), profile, changes.acceptedVersion};
    }

    /** The model type picker: binary, multiclass, … or none. */
    void chooseModelType(Optional<ModelType> type) {
        if (!editing.current().modelType().equals(type)) {
            editing.apply(new SetModelType(type));
        }
    }

    /** "Suggest mapping". */
    void suggest() {
        suggestions.suggest(work);
    }

    /** Fills the step from a project (New, Open, a restored draft); forgets what was proposed for the last one. */
    void load(OnboardingProject project) {
        Mapping saved = MappingSections.read(project);
        editing.reset(saved, profile.get());
        savedSchema = project.schema();
        carryOverPending = !savedSchema.columns().isEmpty() && !saved.entries().isEmpty();
        madeOn = null;
        suggestions.clear();
        changes.clear();
        changes.savedVersion.set(project.model().version());
        columns.filter.set("");
        if (profiling.result().get() != null) {
            arrived(profiling.result().get());
        }
    }

    /** The mapping, the fingerprint of the preview it was made on, and the model type (and a version taken here). */
    OnboardingProject store(OnboardingProject project) {
        Mapping mapping = editing.current();
        PreviewProfile p = profile.get();
        OnboardingProject out = p == null ? project.withMapping(MappingSections.toSection(mapping))
                : MappingSections.write(project, mapping, p);
        ModelSection model = out.model().withModelType(MappingSections.modelTypeName(mapping));
        if (!changes.acceptedVersion.get().isEmpty()) {
            model = model.withVersion(changes.acceptedVersion.get());
        }
        return out.withModel(model);
    }

    /** A report on the current mapping and preview: the finished one, or the run in flight. */
    CompletableFuture<?> currentChecks() {
        return checks.run.currentResult().<CompletableFuture<?>>map(CompletableFuture::completedFuture)
                .orElseGet(() -> checks.inputs.get() == null ? CompletableFuture.failedFuture(
                        new IllegalStateException("no preview")) : checks.checkNow(work));
    }

    /**
     * A new preview: a saved mapping (just loaded) is carried onto it, keeping what fits; a mapping made on a preview
     * of another query keeps what fits too, and the columns gone from the result leave it (one undoable edit). Either
     * way "What changed" says how the columns differ and Suggestions asks about the rest.
     */
    private void arrived(Profiled now) {
        if (now == null) {
            return; // no preview: the mapping stays, what was computed from the old preview went with it
        }
        Mapping mapping = editing.current();
        if (carryOverPending) {
            carryOverPending = false;
            CarryOver carried = Retraining.carryOver(mapping, savedSchema, now.profile());
            editing.reset(carried.mapping(), now.profile());
            changes.show(carried, changes.savedVersion.get(), LocalDate.now(clock));
            suggestions.ask(carried.questions());
        } else if (madeOn != null && !now.preview().isFor(madeOn.preview().source())
                && !mapping.entries().isEmpty()) {
            CarryOver carried = Retraining.carryOver(mapping, SchemaFingerprint.of(madeOn.profile()), now.profile());
            editing.usePreview(now.profile());
            if (!carried.unchanged()) {
                List<String> gone = mapping.entries().stream().map(MappedColumn::column)
                        .filter(c -> !now.profile().has(c)).toList();
                if (!gone.isEmpty()) {
                    editing.apply(new Unassign(gone));
                }
                changes.showQueryChange(carried);
                suggestions.ask(carried.questions());
            }
        } else {
            editing.usePreview(now.profile());
        }
        madeOn = now;
    }

    private Banner previewState() {
        if (preview.get() == null) {
            return Banner.warn("preview-state", "No preview of the query yet: run it in the Query step. The column "
                    + "cards, suggestions and checks all come from its rows"
                    + (editing.current().entries().isEmpty() ? "." : "; the saved mapping is shown meanwhile."));
        }
        Throwable failure = profiling.failure().get();
        if (failure != null && !(failure instanceof CancellationException)) {
            return Banner.error("preview-state", "✗ The preview's columns could not be read: "
                    + failure.getMessage());
        }
        return null;
    }

    /** What Aporia needs that the mapping lacks, as one sentence; empty when it has everything. */
    static String missingText(Mapping m) {
        List<String> needed = new ArrayList<>();
        if (m.idColumn().isEmpty()) {
            needed.add("an ID column");
        }
        if (m.timestampColumn().isEmpty()) {
            needed.add("a timestamp column");
        }
        if (m.inRole(Role.FEATURE).isEmpty()) {
            needed.add("a feature");
        }
        if (m.inRole(Role.PREDICTION).isEmpty()) {
            needed.add("a prediction");
        }
        List<String> untyped = m.entries().stream().filter(e -> e.role().isField() && e.schema().isEmpty())
                .map(MappedColumn::column).toList();
        if (!untyped.isEmpty()) {
            needed.add("a type for " + Words.list(untyped.stream().limit(3).toList())
                    + (untyped.size() > 3 ? " and " + (untyped.size() - 3) + " more" : ""));
        }
        return needed.isEmpty() ? "" : "Still needed: " + Words.list(needed) + ".";
    }
}

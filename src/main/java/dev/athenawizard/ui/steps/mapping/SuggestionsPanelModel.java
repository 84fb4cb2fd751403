package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.edit.AcceptSuggestions;
import dev.athenawizard.core.mapping.edit.RejectSuggestions;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.mapping.suggest.MappingSuggester;
import dev.athenawizard.core.mapping.suggest.ModelTypeSuggestion;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import dev.athenawizard.ui.async.LatestRun;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The suggestions panel, without a screen: "Suggest mapping" proposals for the current preview, or, after a saved
 * project met new data, the questions about what changed. Each proposal says why; the user accepts or rejects them
 * all or one by one, and nothing is applied without that (an accepted batch is one undo step, a rejection is
 * remembered in the project so it is not offered again).
 */
final class SuggestionsPanelModel {
    /** Inputs, bound by the step. */
    final ObjectProperty<PreviewProfile> profile = new SimpleObjectProperty<>();
    final ObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(Mapping.EMPTY);

    final LatestRun<PreviewProfile, SuggestionSet> run;
    /** What is proposed: the last "Suggest mapping" for this preview, or the retraining questions. */
    final ObjectProperty<Proposals> proposals = new SimpleObjectProperty<>();
    /** The proposals still to decide on (neither what the mapping already is, nor rejected). */
    final ObservableList<Suggestion> pending = FXCollections.observableArrayList();
    final ObjectBinding<Optional<ModelTypeSuggestion>> pendingModelType;
    final StringBinding heading;
    final BooleanBinding anythingPending;
    /** A model type proposal the user dismissed for this preview. */
    private final BooleanProperty modelTypeDismissed = new SimpleBooleanProperty(false);
    private final EditableMapping editing;

    /**
     * @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests
     */
    SuggestionsPanelModel(Executor ui, EditableMapping editing) {
        this.editing = editing;
        run = new LatestRun<>(profile, ui);
        profile.addListener((o, was, now) -> {
            if (proposals.get() != null && proposals.get().kind() == Kind.SUGGESTED) {
                proposals.set(null); // suggestions belong to the preview they were made from
            }
        });
        run.result().addListener((o, was, set) -> {
            if (set != null) {
                modelTypeDismissed.set(false);
                proposals.set(new Proposals(Kind.SUGGESTED, set.columns(), set.modelType()));
            }
        });
        proposals.addListener(o -> refresh());
        mapping.addListener(o -> refresh());
        pendingModelType = Bindings.createObjectBinding(() -> {
            Proposals p = proposals.get();
            if (p == null || modelTypeDismissed.get() || p.modelType().isEmpty()) {
                return Optional.empty();
            }
            return p.modelType().filter(t -> !mapping.get().modelType().equals(Optional.of(t.type())));
        }, proposals, mapping, modelTypeDismissed);
        anythingPending = Bindings.createBooleanBinding(() -> !pending.isEmpty()
                || pendingModelType.get().isPresent(), pending, pendingModelType);
        heading = Bindings.createStringBinding(this::heading, proposals, pending, pendingModelType, run.running(),
                profile);
    }

    /** "Suggest mapping": proposals for every column of this preview, made on {@code work}. */
    void suggest(Executor work) {
        if (profile.get() == null) {
            return;
        }
        if (run.currentResult().isPresent()) {
            SuggestionSet set = run.currentResult().get();
            proposals.set(new Proposals(Kind.SUGGESTED, set.columns(), set.modelType()));
            return;
        }
        run.run((p, updates) -> CompletableFuture.supplyAsync(() -> MappingSuggester.suggest(p), work));
    }

    /** The questions a saved mapping raised on new data. */
    void ask(List<Suggestion> questions) {
        proposals.set(questions.isEmpty() ? null : new Proposals(Kind.QUESTIONS, questions, Optional.empty()));
    }

    void acceptAll() {
        if (anythingPending.get()) {
            editing.apply(new AcceptSuggestions(List.copyOf(pending), pendingModelType.get()));
        }
    }

    void rejectAll() {
        if (!pending.isEmpty()) {
            editing.apply(new RejectSuggestions(List.copyOf(pending)));
        }
        modelTypeDismissed.set(true);
    }

    void accept(Suggestion s) {
        editing.apply(new AcceptSuggestions(List.of(s)));
    }

    void reject(Suggestion s) {
        editing.apply(new RejectSuggestions(List.of(s)));
    }

    void acceptModelType() {
        pendingModelType.get().ifPresent(t -> editing.apply(new AcceptSuggestions(List.of(), Optional.of(t))));
    }

    void rejectModelType() {
        modelTypeDismissed.set(true);
    }

    /** Forgets what was proposed (another project). */
    void clear() {
        run.clear();
        proposals.set(null);
        modelTypeDismissed.set(false);
    }

    /** The last "Suggest mapping" for this preview: the reasons of the entries it made. */
    Optional<SuggestionSet> made() {
        return run.currentResult();
    }

    private void refresh() {
        Proposals p = proposals.get();
        Mapping m = mapping.get();
        pending.setAll(p == null ? List.of() : p.suggestions().stream()
                .filter(s -> !s.isSatisfiedBy(m) && !m.rejectedSuggestions().contains(s.key())).toList());
    }

    private String heading() {
        if (run.running().get()) {
            return "Looking at every column's name and values…";
        }
        Proposals p = proposals.get();
        if (p == null) {
            return profile.get() == null ? "Suggestions need the query's preview (Query step)."
                    : "Press Suggest mapping: each column gets a proposed role and type, with the reason. Nothing "
                            + "changes until you accept.";
        }
        int open = pending.size() + (pendingModelType.get().isPresent() ? 1 : 0);
        if (p.kind() == Kind.QUESTIONS) {
            return open == 0 ? "Every question about the changed columns is answered."
                    : "The query's columns changed since the project was saved: " + Words.count(open, "question")
                            + " about what changed. The rest of the mapping was kept.";
        }
        if (open == 0) {
            return "The mapping already follows every suggestion you did not reject.";
        }
        String columns = pending.isEmpty() ? "" : Words.count(pending.size(), "column suggestion");
        String type = pendingModelType.get().isPresent() ? "a model type" : "";
        return (columns.isEmpty() ? type : type.isEmpty() ? columns : columns + " and " + type)
                + " to accept or reject, each with its reason.";
    }

    enum Kind { SUGGESTED, QUESTIONS }

    /** A batch of proposals and where it came from. */
    record Proposals(Kind kind, List<Suggestion> suggestions, Optional<ModelTypeSuggestion> modelType) {
        Proposals {
            suggestions = List.copyOf(suggestions);
        }
    }
}

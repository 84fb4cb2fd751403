package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.ModelTypeSuggestion;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies suggestions the user accepted (one, a selection, or all), and the model type if accepted with them: one
 * undo step. Actuals are applied last, so an actual accepted with its prediction is linked to it.
 */
public record AcceptSuggestions(List<Suggestion> suggestions, Optional<ModelTypeSuggestion> modelType)
        implements MappingEdit {

    public AcceptSuggestions {
        suggestions = List.copyOf(suggestions);
    }

    public AcceptSuggestions(List<Suggestion> suggestions) {
        this(suggestions, Optional.empty());
    }

    @Override
    public String description() {
        String what = suggestions.size() == 1 ? "the suggestion for " + suggestions.get(0).column()
                : suggestions.size() + " suggestions";
        return "Accept " + (suggestions.isEmpty() ? "the model type" : what);
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        List<Refusal> refusals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> rejected = new HashSet<>(mapping.rejectedSuggestions());
        List<Suggestion> ordered = new ArrayList<>(suggestions.stream().filter(s -> s.role() != Role.ACTUAL).toList());
        ordered.addAll(suggestions.stream().filter(s -> s.role() == Role.ACTUAL).toList());
        List<Suggestion> applicable = new ArrayList<>();
        for (Suggestion s : ordered) {
            if (preview.has(s.column())) {
                applicable.add(s);
                rejected.remove(s.key());
            } else {
                refusals.add(new Refusal(s.column(), "the preview has no such column"));
            }
        }
        Mapping out = mapping.putAll(applicable.stream().map(Suggestion::entry).toList());
        for (Suggestion s : applicable) {
            boolean linkDropped = !s.linkedPrediction().isEmpty()
                    && out.entry(s.column()).map(e -> e.linkedPrediction().isEmpty()).orElse(false);
            if (linkDropped) {
                notes.add(s.column() + " is not linked: " + s.linkedPrediction() + " is not a prediction; accept it "
                        + "as one, or link the actual by hand");
            }
        }
        if (modelType.isPresent()) {
            out = out.withModelType(Optional.of(modelType.get().type()));
        }
        notes.addAll(MappingEdit.lostLinks(mapping, out));
        return new EditResult(out.withRejectedSuggestions(rejected), refusals, notes);
    }
}

package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import java.util.List;
import java.util.Optional;

/**
 * What "Suggest mapping" proposes for one preview: a suggestion per column, in column order, and a model type.
 *
 * @param columns   one suggestion per column that got one
 * @param modelType the model type the predictions call for, if they call for one
 */
public record SuggestionSet(List<Suggestion> columns, Optional<ModelTypeSuggestion> modelType) {
    public SuggestionSet {
        columns = List.copyOf(columns);
    }

    public Optional<Suggestion> forColumn(String column) {
        return columns.stream().filter(s -> s.column().equals(column)).findFirst();
    }

    public List<Suggestion> inRole(Role role) {
        return columns.stream().filter(s -> s.role() == role).toList();
    }

    /** The suggestions still to decide on: neither what the mapping already is, nor rejected before. */
    public List<Suggestion> pending(Mapping mapping) {
        return columns.stream()
                .filter(s -> !s.isSatisfiedBy(mapping) && !mapping.rejectedSuggestions().contains(s.key()))
                .toList();
    }
}

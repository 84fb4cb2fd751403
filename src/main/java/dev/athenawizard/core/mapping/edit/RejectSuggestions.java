package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Dismisses suggestions: the mapping stays as it is, and these proposals are not offered again. */
public record RejectSuggestions(List<Suggestion> suggestions) implements MappingEdit {
    public RejectSuggestions {
        suggestions = List.copyOf(suggestions);
    }

    @Override
    public String description() {
        return "Reject " + (suggestions.size() == 1 ? "the suggestion for " + suggestions.get(0).column()
                : suggestions.size() + " suggestions");
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        Set<String> rejected = new TreeSet<>(mapping.rejectedSuggestions());
        suggestions.forEach(s -> rejected.add(s.key()));
        return new EditResult(mapping.withRejectedSuggestions(rejected), List.of(), List.of());
    }
}

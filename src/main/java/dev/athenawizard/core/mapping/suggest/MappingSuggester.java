package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.mapping.model.FieldNames;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Suggest mapping": a role, type and reason for every column of a preview, from the column names and the value
 * profiles. Nothing is applied: the screen lists the suggestions and the user accepts or rejects them (see
 * {@code AcceptSuggestions}, {@code RejectSuggestions}).
 *
 * <p>Order of decisions: the ID column (unique, never NULL, named like an id or text), the timestamp column (a point
 * in time, never NULL, named like one), predictions and actuals by name (with each actual linked to the prediction
 * it grades), then each remaining column becomes a feature, a raw input (free text, other ids and times, values
 * that almost all differ) or is ignored (no Aporia type holds it, all NULL, SHAP columns).
 */
public final class MappingSuggester {
    private MappingSuggester() {
    }

    public static SuggestionSet suggest(PreviewProfile preview) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ColumnProfile p : preview.columns()) {
            if (seen.add(p.name())) { // a repeated name is one column to Aporia; the checks report it
                candidates.add(Candidate.of(p));
            }
        }
        Map<String, Suggestion> chosen = new LinkedHashMap<>();
        IdentitySuggestions.id(candidates, preview.rowCount()).ifPresent(s -> chosen.put(s.column(), s));
        Optional<Suggestion> timestamp = IdentitySuggestions.timestamp(without(candidates, chosen), preview.rowCount());
        timestamp.ifPresent(s -> chosen.put(s.column(), s));
        OutcomeSuggestions.Outcomes outcomes = OutcomeSuggestions.find(without(candidates, chosen));
        outcomes.predictions().forEach(s -> chosen.put(s.column(), s));
        outcomes.actuals().forEach(s -> chosen.put(s.column(), s));
        for (Candidate c : without(candidates, chosen)) {
            chosen.put(c.column(), InputSuggestions.of(c, timestamp.map(Suggestion::column)));
        }
        Map<String, Integer> order = new HashMap<>();
        candidates.forEach(c -> order.put(c.column(), c.profile().index()));
        List<Suggestion> ordered = new ArrayList<>(chosen.values());
        ordered.sort(Comparator.comparingInt(s -> order.get(s.column())));
        return new SuggestionSet(withAcceptableNames(ordered),
                ModelTypeSuggestions.suggest(outcomes.predictions(), outcomes.actuals(), preview));
    }

    private static List<Candidate> without(List<Candidate> candidates, Map<String, Suggestion> chosen) {
        return candidates.stream().filter(c -> !chosen.containsKey(c.column())).toList();
    }

    /** Fields named after columns Aporia would refuse as names get a name it accepts, unique among the fields. */
    private static List<Suggestion> withAcceptableNames(List<Suggestion> suggestions) {
        Set<String> taken = new HashSet<>();
        suggestions.stream().filter(s -> s.role().isField() && FieldNames.valid(s.field()))
                .forEach(s -> taken.add(FieldNames.identity(s.field())));
        List<Suggestion> out = new ArrayList<>(suggestions.size());
        for (Suggestion s : suggestions) {
            Optional<String> problem = s.role().isField() ? FieldNames.problem(s.field()) : Optional.empty();
            if (problem.isEmpty()) {
                out.add(s);
                continue;
            }
            String base = FieldNames.suggestFor(s.column());
            String name = base;
            for (int n = 2; taken.contains(FieldNames.identity(name)); n++) {
                name = base + "_" + n;
            }
            taken.add(FieldNames.identity(name));
            out.add(new Suggestion(s.column(), s.role(), name, s.schema(), s.linkedPrediction(), s.confidence(),
                    s.reason() + "; field named '" + name + "' because " + problem.get()));
        }
        return out;
    }
}

package dev.athenawizard.core.mapping.drift;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.Confidence;
import dev.athenawizard.core.mapping.suggest.MappingSuggester;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import dev.athenawizard.core.mapping.types.TypeFit;
import dev.athenawizard.core.project.SchemaSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reopening last month's project on this month's data: keeps every mapping that still fits the new preview and asks
 * only about what changed (see {@link CarryOver}).
 */
public final class Retraining {
    private Retraining() {
    }

    public static CarryOver carryOver(Mapping saved, SchemaSection savedSchema, PreviewProfile now) {
        SchemaDiff diff = SchemaDiff.between(savedSchema, now);
        TypeAdvisor types = new TypeAdvisor(now);
        Mapping kept = saved;
        List<String> dropped = new ArrayList<>();
        List<Suggestion> questions = new ArrayList<>();
        for (MappedColumn e : saved.entries()) {
            if (!now.has(e.column())) {
                kept = kept.remove(e.column());
                dropped.add(e.column() + " (" + e.role().zone() + ") is no longer in the query's result, so it left "
                        + "the mapping");
                continue;
            }
            if (e.role().isField() && e.schema().isPresent()) {
                TypeFit fit = types.fit(e.column(), e.schema().get());
                if (!fit.fits()) {
                    questions.add(retype(e, fit, types, diff));
                }
            }
        }
        SuggestionSet suggestions = MappingSuggester.suggest(now);
        Mapping carried = kept;
        for (ColumnChange added : diff.ofKind(ColumnChange.Kind.ADDED)) {
            suggestions.forColumn(added.column())
                    .filter(s -> !s.role().isSingle() || carried.inRole(s.role()).isEmpty())
                    .ifPresent(s -> questions.add(new Suggestion(s.column(), s.role(), s.field(), s.schema(),
                            s.linkedPrediction(), s.confidence(), "new column: " + s.reason())));
        }
        return new CarryOver(carried, diff, questions, dropped);
    }

    /** The column's new type (keeping its role and name), or ignoring it when no type holds it any more. */
    private static Suggestion retype(MappedColumn e, TypeFit fit, TypeAdvisor types, SchemaDiff diff) {
        String change = diff.forColumn(e.column()).map(c -> c.describe() + "; ").orElse("");
        String was = "was " + e.schema().get().label() + ", which no longer fits (" + fit.reason() + ")";
        Optional<FieldSchema> proposal = types.propose(e.column()).map(c -> c.schema());
        if (proposal.isEmpty()) {
            return new Suggestion(e.column(), Role.IGNORED, e.column(), Optional.empty(), "", Confidence.MEDIUM,
                    change + was + "; no Aporia type holds it now");
        }
        String reason = types.propose(e.column()).get().reason();
        return new Suggestion(e.column(), e.role(), e.field(), proposal, e.linkedPrediction(), Confidence.HIGH,
                change + was + "; now: " + reason);
    }
}

package dev.athenawizard.core.mapping.drift;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import java.util.List;

/**
 * A saved mapping brought onto a new preview of its query (retraining: a new model version).
 *
 * @param mapping   every saved entry whose column is still there, unchanged, types included (a type that no longer
 *                  fits stays until the user answers its question, so the checks point at it)
 * @param diff      what changed in the columns
 * @param questions what to ask about, as suggestions to accept or reject: a new type for a column whose values no
 *                  longer fit its type (a tensor of another length), a role for each added column
 * @param dropped   notes on mapped columns that are gone from the result and left the mapping
 */
public record CarryOver(Mapping mapping, SchemaDiff diff, List<Suggestion> questions, List<String> dropped) {
    public CarryOver {
        questions = List.copyOf(questions);
        dropped = List.copyOf(dropped);
    }

    /** Whether nothing changed that needs the user: same columns, every mapping still fits. */
    public boolean unchanged() {
        return diff.isEmpty() && questions.isEmpty() && dropped.isEmpty();
    }
}

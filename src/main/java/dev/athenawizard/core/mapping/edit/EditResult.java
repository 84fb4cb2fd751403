package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import java.util.List;

/**
 * What an edit made of a mapping.
 *
 * @param mapping   the mapping after the edit (the same one when nothing changed)
 * @param refusals  columns the edit was not done for, and why
 * @param notes     side effects worth telling ("prediction_id was the ID column; it is unassigned now")
 */
public record EditResult(Mapping mapping, List<Refusal> refusals, List<String> notes) {
    public EditResult {
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
    }

    static EditResult refused(Mapping unchanged, String column, String reason) {
        return new EditResult(unchanged, List.of(new Refusal(column, reason)), List.of());
    }
}

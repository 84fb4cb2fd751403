package dev.athenawizard.core.mapping.edit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link MappingHistory#apply} did, for the status line.
 *
 * @param description the edit ("Assign amount, owner to Features")
 * @param changed     whether the mapping changed (and an undo step was recorded)
 * @param refusals    columns it was not done for, and why
 * @param notes       side effects worth telling
 */
public record EditOutcome(String description, boolean changed, List<Refusal> refusals, List<String> notes) {
    public EditOutcome {
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
    }

    /** Whether nothing was done because of a refusal. */
    public boolean refused() {
        return !changed && !refusals.isEmpty();
    }

    /** One sentence or two: what was done, what was not and why, and what else changed. */
    public String message() {
        String refused = refusals.stream().map(Refusal::describe).collect(Collectors.joining("; "));
        StringBuilder b = new StringBuilder();
        if (!changed) {
            b.append(refusals.isEmpty() ? description + ": nothing to change." : "Not done: " + refused + ".");
        } else {
            b.append(description).append('.');
            if (!refusals.isEmpty()) {
                b.append(" Not done for ").append(refused).append('.');
            }
        }
        notes.forEach(n -> b.append(' ').append(n).append('.'));
        return b.toString();
    }
}

package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * One user action on the mapping, as a value: applied through {@link MappingHistory#apply} it becomes one undo step.
 * Drags, keyboard shortcuts and context-menu items all produce the same edits. An edit that cannot be done for a
 * column says why ({@link Refusal}) and leaves that column as it was.
 */
public sealed interface MappingEdit permits AssignRole, Unassign, MoveWithinRole, RenameField, Retype, LinkActual,
        AcceptSuggestions, RejectSuggestions, SetModelType {

    /** What the edit does, for the undo menu ("Assign amount to Features"). */
    String description();

    /** The mapping after the edit, judged against the preview's values where types are concerned. */
    EditResult apply(Mapping mapping, PreviewProfile preview);

    /** {@code amount}, {@code amount and owner}, {@code 3 columns}. */
    static String columnsText(List<String> columns) {
        return columns.size() <= 2 ? String.join(" and ", columns) : columns.size() + " columns";
    }

    /** Notes for actuals that lost their link because their prediction left its role. */
    static List<String> lostLinks(Mapping before, Mapping after) {
        List<String> notes = new ArrayList<>();
        for (MappedColumn was : before.inRole(Role.ACTUAL)) {
            if (!was.linkedPrediction().isEmpty() && after.entry(was.column())
                    .map(now -> now.role() == Role.ACTUAL && now.linkedPrediction().isEmpty()).orElse(false)) {
                notes.add(was.column() + " no longer grades " + was.linkedPrediction()
                        + ", which is not a prediction now: link it again");
            }
        }
        return notes;
    }
}

package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.check.Severity;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;

/** One line of the drop zones' list: a zone's title, one of its columns, or the hint of an empty zone. */
sealed interface ZoneItem permits ZoneItem.Header, ZoneItem.Field, ZoneItem.Empty {

    Role role();

    /**
     * A zone's title.
     *
     * @param title {@code Features}
     * @param hint  how to fill it without dragging, and what order means there
     */
    record Header(Role role, String title, String hint) implements ZoneItem {
    }

    /**
     * A column in the zone.
     *
     * @param entry    its place in the mapping
     * @param position its place in the zone, from 0
     * @param label    {@code 1. amount}, or {@code decision ← will_buy_insurance} for a renamed field
     * @param type     the Aporia type ({@code tensor [768]}), {@code no type yet}, or empty for roles without one
     * @param link     for an actual, the prediction it grades; for a prediction, its actuals; else empty
     * @param note     what the checks found for the column (the most serious), empty when nothing
     * @param severity how serious the note is; null without a note
     * @param reason   why the suggestion that made this entry made it; empty when it came from elsewhere
     */
    record Field(Role role, MappedColumn entry, int position, String label, String type, String link, String note,
            Severity severity, String reason) implements ZoneItem {
        String column() {
            return entry.column();
        }
    }

    /** An empty zone: what belongs there, and how to put it there. */
    record Empty(Role role, String text) implements ZoneItem {
    }
}

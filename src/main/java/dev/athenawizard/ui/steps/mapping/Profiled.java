package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.mapping.ColumnSearch;
import dev.athenawizard.core.mapping.profile.DeclaredTypes;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;

/**
 * A preview made ready for the screen, off the FX thread: its column profiles, a card per column and the search over
 * them. It belongs to the preview it was made from.
 *
 * @param preview the Query step's preview
 * @param profile every column's profile
 * @param cards   one card per column, in result order
 * @param search  filters the cards as the user types (use it on the FX thread only)
 */
record Profiled(QueryPreview preview, PreviewProfile profile, List<ColumnCard> cards, ColumnSearch search) {

    /** Profiles every column (tens of milliseconds for 2,000 columns: not on the FX thread). */
    static Profiled of(QueryPreview preview) {
        PreviewProfile profile = PreviewProfile.of(preview.table(), DeclaredTypes.of(preview.tablesRead()));
        List<ColumnCard> cards = profile.columns().stream().map(ColumnCard::of).toList();
        return new Profiled(preview, profile, cards, ColumnSearch.of(profile.columns()));
    }
}

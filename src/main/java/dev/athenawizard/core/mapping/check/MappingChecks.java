package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks before the user may go on, on the preview sample: the ID (present, unique, never NULL), the timestamp
 * (present, never NULL), every field's type against its values (a tensor's length in every row), field names
 * Aporia accepts, at least one feature and one prediction, actuals linked with matching labels, how many
 * predictions already have an actual, and whether the predictions fit the model type. Each finding names its column
 * and carries example rows; errors block, the rest inform.
 *
 * <p>Checks read every preview row of the mapped columns: run them off the FX thread for wide previews.
 */
public final class MappingChecks {
    private MappingChecks() {
    }

    public static CheckReport run(Mapping mapping, PreviewProfile preview) {
        List<Check> found = new ArrayList<>();
        IdentityChecks.run(mapping, preview, found);
        FieldChecks.run(mapping, preview, found);
        OutcomeChecks.run(mapping, preview, found);
        ModelTypeChecks.run(mapping, preview, found);
        return new CheckReport(found, preview.rowCount());
    }
}

package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import java.util.Optional;

/**
 * Links an actual to the prediction it grades (Aporia compares the two), or unlinks it.
 *
 * @param actual     the actual's column
 * @param prediction the prediction's column; empty to unlink
 */
public record LinkActual(String actual, String prediction) implements MappingEdit {
    @Override
    public String description() {
        return prediction.isEmpty() ? "Unlink " + actual : "Link " + actual + " to " + prediction;
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        if (!mapping.roleOf(actual).equals(Optional.of(Role.ACTUAL))) {
            return EditResult.refused(mapping, actual, "only an actual can grade a prediction");
        }
        if (!prediction.isEmpty() && !mapping.roleOf(prediction).equals(Optional.of(Role.PREDICTION))) {
            return EditResult.refused(mapping, actual, prediction + " is not a prediction");
        }
        return new EditResult(mapping.link(actual, prediction), List.of(), List.of());
    }
}

package dev.athenawizard.core.aporia.client;

import dev.athenawizard.core.aporia.plan.DatasetKind;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call of a registration as the user sees it: the model, the version, then each dataset.
 *
 * @param dataset which dataset, for a {@code DATASET} step
 * @param label   "model insurance", "version v1", "serving dataset"
 */
public record RegistrationStep(Kind kind, Optional<DatasetKind> dataset, String label) {
    public enum Kind { MODEL, VERSION, DATASET }

    /** The steps of a plan, in the order they run. */
    public static List<RegistrationStep> of(RegistrationPlan plan) {
        List<RegistrationStep> steps = new ArrayList<>();
        steps.add(new RegistrationStep(Kind.MODEL, Optional.empty(), "model " + plan.model().id()));
        steps.add(new RegistrationStep(Kind.VERSION, Optional.empty(), "version " + plan.version().name()));
        plan.datasets().forEach(d -> steps.add(new RegistrationStep(Kind.DATASET, Optional.of(d.kind()),
                d.kind().label())));
        return List.copyOf(steps);
    }

    @Override
    public String toString() {
        return label;
    }
}

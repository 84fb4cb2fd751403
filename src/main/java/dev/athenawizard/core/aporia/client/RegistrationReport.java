package dev.athenawizard.core.aporia.client;

import java.util.List;
import java.util.Optional;

/**
 * How a run ended: every step's state, and whether all are done.
 *
 * @param failure the failed step's reason, when one failed
 */
public record RegistrationReport(List<StepState> steps, Optional<String> failure) {
    public RegistrationReport {
        steps = List.copyOf(steps);
    }

    /** True only when Aporia has the model, the version and every dataset. */
    public boolean complete() {
        return steps.stream().allMatch(StepState::done);
    }
}

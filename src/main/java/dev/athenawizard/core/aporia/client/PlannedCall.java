package dev.athenawizard.core.aporia.client;

import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A call a registration makes, with the step it belongs to and why: what a dry run prints and the JSON export lists.
 *
 * @param why empty for the calls that register something; for a look-up, why it is made
 */
public record PlannedCall(RegistrationStep step, AporiaCall call, String why) {

    /** Every call a first registration of the plan makes, in order, with the key rendered as {@code key} says. */
    public static List<PlannedCall> of(RegistrationPlan plan, KeyText key) {
        List<PlannedCall> calls = new ArrayList<>();
        for (RegistrationStep step : RegistrationStep.of(plan)) {
            switch (step.kind()) {
                case MODEL -> calls.add(new PlannedCall(step,
                        AporiaCall.post(Payloads.modelsPath(), Payloads.model(plan.model())), ""));
                case VERSION -> {
                    boolean tensors = plan.version().features().stream()
                            .anyMatch(f -> f.type().hasDimensions())
                            || plan.version().rawInputs().stream().anyMatch(f -> f.type().hasDimensions())
                            || plan.version().predictions().stream().anyMatch(f -> f.type().hasDimensions());
                    if (tensors) {
                        calls.add(new PlannedCall(step, AporiaCall.get(Payloads.capabilitiesPath()),
                                "does this Aporia accept tensor fields? (the SDK asks too)"));
                    }
                    calls.add(new PlannedCall(step, AporiaCall.get(Payloads.versionsPath(plan.model().id())),
                            "is version " + plan.version().name() + " already there? (then it is kept)"));
                    calls.add(new PlannedCall(step, AporiaCall.post(Payloads.versionsPath(plan.model().id()),
                            Payloads.version(plan.version())), ""));
                }
                case DATASET -> calls.add(new PlannedCall(step, AporiaCall.post(
                        Payloads.datasetsPath(plan.model().id(), plan.version().name()),
                        Payloads.dataset(plan, plan.dataset(step.dataset().orElseThrow()).orElseThrow(), key))
                        .withTimeout(AporiaCall.CONNECT_TIMEOUT), ""));
            }
        }
        return List.copyOf(calls);
    }
}

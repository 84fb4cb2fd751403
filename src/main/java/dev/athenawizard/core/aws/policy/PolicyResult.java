package dev.athenawizard.core.aws.policy;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PolicyGenerator} produced: the policy, or the list of what is missing.
 *
 * @param policy  the complete policy when nothing is missing
 * @param missing what must be provided first; empty when the policy is complete
 * @param known   the statements that can be written with what is known (the whole policy when complete; empty when
 *                more than the tables' data locations is missing)
 */
public record PolicyResult(Optional<IamPolicy> policy, List<MissingInput> missing, IamPolicy known) {
    public PolicyResult {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return policy.isPresent();
    }

    /** The policy, or an exception listing every missing input (for the CLI). */
    public IamPolicy orElseThrow() {
        return policy.orElseThrow(() -> new IllegalStateException(missingMessage()));
    }

    /**
     * The same result, with each missing input told by the look-up that failed for it ("Workgroup 'x' was not
     * found…" rather than "the workgroup has no result location"): one message per problem.
     */
    public PolicyResult explainedBy(List<MissingInput> lookUpFailures) {
        List<MissingInput> explained = missing.stream()
                .map(m -> lookUpFailures.stream().filter(f -> f.field().equals(m.field())).findFirst().orElse(m))
                .distinct()
                .toList();
        return new PolicyResult(policy, explained, known);
    }

    /** "The policy cannot be generated yet:" and one line per missing input. */
    public String missingMessage() {
        return "The policy cannot be generated yet:\n  - "
                + String.join("\n  - ", missing.stream().map(MissingInput::message).toList());
    }
}

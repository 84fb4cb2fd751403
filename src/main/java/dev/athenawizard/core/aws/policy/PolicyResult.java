package dev.athenawizard.core.aws.policy;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PolicyGenerator} produced: the policy, or the list of what is missing (never both).
 *
 * @param policy  the complete policy when nothing is missing
 * @param missing what must be provided first; empty when the policy is complete
 */
public record PolicyResult(Optional<IamPolicy> policy, List<MissingInput> missing) {
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

    /** "The policy cannot be generated yet:" and one line per missing input. */
    public String missingMessage() {
        return "The policy cannot be generated yet:\n  - "
                + String.join("\n  - ", missing.stream().map(MissingInput::message).toList());
    }
}

package dev.athenawizard.core.aws.identity;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a connection.
 *
 * <ul>
 *   <li>ok: identity present, no problem (warnings may still apply);</li>
 *   <li>credentials valid but Athena refused: identity present <em>and</em> a {@link ProblemField#PERMISSIONS}
 *       problem;</li>
 *   <li>failed: no identity, a problem naming the field to fix.</li>
 * </ul>
 *
 * @param identity who the credentials are, once STS answered
 * @param warnings advice about the credentials (root, long-term keys)
 * @param problem  what stops the connection from working
 */
public record VerificationResult(
        Optional<CallerIdentity> identity, List<CredentialWarning> warnings, Optional<VerificationProblem> problem) {

    public VerificationResult {
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return identity.isPresent() && problem.isEmpty();
    }

    static VerificationResult failed(VerificationProblem problem) {
        return new VerificationResult(Optional.empty(), List.of(), Optional.of(problem));
    }
}

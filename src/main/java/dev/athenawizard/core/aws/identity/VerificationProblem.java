package dev.athenawizard.core.aws.identity;

import java.util.Optional;

/**
 * Why a connection could not be verified, in plain words, pointing at the field to fix.
 *
 * @param field        the field (or outside cause) to fix
 * @param message      what went wrong, e.g. "AWS does not recognise access key id AKIA…"
 * @param hint         what to do next, e.g. {@code aws sso login --profile dev}; empty when the message says it
 * @param awsErrorCode AWS's error code ({@code InvalidClientTokenId}, {@code AccessDeniedException}, …) or empty
 */
public record VerificationProblem(ProblemField field, String message, Optional<String> hint, String awsErrorCode) {
    public VerificationProblem {
        hint = hint == null ? Optional.empty() : hint;
        awsErrorCode = awsErrorCode == null ? "" : awsErrorCode;
    }

    static VerificationProblem of(ProblemField field, String message) {
        return new VerificationProblem(field, message, Optional.empty(), "");
    }
}

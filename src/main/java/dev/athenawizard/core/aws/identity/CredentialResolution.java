package dev.athenawizard.core.aws.identity;

import dev.athenawizard.core.aws.credentials.AwsProfile;
import dev.athenawizard.core.aws.credentials.AwsProfiles;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.ProfileKind;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Resolves a credential source into keys before any AWS call, so a missing profile or an expired SSO session is
 * reported against the profile, not as a network error later.
 */
final class CredentialResolution {

    /** Either the resolved credentials or the problem. */
    record Outcome(Optional<AwsCredentials> credentials, Optional<VerificationProblem> problem) {
    }

    private CredentialResolution() {
    }

    static Outcome resolve(CredentialSource source) {
        if (source instanceof CredentialSource.Profile profile) {
            Optional<VerificationProblem> unusable = checkProfile(profile);
            if (unusable.isPresent()) {
                return new Outcome(Optional.empty(), unusable);
            }
        }
        try {
            return new Outcome(Optional.of(source.provider().resolveCredentials()), Optional.empty());
        } catch (SdkException | IllegalStateException e) {
            return new Outcome(Optional.empty(), Optional.of(explain(source, e)));
        }
    }

    private static Optional<VerificationProblem> checkProfile(CredentialSource.Profile profile) {
        AwsProfiles.Listing listing = new AwsProfiles(profile.files()).list();
        if (listing.problem().isPresent()) {
            return Optional.of(VerificationProblem.of(ProblemField.PROFILE, listing.problem().get()));
        }
        Optional<AwsProfile> found = listing.find(profile.name());
        if (found.isEmpty()) {
            return Optional.of(VerificationProblem.of(ProblemField.PROFILE, "Profile \"" + profile.name()
                    + "\" is not in " + profile.files().config() + " or " + profile.files().credentials() + "."));
        }
        if (found.get().kind() == ProfileKind.NO_CREDENTIALS) {
            return Optional.of(VerificationProblem.of(ProblemField.PROFILE, "Profile \"" + profile.name()
                    + "\" has settings but no credentials (no keys, SSO, role or credential process)."));
        }
        return Optional.empty();
    }

    private static VerificationProblem explain(CredentialSource source, RuntimeException e) {
        if (source instanceof CredentialSource.Profile profile) {
            if (isSsoFailure(e)) {
                String login = "aws sso login --profile " + profile.name();
                return new VerificationProblem(ProblemField.PROFILE, "The SSO session of profile \"" + profile.name()
                        + "\" has expired or was never started.", Optional.of("Run " + login + ", then try again."),
                        "ExpiredToken");
            }
            return VerificationProblem.of(ProblemField.PROFILE, "Profile \"" + profile.name() + "\" did not produce "
                    + "credentials: " + firstSentence(e.getMessage()));
        }
        if (source instanceof CredentialSource.DefaultChain) {
            return new VerificationProblem(ProblemField.CREDENTIAL_SOURCE, "No AWS credentials were found: none in "
                    + "the environment variables, the default profile, a web identity token, or a container or "
                    + "instance role.", Optional.of("Choose a profile, or enter an access key."), "");
        }
        return VerificationProblem.of(ProblemField.CREDENTIAL_SOURCE, "The credentials could not be loaded: "
                + firstSentence(e.getMessage()));
    }

    private static boolean isSsoFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (type.contains(".sso.") || type.contains(".ssooidc.") || message.contains("SSO")) {
                return true;
            }
        }
        return false;
    }

    /** The SDK's first sentence, without the dump of the profile file that some messages append. */
    private static String firstSentence(String message) {
        if (message == null) {
            return "no reason given";
        }
        int cut = message.indexOf(": ProfileFile(");
        String text = cut < 0 ? message : message.substring(0, cut);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

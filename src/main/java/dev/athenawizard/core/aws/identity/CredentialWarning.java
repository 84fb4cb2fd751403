package dev.athenawizard.core.aws.identity;

/**
 * Advice about credentials that work but are not what the user should be using.
 *
 * @param severity how loudly to say it
 * @param message  the advice, in a sentence or two
 */
public record CredentialWarning(Severity severity, String message) {

    public enum Severity {
        /** Say it loudly: the credentials are dangerous to use here (root). */
        STRONG,
        /** Worth knowing: a safer way exists (long-term keys). */
        ADVICE
    }

    static CredentialWarning root() {
        return new CredentialWarning(Severity.STRONG, "These are the account's root user credentials. They can do "
                + "anything in the account, including closing it. Do not use them here: create an IAM user or role "
                + "with only the permissions the wizard needs, and delete the root access key.");
    }

    static CredentialWarning longTermKey(String accessKeyId) {
        return new CredentialWarning(Severity.ADVICE, "Access key " + accessKeyId + " is a long-term key (AKIA…): "
                + "it works until someone deletes it. For Aporia, use a dedicated IAM user with only the generated "
                + "least-privilege policy, as the Aporia guide asks; for yourself, prefer short-lived credentials "
                + "(SSO, or a role).");
    }
}

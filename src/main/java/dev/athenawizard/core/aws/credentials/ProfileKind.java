package dev.athenawizard.core.aws.credentials;

/** How an AWS profile obtains its credentials, in the words a profile picker shows. */
public enum ProfileKind {
    STATIC_KEYS("access keys"),
    SSO("SSO (IAM Identity Center)"),
    ASSUME_ROLE("assumes a role"),
    CREDENTIAL_PROCESS("credential process"),
    WEB_IDENTITY("web identity token"),
    /** A profile with settings (a region, say) but no way to get credentials by itself. */
    NO_CREDENTIALS("no credentials");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean providesCredentials() {
        return this != NO_CREDENTIALS;
    }
}

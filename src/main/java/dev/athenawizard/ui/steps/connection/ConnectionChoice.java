package dev.athenawizard.ui.steps.connection;

/** The four ways the Connection step offers to reach Athena. */
public enum ConnectionChoice {
    SANDBOX("Try without AWS",
            "A built-in Athena-compatible sandbox with demo data, on this computer. No AWS account needed."),
    ACCESS_KEY("Access key",
            "An access key id and secret, with a session token if the keys are temporary (Aporia's guide's way)."),
    PROFILE("AWS profile",
            "A profile from your AWS config files: keys, SSO, or a role to assume."),
    DEFAULT_CHAIN("Default credentials",
            "Whatever the AWS SDK finds: environment variables, the default profile, a container or instance role.");

    private final String label;
    private final String explanation;

    ConnectionChoice(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}

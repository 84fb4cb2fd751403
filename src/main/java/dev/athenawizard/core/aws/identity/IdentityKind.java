package dev.athenawizard.core.aws.identity;

/** What kind of principal a set of credentials belongs to, read from the ARN STS returns. */
public enum IdentityKind {
    IAM_USER("IAM user"),
    ASSUMED_ROLE("assumed role"),
    FEDERATED_USER("federated user"),
    ROOT("root user"),
    OTHER("AWS identity");

    private final String label;

    IdentityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code arn:aws:iam::123:user/x}, {@code arn:aws:sts::123:assumed-role/R/s}, {@code arn:aws:iam::123:root}, … */
    public static IdentityKind fromArn(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length < 6) {
            return OTHER;
        }
        String resource = parts[5];
        if (resource.equals("root")) {
            return ROOT;
        }
        if (resource.startsWith("user/")) {
            return IAM_USER;
        }
        if (resource.startsWith("assumed-role/")) {
            return ASSUMED_ROLE;
        }
        if (resource.startsWith("federated-user/")) {
            return FEDERATED_USER;
        }
        return OTHER;
    }
}

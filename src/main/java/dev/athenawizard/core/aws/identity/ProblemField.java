package dev.athenawizard.core.aws.identity;

/** The field (or the thing outside the form) a user has to change to fix a failed verification. */
public enum ProblemField {
    ACCESS_KEY_ID,
    SECRET_ACCESS_KEY,
    SESSION_TOKEN,
    PROFILE,
    /** The default chain found nothing, or something else about where credentials come from. */
    CREDENTIAL_SOURCE,
    REGION,
    ENDPOINT,
    /** No network, a proxy, a firewall: nothing in the form. */
    NETWORK,
    /** The credentials are valid but lack a permission. */
    PERMISSIONS,
    /** The computer's clock is too far off for AWS to accept signatures. */
    CLOCK,
    OTHER
}

package dev.athenawizard.core.aws.secrets;

import java.util.Objects;

/**
 * Names one secret in the store and in the OS keychain: what it is and whose it is, e.g. the secret access key of
 * {@code AKIA…}, or the Aporia token for a host. The name itself is not secret.
 */
public record SecretKey(String kind, String owner) {
    public SecretKey {
        Objects.requireNonNull(kind, "kind");
        owner = owner == null ? "" : owner.strip();
        if (owner.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " needs an owner (an access key id or a host).");
        }
    }

    public static SecretKey awsSecretAccessKey(String accessKeyId) {
        return new SecretKey("aws-secret-access-key", accessKeyId);
    }

    public static SecretKey awsSessionToken(String accessKeyId) {
        return new SecretKey("aws-session-token", accessKeyId);
    }

    public static SecretKey aporiaToken(String aporiaHost) {
        return new SecretKey("aporia-token", aporiaHost);
    }

    /** The account name under which the keychain files it, e.g. {@code aws-secret-access-key:AKIA…}. */
    public String keychainAccount() {
        return kind + ":" + owner;
    }
}

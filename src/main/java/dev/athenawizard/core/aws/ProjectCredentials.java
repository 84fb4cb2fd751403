package dev.athenawizard.core.aws;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a saved project's connection section into credential sources, finding the secrets the project file never
 * holds: first in the secret store (memory, then the OS keychain), then in the environment.
 *
 * <ul>
 *   <li>Wizard credentials: the project's profile or the default chain; for an access key, the secret (and session
 *       token) remembered for that key id, else {@code AWS_SECRET_ACCESS_KEY} / {@code AWS_SESSION_TOKEN} when
 *       {@code AWS_ACCESS_KEY_ID} is unset or names the same key.</li>
 *   <li>Aporia's data-source key, when not the wizard's: the key id from the project or
 *       {@code APORIA_AWS_ACCESS_KEY_ID}; its secret from the store or {@code APORIA_AWS_SECRET_ACCESS_KEY}; an optional
 *       {@code APORIA_AWS_SESSION_TOKEN}.</li>
 * </ul>
 *
 * <p>Keychain look-ups may block: call off the FX thread.
 */
public final class ProjectCredentials {
    public static final String APORIA_KEY_ID = "APORIA_AWS_ACCESS_KEY_ID";
    public static final String APORIA_SECRET = "APORIA_AWS_SECRET_ACCESS_KEY";
    public static final String APORIA_TOKEN = "APORIA_AWS_SESSION_TOKEN";

    /** The in-process sandbox accepts any signature; a dedicated key there needs no real secret. */
    private static final String SANDBOX_PLACEHOLDER_SECRET = "sandbox-accepts-any-secret";

    private final SecretStore secrets;
    private final Map<String, String> env;
    private final ProfileFileLocations profileFiles;

    public ProjectCredentials(SecretStore secrets, Map<String, String> env, ProfileFileLocations profileFiles) {
        this.secrets = secrets;
        this.env = Map.copyOf(env);
        this.profileFiles = profileFiles;
    }

    /** The credentials the wizard itself uses to read Athena, Glue and STS. */
    public CredentialSource wizard(ConnectionSection connection) {
        if (connection.mode() == ConnectionMode.SANDBOX) {
            return new CredentialSource.Sandbox();
        }
        return switch (connection.credentialSource()) {
            case PROFILE -> new CredentialSource.Profile(required(connection.profileName(), "connection.profileName",
                    "the project uses a profile but names none"), profileFiles);
            case DEFAULT_CHAIN -> new CredentialSource.DefaultChain();
            case ACCESS_KEY -> wizardAccessKey(connection);
        };
    }

    /** The credentials Aporia's data source will use: the wizard's own, or its dedicated key. */
    public CredentialSource aporia(ConnectionSection connection) {
        if (connection.dataSource().sameAsWizard()) {
            return wizard(connection);
        }
        String keyId = firstNonBlank(connection.dataSource().accessKeyId(), env.get(APORIA_KEY_ID));
        if (keyId.isEmpty()) {
            throw new IllegalArgumentException("Aporia's access key id is unknown: the project's "
                    + "connection.dataSource.accessKeyId is empty and " + APORIA_KEY_ID + " is not set.");
        }
        Optional<Secret> secret = remembered(SecretKey.awsSecretAccessKey(keyId)).or(() -> fromEnv(APORIA_SECRET));
        if (secret.isEmpty() && connection.mode() == ConnectionMode.SANDBOX) {
            secret = Optional.of(Secret.of(SANDBOX_PLACEHOLDER_SECRET));
        }
        return new CredentialSource.AccessKey(keyId, secret.orElseThrow(() -> new IllegalArgumentException(
                "The secret access key of Aporia's key " + keyId + " is not in the keychain and " + APORIA_SECRET
                        + " is not set.")),
                remembered(SecretKey.awsSessionToken(keyId)).or(() -> fromEnv(APORIA_TOKEN)));
    }

    private CredentialSource wizardAccessKey(ConnectionSection connection) {
        String envKeyId = env.getOrDefault("AWS_ACCESS_KEY_ID", "").strip();
        String keyId = firstNonBlank(connection.accessKeyId(), envKeyId);
        if (keyId.isEmpty()) {
            throw new IllegalArgumentException("The wizard's access key id is unknown: the project's "
                    + "connection.accessKeyId is empty and AWS_ACCESS_KEY_ID is not set.");
        }
        // The environment's secret belongs to the environment's key id; never pair it with another key.
        boolean envMatches = envKeyId.isEmpty() || envKeyId.equals(keyId);
        Optional<Secret> secret = remembered(SecretKey.awsSecretAccessKey(keyId))
                .or(() -> envMatches ? fromEnv("AWS_SECRET_ACCESS_KEY") : Optional.empty());
        Optional<Secret> token = remembered(SecretKey.awsSessionToken(keyId))
                .or(() -> envMatches ? fromEnv("AWS_SESSION_TOKEN") : Optional.empty());
        return new CredentialSource.AccessKey(keyId, secret.orElseThrow(() -> new IllegalArgumentException(
                "The secret access key of " + keyId + " is not in the keychain, and AWS_SECRET_ACCESS_KEY is not set"
                        + (envMatches ? "." : " for that key (AWS_ACCESS_KEY_ID names " + envKeyId + ")."))), token);
    }

    private Optional<Secret> remembered(SecretKey key) {
        return secrets.load(key).join();
    }

    private Optional<Secret> fromEnv(String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Secret.of(value.strip()));
    }

    private static String required(String value, String field, String why) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The project's " + field + " is empty: " + why + ".");
        }
        return value.strip();
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null ? "" : second.strip();
    }
}

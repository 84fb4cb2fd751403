package dev.athenawizard.core.aws.credentials;

import dev.athenawizard.core.TypedText;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where a set of AWS credentials comes from: the wizard's own, or the ones Aporia's data source will use.
 *
 * <p>Building a source does no I/O; {@link #provider()} returns the SDK provider that resolves the credentials when a
 * client first signs a request (for a profile that may read files or, for SSO, call AWS).
 */
public sealed interface CredentialSource
        permits CredentialSource.Sandbox, CredentialSource.AccessKey, CredentialSource.Profile,
                CredentialSource.DefaultChain {

    AwsCredentialsProvider provider();

    /** A short description for screens and logs, never containing a secret: "access key AKIA…", "profile dev". */
    String description();

    /** The built-in sandbox: it accepts any signature, so fixed demo credentials do. */
    record Sandbox() implements CredentialSource {
        public static final String ACCESS_KEY_ID = "SANDBOXDEMOACCESSKEY";
        private static final String SECRET = "sandbox-demo-secret-not-a-real-key";

        @Override
        public AwsCredentialsProvider provider() {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET));
        }

        @Override
        public String description() {
            return "the sandbox's demo credentials";
        }
    }

    /**
     * An access key pair typed in by the user, with a session token when the keys are temporary.
     *
     * @param accessKeyId     e.g. {@code AKIA…} (long-term) or {@code ASIA…} (temporary); not a secret
     * @param secretAccessKey the secret half of the key
     * @param sessionToken    the session token of temporary credentials
     */
    record AccessKey(String accessKeyId, Secret secretAccessKey, Optional<Secret> sessionToken)
            implements CredentialSource {
        private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");

        public AccessKey {
            accessKeyId = accessKeyId == null ? "" : accessKeyId.strip();
            // a blank token is an empty field: the SDK would refuse it only when the first request is signed
            sessionToken = sessionToken == null ? Optional.empty() : sessionToken.filter(t -> !t.isBlank());
            if (accessKeyId.isEmpty()) {
                throw new BadCredentialField(BadCredentialField.Field.ACCESS_KEY_ID, "Access key id is empty: paste the key id (it starts with AKIA or "
                        + "ASIA).");
            }
            if (!KEY_ID.matcher(accessKeyId).matches()) {
                String wrong = TypedText.firstRefused(accessKeyId, c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
                throw new BadCredentialField(BadCredentialField.Field.ACCESS_KEY_ID, "Access key id "
                        + TypedText.quoted(accessKeyId) + " is not a key id: it should be 16 to 128 capital letters and "
                        + "digits, like AKIAIOSFODNN7EXAMPLE" + (wrong.isEmpty() ? "" : "; it has " + wrong) + ".");
            }
            if (secretAccessKey == null || secretAccessKey.isBlank()) {
                throw new BadCredentialField(BadCredentialField.Field.SECRET_ACCESS_KEY, "Secret access key is empty: paste the secret shown when the key "
                        + "was created.");
            }
        }

        public static AccessKey of(String accessKeyId, Secret secretAccessKey) {
            return new AccessKey(accessKeyId, secretAccessKey, Optional.empty());
        }

        public boolean temporary() {
            return sessionToken.isPresent();
        }

        @Override
        public AwsCredentialsProvider provider() {
            String secret = secretAccessKey.reveal().strip();
            AwsCredentials credentials = sessionToken
                    .<AwsCredentials>map(token -> AwsSessionCredentials.create(accessKeyId, secret, token.reveal().strip()))
                    .orElseGet(() -> AwsBasicCredentials.create(accessKeyId, secret));
            return StaticCredentialsProvider.create(credentials);
        }

        @Override
        public String description() {
            return (temporary() ? "temporary access key " : "access key ") + accessKeyId;
        }
    }

    /** A named profile from the AWS config/credentials files (static keys, SSO, assume-role, credential process). */
    record Profile(String name, ProfileFileLocations files) implements CredentialSource {
        public Profile {
            name = name == null ? "" : name.strip();
            Objects.requireNonNull(files, "files");
            if (name.isEmpty()) {
                throw new BadCredentialField(BadCredentialField.Field.PROFILE, "Profile is empty: choose an AWS profile.");
            }
        }

        public static Profile named(String name) {
            return new Profile(name, ProfileFileLocations.standard());
        }

        @Override
        public AwsCredentialsProvider provider() {
            return ProfileCredentialsProvider.builder().profileFile(files::load).profileName(name).build();
        }

        @Override
        public String description() {
            return "profile " + TypedText.key(name);
        }
    }

    /**
     * The SDK's default chain: environment variables, system properties, web identity, the default profile, container
     * and instance roles, in the SDK's order.
     */
    record DefaultChain() implements CredentialSource {
        @Override
        public AwsCredentialsProvider provider() {
            return DefaultCredentialsProvider.builder().build();
        }

        @Override
        public String description() {
            return "the default AWS credential chain";
        }
    }
}

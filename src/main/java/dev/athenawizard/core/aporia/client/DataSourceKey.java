package dev.athenawizard.core.aporia.client;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.Secret;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The access key pair Aporia's Athena data source signs its queries with ({@code user} and {@code password} of
 * {@code AthenaDataSource}): the guide's dedicated IAM user. Its {@code toString} never shows the secret.
 */
public record DataSourceKey(String accessKeyId, Secret secretAccessKey) {
    public DataSourceKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /**
     * The long-term key pair behind a credential source. May block (a profile reads files, SSO calls AWS): call it
     * off the FX thread.
     *
     * @throws IllegalArgumentException when the credentials are temporary (they would expire inside Aporia) or cannot
     *                                  be resolved; the message says which and what to do
     */
    public static DataSourceKey resolve(CredentialSource source) {
        AwsCredentials credentials;
        try {
            credentials = source.provider().resolveCredentials();
        } catch (SdkClientException e) {
            throw new IllegalArgumentException("The credentials for Aporia's data source (" + source.description()
                    + ") could not be read: " + e.getMessage(), e);
        }
        if (credentials instanceof AwsSessionCredentials) {
            throw new IllegalArgumentException("Aporia's data source would get temporary credentials ("
                    + source.description() + "), which expire: Aporia keeps reading Athena for as long as it "
                    + "monitors the model. Give it the long-term access key of a dedicated IAM user (the Aporia "
                    + "guide's \"user with programmatic access\").");
        }
        return new DataSourceKey(credentials.accessKeyId(), Secret.of(credentials.secretAccessKey()));
    }

    /** "AKIA…0001": enough to recognise the key on screen. */
    public String maskedId() {
        return mask(accessKeyId);
    }

    public static String mask(String accessKeyId) {
        return accessKeyId.length() <= 8 ? accessKeyId
                : accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 4);
    }

    @Override
    public String toString() {
        return "DataSourceKey[" + accessKeyId + ", secret ****]";
    }
}

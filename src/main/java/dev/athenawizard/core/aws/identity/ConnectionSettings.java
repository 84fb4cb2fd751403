package dev.athenawizard.core.aws.identity;

import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What the Connection step's form says: where credentials come from, the region, and an optional endpoint (a VPC
 * endpoint, or the sandbox's URL). Kept apart from {@link AwsTarget} so a verification failure can name the field.
 */
public record ConnectionSettings(CredentialSource credentials, String region, Optional<URI> endpoint) {
    public ConnectionSettings {
        Objects.requireNonNull(credentials, "credentials");
        region = region == null ? "" : region.strip();
        endpoint = endpoint == null ? Optional.empty() : endpoint;
    }

    public static ConnectionSettings of(CredentialSource credentials, String region) {
        return new ConnectionSettings(credentials, region, Optional.empty());
    }

    public ConnectionSettings withEndpoint(URI value) {
        return new ConnectionSettings(credentials, region, Optional.ofNullable(value));
    }

    /** The clients' target; the region must be non-blank (the verifier checks it first). */
    public AwsTarget toTarget() {
        return new AwsTarget(Region.of(region), credentials.provider(), endpoint);
    }
}

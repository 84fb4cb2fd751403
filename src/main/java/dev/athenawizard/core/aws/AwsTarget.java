package dev.athenawizard.core.aws;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Which AWS the clients talk to: a region, the credentials to sign with, and optionally an endpoint that replaces
 * AWS's own (a VPC endpoint, or the sandbox at {@code http://127.0.0.1:N}).
 */
public record AwsTarget(Region region, AwsCredentialsProvider credentials, Optional<URI> endpointOverride) {
    public AwsTarget {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        endpointOverride = endpointOverride == null ? Optional.empty() : endpointOverride;
    }

    public static AwsTarget of(Region region, AwsCredentialsProvider credentials) {
        return new AwsTarget(region, credentials, Optional.empty());
    }

    public AwsTarget withEndpoint(URI endpoint) {
        return new AwsTarget(region, credentials, Optional.ofNullable(endpoint));
    }

    public AwsTarget withCredentials(AwsCredentialsProvider other) {
        return new AwsTarget(region, other, endpointOverride);
    }
}

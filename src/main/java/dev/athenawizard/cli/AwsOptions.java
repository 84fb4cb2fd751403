package dev.athenawizard.cli;

import dev.athenawizard.core.aws.AwsTarget;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The AWS CLI-style options every AWS-facing command shares: {@code --profile}, {@code --region},
 * {@code --endpoint-url}. Credentials come from the usual AWS places (environment, profile files, SSO, instance role)
 * and never from a flag, so they do not end up in shell history.
 */
public final class AwsOptions {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile from ~/.aws/config and ~/.aws/credentials (SSO profiles included).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region, e.g. us-east-1.")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send requests here instead of AWS (a VPC endpoint, or the sandbox's URL).")
    URI endpointUrl;

    public AwsTarget target() {
        return new AwsTarget(resolveRegion(), credentials(), Optional.ofNullable(endpointUrl));
    }

    public AwsCredentialsProvider credentials() {
        if (profile != null && !profile.isBlank()) {
            return ProfileCredentialsProvider.builder().profileName(profile).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    Region resolveRegion() {
        if (region != null && !region.isBlank()) {
            return Region.of(region);
        }
        try {
            if (profile != null && !profile.isBlank()) {
                Region fromProfile = new AwsProfileRegionProvider(null, profile).getRegion();
                if (fromProfile != null) {
                    return fromProfile;
                }
            }
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            if (endpointUrl != null) {
                return Region.US_EAST_1; // the sandbox and most endpoints accept any region
            }
            throw new IllegalArgumentException("No AWS region: pass --region, set AWS_REGION, or add region to the "
                    + "profile in ~/.aws/config.");
        }
    }
}

package dev.athenawizard.cli;

import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine;
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

    @Option(names = "--endpoint-url", paramLabel = "URL", converter = EndpointUrl.class,
            description = "Send requests here instead of AWS (a VPC endpoint, or the sandbox's URL).")
    URI endpointUrl;

    /** Where to send requests; every flag is checked first, so a bad one is reported before anything is sent. */
    public AwsTarget target() {
        checkProfileName();
        return new AwsTarget(resolveRegion(), credentials(), Optional.ofNullable(endpointUrl));
    }

    public AwsCredentialsProvider credentials() {
        checkProfileName();
        if (profile != null && !profile.isBlank()) {
            return ProfileCredentialsProvider.builder().profileName(profile).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** No profile's name holds a control character or half a surrogate pair: say so, rather than "no credentials". */
    private void checkProfileName() {
        FlagValues.unshowable(new String[][] {{"--profile", profile}}).ifPresent(message -> {
            throw new UsageError(message);
        });
    }

    /** The region from {@code --region}, else the profile or environment; one where Athena runs. */
    Region resolveRegion() {
        if (region != null && !region.isBlank()) {
            return checked(region.strip(), "--region " + region.strip());
        }
        Region configured;
        try {
            Region fromProfile = profile == null || profile.isBlank() ? null
                    : new AwsProfileRegionProvider(null, profile).getRegion();
            configured = fromProfile != null ? fromProfile : new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            if (endpointUrl != null) {
                return Region.US_EAST_1; // the sandbox and most endpoints accept any region
            }
            throw new UsageError("No AWS region: pass --region, set AWS_REGION, or add region to the profile in "
                    + "~/.aws/config.");
        }
        return checked(configured.id(), "The region " + configured.id() + " (from "
                + (profile == null || profile.isBlank() ? "AWS_REGION or the default profile" : "profile " + profile)
                + ")");
    }

    /** AWS itself only answers in regions where Athena runs; another endpoint needs a region-shaped id. */
    private Region checked(String id, String said) {
        boolean usable = endpointUrl == null ? AthenaRegions.find(id).isPresent() : AthenaRegions.isRegionId(id);
        if (!usable) {
            throw new UsageError(said + " is not " + (endpointUrl == null ? "a region where Athena runs"
                    : "a region id") + ": use one like us-east-1 or eu-west-1.");
        }
        return Region.of(id);
    }

    /** {@code --endpoint-url}: an http(s) URL with a host, refused before any request otherwise. */
    static final class EndpointUrl implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            URI uri;
            try {
                uri = new URI(value.strip());
            } catch (URISyntaxException e) {
                uri = null;
            }
            boolean http = uri != null && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
            if (!http) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an endpoint URL: it should "
                        + "look like https://athena.us-east-1.amazonaws.com or http://127.0.0.1:4566.");
            }
            return uri;
        }
    }
}

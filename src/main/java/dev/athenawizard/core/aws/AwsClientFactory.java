package dev.athenawizard.core.aws;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK clients for Athena, Glue, STS and S3 from an {@link AwsTarget}.
 *
 * <p>All clients share one lightweight URL-connection HTTP client (no Apache or Netty on the class path), carry explicit
 * call timeouts so nothing waits forever, and use the SDK's standard retry strategy, which retries throttling and 5xx
 * answers with jittered backoff. Closing the factory closes the HTTP client; clients it built must not outlive it.
 */
public final class AwsClientFactory implements AutoCloseable {

    /** Time limits for one call: a single attempt, and the whole call including retries. */
    public record Timeouts(Duration connect, Duration attempt, Duration call) {
        public static final Timeouts DEFAULT =
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    private final Timeouts timeouts;
    private final RetryMode retryMode;
    /** Built on first use: the GUI creates the factory before its first frame, and the client loads ~1,000 classes. */
    private SdkHttpClient http;
    private boolean closed;

    public AwsClientFactory() {
        this(Timeouts.DEFAULT, RetryMode.STANDARD);
    }

    public AwsClientFactory(Timeouts timeouts, RetryMode retryMode) {
        this.timeouts = timeouts;
        this.retryMode = retryMode;
    }

    private synchronized SdkHttpClient http() {
        if (closed) {
            throw new IllegalStateException("the AWS client factory is closed");
        }
        if (http == null) {
            http = UrlConnectionHttpClient.builder()
                    .connectionTimeout(timeouts.connect())
                    .socketTimeout(timeouts.attempt())
                    .build();
        }
        return http;
    }

    public AthenaClient athena(AwsTarget target) {
        return configure(AthenaClient.builder(), target).build();
    }

    /** An Athena client whose every call's outcome {@code watcher} also sees (after the SDK's retries). */
    public AthenaClient athena(AwsTarget target, ExecutionInterceptor watcher) {
        return configure(AthenaClient.builder(), target, watcher).build();
    }

    public GlueClient glue(AwsTarget target) {
        return configure(GlueClient.builder(), target).build();
    }

    public StsClient sts(AwsTarget target) {
        return configure(StsClient.builder(), target).build();
    }

    /** S3 goes path-style when an endpoint is overridden: the sandbox and most VPC endpoints have no bucket DNS. */
    public S3Client s3(AwsTarget target) {
        return configure(S3Client.builder(), target)
                .forcePathStyle(target.endpointOverride().isPresent())
                .build();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, AwsTarget target,
            ExecutionInterceptor... watchers) {
        builder.region(target.region())
                .credentialsProvider(target.credentials())
                .httpClient(http())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(timeouts.attempt())
                        .apiCallTimeout(timeouts.call())
                        .retryStrategy(retryMode)
                        .executionInterceptors(List.of(watchers))
                        .build());
        target.endpointOverride().ifPresent(builder::endpointOverride);
        return builder;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (http != null) {
            http.close();
        }
    }
}

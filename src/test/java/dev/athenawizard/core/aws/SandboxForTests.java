package dev.athenawizard.core.aws;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.sandbox.SandboxOptions;
import dev.athenawizard.core.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Starts the real sandbox for wire tests. Every test class shares one data folder under the test home, so the demo
 * data is generated once per build.
 */
public final class SandboxForTests {
    public static final String REGION = "us-east-1";

    private SandboxForTests() {
    }

    public static SandboxServer start(Consumer<SandboxOptions.Builder> faults) {
        SandboxOptions.Builder options = SandboxOptions.builder(AppDirs.resolve().sandboxData())
                .queryDelay(Duration.ofMillis(50));
        faults.accept(options);
        try {
            return SandboxServer.start(options.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clients with short time limits and no retry of throttling, so failing tests fail fast. */
    public static AwsClientFactory clients() {
        return new AwsClientFactory(new AwsClientFactory.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(20)), RetryMode.STANDARD);
    }

    /** A key pair the sandbox will treat as {@code keyId} says (it checks no signature). */
    public static CredentialSource.AccessKey key(String keyId) {
        return new CredentialSource.AccessKey(keyId, Secret.of("sandbox-test-secret"), Optional.empty());
    }

    public static CredentialSource.AccessKey temporaryKey(String keyId) {
        return new CredentialSource.AccessKey(keyId, Secret.of("sandbox-test-secret"),
                Optional.of(Secret.of("sandbox-test-token")));
    }
}

package dev.athenawizard.core.sandbox;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.sandbox.demo.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * A running sandbox with real AWS SDK clients pointed at it, for wire tests. The demo data is generated once per
 * build into {@code target/sandbox-demo-cache} and hard-linked into a fresh data folder for each fixture, so each
 * test class starts in well under a second with data of its own.
 */
public final class SandboxFixture implements AutoCloseable {
    public static final String REGION = "us-east-1";
    /** The key id the clients sign with unless a test picks another. */
    public static final String KEY_ID = "AKIASANDBOXTEST00001";
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path CACHE = TARGET.resolve("sandbox-demo-cache");
    private static DemoData.Report cacheReport;

    public final SandboxServer server;
    private final AwsClientFactory factory;
    private final boolean ownsDataDir;

    private SandboxFixture(SandboxServer server, AwsClientFactory factory, boolean ownsDataDir) {
        this.server = server;
        this.factory = factory;
        this.ownsDataDir = ownsDataDir;
    }

    /** A sandbox with default options on a fresh copy of the demo data. */
    public static SandboxFixture start() {
        return start(b -> b);
    }

    public static SandboxFixture start(UnaryOperator<SandboxOptions.Builder> options) {
        return start(freshDataDir(), options, true);
    }

    /** A sandbox on a data folder the caller keeps (e.g. to restart on it). */
    public static SandboxFixture startIn(Path dataDir, UnaryOperator<SandboxOptions.Builder> options) {
        return start(dataDir, options, false);
    }

    private static SandboxFixture start(Path dataDir, UnaryOperator<SandboxOptions.Builder> options, boolean owned) {
        try {
            SandboxServer server = SandboxServer.start(options.apply(SandboxOptions.builder(dataDir)).build());
            return new SandboxFixture(server, new AwsClientFactory(
                    new AwsClientFactory.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(40)),
                    RetryMode.STANDARD), owned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new data folder holding the (cached) demo data, as if the sandbox had generated it there. */
    public static synchronized Path freshDataDir() {
        try {
            if (cacheReport == null) {
                cacheReport = DemoData.ensure(CACHE, Clock.systemUTC());
                if (cacheReport.generated()) {
                    System.out.printf("Sandbox demo data generated in %d ms%n", cacheReport.took().toMillis());
                }
            }
            Path dir = TARGET.resolve("sandbox-tests").resolve(UUID.randomUUID().toString());
            linkTree(CACHE, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hard links where the file system allows (no copying of megabytes), copies elsewhere. */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, target);
                    }
                }
            }
        }
    }

    /** A key pair the sandbox will treat as {@code keyId} says (it checks no signature). */
    public static CredentialSource.AccessKey key(String keyId) {
        return new CredentialSource.AccessKey(keyId, Secret.of("sandbox-test-secret"), Optional.empty());
    }

    public static CredentialSource.AccessKey temporaryKey(String keyId) {
        return new CredentialSource.AccessKey(keyId, Secret.of("sandbox-test-secret"),
                Optional.of(Secret.of("sandbox-test-token")));
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public AwsTarget target(String keyId) {
        return AwsTarget.of(Region.of(REGION),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, "not-a-real-secret")))
                .withEndpoint(server.endpoint());
    }

    public AwsTarget target(CredentialSource credentials) {
        return new AwsTarget(Region.of(REGION), credentials.provider(), Optional.of(server.endpoint()));
    }

    /** The factory behind the clients: short time limits, so failing tests fail fast. Closed with the fixture. */
    public AwsClientFactory clients() {
        return factory;
    }

    public AthenaClient athena() {
        return athena(KEY_ID);
    }

    public AthenaClient athena(String keyId) {
        return factory.athena(target(keyId));
    }

    public GlueClient glue() {
        return glue(KEY_ID);
    }

    public GlueClient glue(String keyId) {
        return factory.glue(target(keyId));
    }

    public StsClient sts(String keyId) {
        return factory.sts(target(keyId));
    }

    public S3Client s3() {
        return s3(KEY_ID);
    }

    public S3Client s3(String keyId) {
        return factory.s3(target(keyId));
    }

    public Path s3Root() {
        return server.dataDir().resolve("s3");
    }

    /** Stops the sandbox, and removes its data folder if the fixture made it. */
    @Override
    public void close() {
        factory.close();
        server.close();
        if (ownsDataDir) {
            deleteTree(server.dataDir());
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.ConnectionVerifier;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.aws.selftest.PermissionSelfTest;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.project.AccessSection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.WorkgroupSection;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs verify, policy, self-test and both CLI commands with a recognisable secret key and session token, with logging
 * turned up to DEBUG, then searches every file the program wrote (its home folder, the sandbox's data, the log) for
 * them.
 */
class SecretsStayOutOfFilesTest {
    private static final String KEY_ID = "ASIALEAKCHECK0000001";
    private static final String SECRET = "LeakCheckSecret" + UUID.randomUUID().toString().replace("-", "");
    private static final String TOKEN = "LeakCheckToken" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void neitherTheSecretNorTheTokenReachesAnyFile() throws IOException {
        List<String> printed = new ArrayList<>();
        withDebugLogging(() -> runEverything(printed));

        Path home = Path.of(System.getProperty("athena-wizard.home"));
        Path log = AppDirs.resolve().logs().resolve("athena-wizard.log");
        assertThat(log).exists();
        assertThat(AppDirs.resolve().sandboxData()).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).contains(log).hasSizeGreaterThan(5);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as("contents of " + file).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
        assertThat(printed).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(SECRET)
                .doesNotContain(TOKEN));
    }

    private void runEverything(List<String> printed) {
        Path work = AppDirs.resolve().state().resolve("leak-check");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        // The sandbox keeps its data in the program's home, so the search below covers what it wrote too.
        try (SandboxFixture sandbox = SandboxFixture.startIn(AppDirs.resolve().sandboxData(),
                options -> options.queryDelay(Duration.ofMillis(50)))) {
            AwsClientFactory clients = sandbox.clients();
            SecretStore store = SecretStore.withOsKeychain(executor);
            store.remember(SecretKey.awsSecretAccessKey(KEY_ID), Secret.of(SECRET)).join();
            store.remember(SecretKey.awsSessionToken(KEY_ID), Secret.of(TOKEN)).join();
            CredentialSource key = new CredentialSource.AccessKey(KEY_ID, store.inMemory(
                    SecretKey.awsSecretAccessKey(KEY_ID)).orElseThrow(), store.inMemory(SecretKey.awsSessionToken(KEY_ID)));

            ConnectionSettings settings = ConnectionSettings.of(key, SandboxFixture.REGION)
                    .withEndpoint(sandbox.endpoint());
            VerificationResult verified = new ConnectionVerifier(clients, executor).verify(settings).join();
            assertThat(verified.ok()).as(String.valueOf(verified.problem())).isTrue();
            printed.add(verified.toString());

            AwsTarget target = sandbox.target(key);
            ResolvedScope scope = new AccessScopeResolver(clients, executor).resolve(target, new ScopeRequest(
                    SandboxFixture.REGION, "aporia", Optional.empty(), List.of("aporia_demo"), List.of())).join();
            String policy = new PolicyGenerator().generate(scope.scope()).orElseThrow().toJson();
            Files.createDirectories(work);
            Files.writeString(work.resolve("policy.json"), policy);
            SelfTestReport report = new PermissionSelfTest(clients, executor)
                    .run(target, scope.scope(), check -> printed.add(check.toString())).join();
            assertThat(report.missing()).isEmpty();

            Path project = work.resolve("leak.athena-wizard.json");
            new ProjectStore().save(OnboardingProject.empty()
                    .withConnection(new ConnectionSection(ConnectionSection.ConnectionMode.AWS, SandboxFixture.REGION,
                            ConnectionSection.CredentialSource.ACCESS_KEY, "", KEY_ID, sandbox.endpoint().toString(),
                            null))
                    .withWorkgroup(new WorkgroupSection("aporia", "", "", false, null))
                    .withAccess(new AccessSection(List.of("aporia_demo"), List.of())), project);
            Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", KEY_ID,
                    "AWS_SECRET_ACCESS_KEY", SECRET, "AWS_SESSION_TOKEN", TOKEN));
            printed.add(cli(env, "check", "--project", project.toString()));
            printed.add(cli(env, "policy", "--project", project.toString(), "--output",
                    work.resolve("cli-policy.json").toString()));
            store.clearMemory();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static String cli(Map<String, String> env, String... args) {
        CliRun run = CliRun.in(new CliEnvironment(env, ProfileFileLocations.fromEnvironment(Map.of(),
                AppDirs.resolve().state()), SecretStore::withOsKeychain, AppDirs.resolve()), args);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run.out() + run.err();
    }

    /** Everything the program and the SDK say at DEBUG goes to the log file for the length of the run. */
    private static void withDebugLogging(Runnable run) {
        Logger ours = (Logger) LoggerFactory.getLogger("dev.athenawizard");
        Logger sdk = (Logger) LoggerFactory.getLogger("software.amazon.awssdk");
        Level oursBefore = ours.getLevel();
        Level sdkBefore = sdk.getLevel();
        ours.setLevel(Level.DEBUG);
        sdk.setLevel(Level.DEBUG);
        try {
            run.run();
        } finally {
            ours.setLevel(oursBefore);
            sdk.setLevel(sdkBefore);
        }
    }
}

package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** {@code athena-wizard sandbox} as a user runs it: a process that prints its URL, serves, and stops on SIGTERM. */
class SandboxCommandTest {

    @Test
    void startsOnAFreePortPrintsOnlyItsUrlAndStopsOnSigterm() throws Exception {
        Path dataDir = SandboxFixture.freshDataDir();
        Path stdoutFile = dataDir.resolve("stdout.txt");
        Path stderrFile = dataDir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dathena-wizard.home=" + System.getProperty("athena-wizard.home"),
                "-cp", System.getProperty("java.class.path"), "dev.athenawizard.Main",
                "sandbox", "--port", "0", "--data-dir", dataDir.toString(),
                "--identity", "AKIAROOT000000000001=arn:aws:iam::123456789012:root")
                .redirectOutput(stdoutFile.toFile()).redirectError(stderrFile.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(stdoutFile).contains("\n") && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String url = Files.readString(stdoutFile).lines().findFirst().orElse("");

            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(URI.create(url).getPort()).isPositive();
            try (AwsClientFactory factory = new AwsClientFactory();
                 StsClient sts = factory.sts(dev.athenawizard.core.aws.AwsTarget.of(Region.US_EAST_1,
                         StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAROOT000000000001", "x")))
                         .withEndpoint(URI.create(url)))) {
                assertThat(sts.getCallerIdentity().arn()).as("the options reach the server")
                        .isEqualTo("arn:aws:iam::123456789012:root");
            }

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            assertThat(Files.readAllLines(stdoutFile)).as("the URL is the only line on stdout").containsExactly(url);
            String stderr = Files.readString(stderrFile);
            assertThat(stderr).contains("Sandbox ready").contains(url);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void helpListsTheFaultOptions() {
        StringWriter out = new StringWriter();
        int exit = AthenaWizardCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "sandbox", "--help");

        assertThat(exit).isZero();
        for (String option : List.of("--port", "--data-dir", "--deny", "--identity", "--invalid-key", "--expired-key",
                "--throttle-every", "--fail-every", "--latency-ms", "--query-delay-ms", "--queue-delay-ms")) {
            assertThat(out.toString()).contains(option);
        }
    }

    @Test
    void aMalformedDenyIsAUsageErrorAndNothingStarts(@TempDir Path dir) {
        CliFrameTest.Run run = sandbox(dir.resolve("data"), "--deny", "AKIAX");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--deny AKIAX: Expected KEY_ID=ACTION");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anActionTheSandboxNeverChecksIsRefusedWithTheOnesItDoes(@TempDir Path dir) {
        CliFrameTest.Run run = sandbox(dir.resolve("data"), "--deny", "AKIAX=athena:Fly");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--deny AKIAX=athena:Fly: 'athena:Fly' is not an action the sandbox checks")
                .contains("athena:StartQueryExecution");
    }

    @Test
    void anIdentityThatIsNotAnArnIsRefusedWithWhatAnArnLooksLike(@TempDir Path dir) {
        CliFrameTest.Run run = sandbox(dir.resolve("data"), "--identity", "AKIAX=notanarn");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--identity AKIAX=notanarn: 'notanarn' is not an identity STS could report")
                .contains("arn:aws:iam::123456789012:root");
    }

    @Test
    void aDataDirThatIsAFileSaysSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");

        CliFrameTest.Run run = sandbox(file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--data-dir " + file).contains("is a file, not a folder");
    }

    @Test
    void aDataDirThatCannotBeWrittenSaysWhy(@TempDir Path dir) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliFrameTest.Run run = sandbox(locked.resolve("sandbox"));

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("cannot be written").contains("permission");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static CliFrameTest.Run sandbox(Path dataDir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sandbox", "--data-dir", dataDir.toString()));
        args.addAll(List.of(more));
        return CliFrameTest.run(args.toArray(String[]::new));
    }
}

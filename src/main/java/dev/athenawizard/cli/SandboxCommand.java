package dev.athenawizard.cli;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.sandbox.DenyRule;
import dev.athenawizard.core.sandbox.SandboxOptions;
import dev.athenawizard.core.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code athena-wizard sandbox}: runs the Athena-compatible sandbox in the foreground until Ctrl-C or SIGTERM, and
 * prints its URL (the only line on stdout) once it answers.
 */
@Command(name = "sandbox",
        mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Runs an Athena-, Glue-, STS- and S3-compatible endpoint on 127.0.0.1, backed by DuckDB and a demo "
                    + "database (aporia_demo), so the wizard, the AWS CLI and the SDKs work without an AWS account.",
            "Prints its URL once ready; use it as --endpoint-url with any access key id. Ctrl-C stops it."
        })
final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "TCP port on 127.0.0.1; 0 (the default) picks a free one.")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the demo data, the S3 buckets and created workgroups live "
                    + "(default: the app's state folder).")
    Path dataDir;

    @Option(names = "--query-delay-ms", paramLabel = "N", defaultValue = "0",
            description = "Least time from submission to a query's completion, so QUEUED/RUNNING can be seen "
                    + "(default: ${DEFAULT-VALUE}).")
    long queryDelayMs;

    @Option(names = "--queue-delay-ms", paramLabel = "N", defaultValue = "0",
            description = "How much of the query delay a query spends QUEUED (default: ${DEFAULT-VALUE}).")
    long queueDelayMs;

    @Option(names = "--deny", paramLabel = "KEY_ID=ACTION[,ACTION...]",
            description = "Deny IAM actions (e.g. athena:StartQueryExecution, glue:GetTables, s3:GetObject) to "
                    + "requests signed with KEY_ID; ACTION@ARN limits a denial to matching resources. Repeatable.")
    List<String> denies = new ArrayList<>();

    @Option(names = "--identity", paramLabel = "KEY_ID=ARN",
            description = "The identity (IAM user, role or root ARN) STS reports for KEY_ID. Repeatable.")
    Map<String, String> identities = new LinkedHashMap<>();

    @Option(names = "--invalid-key", paramLabel = "KEY_ID",
            description = "Treat KEY_ID as unknown (InvalidClientTokenId / UnrecognizedClientException). Repeatable.")
    List<String> invalidKeys = new ArrayList<>();

    @Option(names = "--expired-key", paramLabel = "KEY_ID",
            description = "Treat KEY_ID as expired (ExpiredToken / ExpiredTokenException). Repeatable.")
    List<String> expiredKeys = new ArrayList<>();

    @Option(names = "--throttle-every", paramLabel = "N", defaultValue = "0",
            description = "Answer every Nth Athena/Glue request with ThrottlingException (0: never).")
    int throttleEvery;

    @Option(names = "--fail-every", paramLabel = "N", defaultValue = "0",
            description = "Answer every Nth Athena/Glue request with a 500 internal error (0: never).")
    int failEvery;

    @Option(names = "--latency-ms", paramLabel = "N", defaultValue = "0",
            description = "Add this much latency to every response.")
    long latencyMs;

    @Override
    public Integer call() throws Exception {
        SandboxServer server = SandboxServer.start(options());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(server.endpoint());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Sandbox ready, data in " + server.dataDir() + ". Any access key id works, e.g. "
                + "aws athena list-work-groups --endpoint-url " + server.endpoint() + " --region us-east-1. "
                + "Ctrl-C stops it.");
        err.flush();
        stopped.await();
        return 0;
    }

    /** The options as flags say; a flag that cannot work is a usage error naming it, before anything starts. */
    SandboxOptions options() {
        Path folder = dataDir != null ? dataDir : AppDirs.resolve().sandboxData();
        SandboxOptions.dataDirProblem(folder).ifPresent(problem -> {
            throw new UsageError("--data-dir " + folder + ": " + problem);
        });
        SandboxOptions.Builder builder = SandboxOptions.builder(folder)
                .throttleEvery(throttleEvery)
                .failEvery(failEvery)
                .latency(Duration.ofMillis(latencyMs));
        for (String deny : denies) {
            usage("--deny " + deny, () -> DenyRule.parse(deny).forEach(builder::deny));
        }
        identities.forEach((key, arn) -> usage("--identity " + key + "=" + arn, () -> builder.identity(key, arn)));
        invalidKeys.forEach(builder::invalidKey);
        expiredKeys.forEach(builder::expiredKey);
        builder.port(port).queryDelay(Duration.ofMillis(queryDelayMs)).queueDelay(Duration.ofMillis(queueDelayMs));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static void usage(String flag, Runnable apply) {
        try {
            apply.run();
        } catch (IllegalArgumentException e) {
            throw new UsageError(flag + ": " + e.getMessage());
        }
    }
}

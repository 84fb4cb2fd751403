package dev.athenawizard.cli;

import dev.athenawizard.core.aws.policy.S3Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Says what Aporia will read, either from a saved project ({@code --project}) or from flags like {@code preview}'s
 * ({@code --workgroup}, {@code --database}, … with {@code --profile/--region/--endpoint-url}).
 */
final class ScopeOptions {
    @Option(names = "--project", paramLabel = "FILE",
            description = "A saved project (*.athena-wizard.json): its connection, workgroup and databases.")
    Path project;

    @Option(names = "--workgroup", paramLabel = "NAME", description = "Without --project: the workgroup Aporia uses.")
    String workgroup;

    @Option(names = "--database", paramLabel = "NAME",
            description = "Without --project: a database Aporia reads (repeat for several).")
    List<String> databases = new ArrayList<>();

    @Option(names = "--output-location", paramLabel = "S3_URI",
            description = "Without --project: the query result location, when the workgroup has none.")
    String outputLocation;

    @Option(names = "--data-bucket", paramLabel = "BUCKET",
            description = "An extra data bucket, when Glue does not know a table's location (repeat for several).")
    List<String> dataBuckets = new ArrayList<>();

    @Mixin
    AwsOptions aws;

    boolean fromProject() {
        return project != null;
    }

    /**
     * Refuses a mix of {@code --project} and the flags it replaces, and flags that do not say what Aporia reads, as
     * usage errors (exit 2), before anything is sent.
     *
     * @param task what the command needs to be told, e.g. "Say what to check"
     */
    void validate(String task) {
        List<String> replaced = new ArrayList<>();
        addIf(replaced, workgroup != null, "--workgroup");
        addIf(replaced, !databases.isEmpty(), "--database");
        addIf(replaced, outputLocation != null, "--output-location");
        addIf(replaced, !dataBuckets.isEmpty(), "--data-bucket");
        addIf(replaced, aws.profile != null, "--profile");
        addIf(replaced, aws.region != null, "--region");
        addIf(replaced, aws.endpointUrl != null, "--endpoint-url");
        if (fromProject() && !replaced.isEmpty()) {
            throw new UsageError("--project and " + String.join(", ", replaced) + " cannot be used together: the "
                    + "project already says the connection, workgroup and databases.");
        }
        if (fromProject()) {
            return;
        }
        if (workgroup == null || workgroup.isBlank()) {
            throw new UsageError(task + ": --project FILE, or --workgroup NAME with --database NAME (repeatable).");
        }
        if (databases.stream().allMatch(String::isBlank)) {
            throw new UsageError("--workgroup " + workgroup + " needs at least one --database NAME: the databases "
                    + "Aporia may read.");
        }
        if (outputLocation != null) {
            try {
                S3Location.parse(outputLocation);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--output-location: " + e.getMessage());
            }
        }
    }

    private static void addIf(List<String> flags, boolean given, String flag) {
        if (given) {
            flags.add(flag);
        }
    }
}

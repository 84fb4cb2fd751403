package dev.athenawizard.cli;

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

    /** Refuses a mix of --project and the flags it replaces, and flags without a workgroup. */
    void validate() {
        if (fromProject() && (workgroup != null || !databases.isEmpty() || outputLocation != null
                || aws.profile != null || aws.region != null || aws.endpointUrl != null)) {
            throw new IllegalArgumentException("--project already says the connection, workgroup and databases: "
                    + "leave out --workgroup, --database, --output-location, --profile, --region and --endpoint-url.");
        }
        if (!fromProject() && (workgroup == null || workgroup.isBlank())) {
            throw new IllegalArgumentException("Say what to check: --project FILE, or --workgroup NAME with "
                    + "--database NAME.");
        }
    }
}

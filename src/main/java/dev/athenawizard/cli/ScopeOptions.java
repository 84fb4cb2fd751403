package dev.athenawizard.cli;

import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.UnusableQuery;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Says what Aporia will read, either from a saved project ({@code --project}: its query when it has one, else its
 * databases) or from flags like {@code preview}'s ({@code --workgroup} with {@code --sql} or {@code --database}, … with
 * {@code --profile/--region/--endpoint-url}).
 */
final class ScopeOptions {
    @Option(names = "--project", paramLabel = "FILE", description = "A saved project (*.athena-wizard.json): its "
            + "connection, workgroup, and its query (or, before it has one, its databases).")
    Path project;

    @Option(names = "--workgroup", paramLabel = "NAME", description = "Without --project: the workgroup Aporia uses.")
    String workgroup;

    @Option(names = "--sql", paramLabel = "SQL", description = "Without --project: the query Aporia will run. The "
            + "databases, tables and data locations are exactly those it reads; checked locally first, and only a "
            + "query (SELECT, WITH, VALUES) is accepted.")
    String sql;

    @Option(names = "--database", paramLabel = "NAME", description = "Without --project: with --sql, the database "
            + "unqualified table names are in (once); without --sql, a database Aporia reads (repeat for several).")
    List<String> databases = new ArrayList<>();

    @Option(names = "--output-location", paramLabel = "S3_URI",
            description = "Without --project: the query result location, when the workgroup has none.")
    String outputLocation;

    @Option(names = "--data-bucket", paramLabel = "BUCKET",
            description = "An extra data bucket, when Glue does not know a table's location (repeat for several).")
    List<String> dataBuckets = new ArrayList<>();

    @Mixin
    AwsOptions aws;

    /** {@code --sql}, once {@link #validate} found it usable. */
    private AporiaQuery query;

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
        addIf(replaced, sql != null, "--sql");
        addIf(replaced, !databases.isEmpty(), "--database");
        addIf(replaced, outputLocation != null, "--output-location");
        addIf(replaced, !dataBuckets.isEmpty(), "--data-bucket");
        addIf(replaced, aws.profile != null, "--profile");
        addIf(replaced, aws.region != null, "--region");
        addIf(replaced, aws.endpointUrl != null, "--endpoint-url");
        if (fromProject() && !replaced.isEmpty()) {
            throw new UsageError("--project and " + String.join(", ", replaced) + " cannot be used together: the "
                    + "project already says the connection, workgroup, query and databases.");
        }
        if (fromProject()) {
            return;
        }
        if (workgroup == null || workgroup.isBlank()) {
            throw new UsageError(task + ": --project FILE, or --workgroup NAME with --sql SQL (the query Aporia "
                    + "runs) or --database NAME (repeatable).");
        }
        if (sql != null) {
            if (databases.size() > 1) {
                throw new UsageError("--database was given " + databases.size() + " times: with --sql it names the "
                        + "one database unqualified table names are in; the query says which tables it reads.");
            }
            query = checkedQuery(new SqlAnalyzer());
        } else if (databases.stream().allMatch(String::isBlank)) {
            throw new UsageError("--workgroup " + workgroup + " needs --sql SQL (the query Aporia runs) or at least "
                    + "one --database NAME (the databases Aporia may read).");
        }
        if (outputLocation != null) {
            try {
                S3Location.parse(outputLocation);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--output-location: " + e.getMessage());
            }
        }
    }

    /** With {@code --sql}: the query, as {@link #validate} checked it. */
    Optional<AporiaQuery> query() {
        return Optional.ofNullable(query);
    }

    /** Checks {@code --sql} locally; usage errors name the flag, and the line and column. */
    private AporiaQuery checkedQuery(SqlAnalyzer analyzer) {
        if (sql.isBlank()) {
            throw new UsageError("--sql is empty. Give the query Aporia runs, e.g. --sql \"SELECT * FROM my_table\".");
        }
        try {
            return AporiaQuery.of(analyzer.analyze(sql), QuerySection.DEFAULT_CATALOG,
                    databases.isEmpty() ? "" : databases.get(0));
        } catch (UnusableQuery e) {
            throw new UsageError("--sql: " + e.getMessage() + " Nothing was sent.");
        }
    }

    private static void addIf(List<String> flags, boolean given, String flag) {
        if (given) {
            flags.add(flag);
        }
    }
}

package dev.athenawizard.core.aws.policy;

import dev.athenawizard.core.TypedText;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills in the Aporia guide's IAM policy template with the real region, account, workgroup, buckets and databases,
 * scoped more tightly than the template: Athena to the one workgroup and the {@code AwsDataCatalog} catalog, Glue to
 * the catalog and the named databases and their tables (for a query: exactly the tables it reads), S3 objects to the
 * table locations and the result prefix. Only
 * {@code athena:ListWorkGroups}, which has no resource-level permissions, is on {@code *}.
 *
 * <p>Pure: no I/O, no clock. When an input is missing it says which, rather than emitting a wildcard.
 */
public final class PolicyGenerator {
    /** Statement ids, so the self-test and the GUI can refer to "the statement that grants it". */
    public static final String LIST_WORKGROUPS = "ListWorkGroups";
    public static final String ATHENA_QUERIES = "AthenaQueries";
    public static final String ATHENA_CATALOG = "AthenaCatalog";
    public static final String GLUE_DATABASES = "GlueDatabases";
    public static final String GLUE_TABLES = "GlueTables";
    public static final String BUCKET_ACCESS = "BucketAccess";
    public static final String READ_TABLE_DATA = "ReadTableData";
    public static final String QUERY_RESULTS = "QueryResults";

    /** The {@link MissingInput#field()} of unknown table data locations: the one gap the self-test works around. */
    public static final String DATA_LOCATIONS = "dataLocations";

    /** Athena's own name for the Glue Data Catalog. */
    public static final String DATA_CATALOG = "AwsDataCatalog";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern WORKGROUP = Pattern.compile("[a-zA-Z0-9._-]{1,128}");
    /** Glue's limit on a database name, which its API also keeps to one line. */
    private static final int GLUE_NAME_LENGTH = 255;

    /**
     * The policy for {@code scope}, or what is missing. Even when something is missing, the statements whose inputs
     * are known are written ({@link PolicyResult#known()}): when only the tables' data locations are unknown (Glue
     * did not answer), the self-test can still try every other permission against them.
     */
    public PolicyResult generate(AccessScope scope) {
        List<MissingInput> missing = check(scope);
        boolean basicsKnown = missing.stream().allMatch(m -> m.field().equals(DATA_LOCATIONS));
        IamPolicy known = new IamPolicy(basicsKnown ? statements(scope) : List.of());
        return new PolicyResult(missing.isEmpty() ? Optional.of(known) : Optional.empty(), missing, known);
    }

    /** Every statement; the data-reading ones only for the data locations that are known. */
    private static List<PolicyStatement> statements(AccessScope scope) {
        Arns arns = new Arns(AthenaRegions.partitionOf(scope.region()), scope.region(), scope.accountId());
        S3Location results = scope.resultsLocation().orElseThrow();
        List<PolicyStatement> statements = new ArrayList<>(List.of(
                new PolicyStatement(LIST_WORKGROUPS, List.of("athena:ListWorkGroups"), List.of("*")),
                new PolicyStatement(ATHENA_QUERIES, List.of(
                        "athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution",
                        "athena:GetQueryResults", "athena:BatchGetQueryExecution", "athena:ListQueryExecutions",
                        "athena:GetWorkGroup"), List.of(arns.workgroup(scope.workgroup()))),
                new PolicyStatement(ATHENA_CATALOG, List.of("athena:ListDatabases"),
                        List.of(arns.dataCatalog(DATA_CATALOG))),
                new PolicyStatement(GLUE_DATABASES, List.of("glue:GetDatabases"),
                        glueResources(arns, scope.databases())),
                new PolicyStatement(GLUE_TABLES, List.of(
                        "glue:GetTables", "glue:GetTable", "glue:GetPartitions", "glue:GetPartition"),
                        glueTableResources(arns, scope)),
                new PolicyStatement(BUCKET_ACCESS, List.of("s3:ListBucket", "s3:GetBucketLocation"),
                        bucketResources(arns, scope.dataLocations(), results))));
        if (!scope.dataLocations().isEmpty()) {
            statements.add(new PolicyStatement(READ_TABLE_DATA, List.of("s3:GetObject"),
                    scope.dataLocations().stream().map(arns::s3Objects).distinct().toList()));
        }
        statements.add(new PolicyStatement(QUERY_RESULTS, List.of("s3:GetObject", "s3:PutObject"),
                List.of(arns.s3Objects(results))));
        return statements;
    }

    private static List<String> glueResources(Arns arns, List<String> databases) {
        List<String> resources = new ArrayList<>();
        resources.add(arns.glueCatalog());
        databases.forEach(db -> resources.add(arns.glueDatabase(db)));
        return resources;
    }

    /** Every table of the chosen databases; for a query, exactly the tables it reads. */
    private static List<String> glueTableResources(Arns arns, AccessScope scope) {
        List<String> resources = glueResources(arns, scope.databases());
        if (scope.query().isPresent()) {
            scope.query().get().glueTables().forEach(t -> resources.add(arns.glueTable(t.database(), t.table())));
        } else {
            scope.databases().forEach(db -> resources.add(arns.glueTables(db)));
        }
        return resources;
    }

    private static List<String> bucketResources(Arns arns, List<S3Location> data, S3Location results) {
        Set<String> buckets = new LinkedHashSet<>();
        data.forEach(l -> buckets.add(l.bucket()));
        buckets.add(results.bucket());
        return buckets.stream().map(arns::s3Bucket).toList();
    }

    /** Not a line break, control character or lone surrogate: what Glue's single-line names and ARNs cannot hold. */
    private static List<MissingInput> check(AccessScope scope) {
        List<MissingInput> missing = new ArrayList<>();
        if (scope.region().isEmpty()) {
            missing.add(new MissingInput("region", "No region: choose the AWS region on the Connection step."));
        } else if (!AthenaRegions.isRegionId(scope.region())) {
            missing.add(new MissingInput("region", "Region " + TypedText.quoted(scope.region())
                    + " is not an AWS region id (like us-east-1)."));
        }
        if (!ACCOUNT.matcher(scope.accountId()).matches()) {
            missing.add(new MissingInput("accountId", scope.accountId().isEmpty()
                    ? "No AWS account id: verify the connection (Connection step) so the wizard can read it from STS."
                    : "Account id " + TypedText.quoted(scope.accountId()) + " is not a 12-digit AWS account id."));
        }
        if (scope.workgroup().isEmpty()) {
            missing.add(new MissingInput("workgroup",
                    "No workgroup: pick the workgroup Aporia's queries run in (Workgroup step)."));
        } else if (!WORKGROUP.matcher(scope.workgroup()).matches()) {
            missing.add(new MissingInput("workgroup", "Workgroup " + TypedText.quoted(scope.workgroup())
                    + " is not a workgroup name (letters, digits, '.', '_' and '-')."));
        }
        if (scope.resultsLocation().isEmpty()) {
            missing.add(new MissingInput("resultsLocation", "The workgroup "
                    + (scope.workgroup().isEmpty() ? "" : TypedText.quoted(scope.workgroup()) + " ")
                    + "has no query result location: set one (s3://bucket/prefix/) or choose a workgroup that has "
                    + "one, so the policy can name the results bucket."));
        }
        if (scope.databases().isEmpty()) {
            missing.add(new MissingInput("databases", scope.query().isPresent()
                    ? "The query reads no table of the Glue Data Catalog, so there is nothing for the policy to let "
                            + "Aporia read: query the table that holds the model's predictions."
                    : "No databases chosen: pick the databases Aporia may read, so the policy names them instead of "
                            + "granting every database."));
        }
        scope.databases().stream().filter(db -> db.isBlank() || db.contains("*") || db.contains("?")
                        || db.contains("/"))
                .forEach(db -> missing.add(new MissingInput("databases", "Database " + TypedText.quoted(db)
                        + " is not a database name: name each database rather than a pattern.")));
        scope.databases().stream().filter(db -> db.length() > GLUE_NAME_LENGTH
                        || !TypedText.firstRefused(db, TypedText::singleLine).isEmpty())
                .forEach(db -> missing.add(new MissingInput("databases", "Database " + TypedText.quoted(db)
                        + " is not a Glue database name: one line of at most " + GLUE_NAME_LENGTH + " characters"
                        + (db.length() > GLUE_NAME_LENGTH ? "" : "; it has " + TypedText.firstRefused(db,
                                TypedText::singleLine)) + ".")));
        if (scope.dataLocations().isEmpty()) {
            missing.add(new MissingInput(DATA_LOCATIONS, scope.query().isPresent()
                    ? "The S3 location of the data of " + AporiaQuery.names(scope.query().get().glueTables())
                            + " is unknown: Glue names none, so name the data buckets."
                    : "The S3 location of the tables' data is unknown: choose databases whose tables have S3 "
                            + "locations in Glue, or name the data buckets."));
        }
        return missing;
    }
}

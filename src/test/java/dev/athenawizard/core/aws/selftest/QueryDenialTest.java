package dev.athenawizard.core.aws.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.QueryErrorReasons;
import dev.athenawizard.core.aws.policy.Arns;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading what Athena was denied while running a query, from the words it fails the query with. */
class QueryDenialTest {
    private static final Arns ARNS = new Arns("aws", "eu-west-1", "123456789012");

    private static Optional<QueryDenial> of(String reason) {
        return QueryDenial.of(QueryErrorReasons.failedQuery(reason), ARNS);
    }

    @Test
    void glueDenialsPassedOnByAthenaNameTheActionAndTable() {
        assertThat(of("PERMISSION_DENIED: Insufficient permissions to execute the query. User: "
                + "arn:aws:iam::123456789012:user/aporia is not authorized to perform: glue:GetTable on resource: "
                + "arn:aws:glue:eu-west-1:123456789012:table/db/t because no identity-based policy allows the "
                + "glue:GetTable action (Service: AWSGlue; Status Code: 400)")).hasValueSatisfying(d -> {
                    assertThat(d.action()).hasValue("glue:GetTable");
                    assertThat(d.resource()).hasValue("arn:aws:glue:eu-west-1:123456789012:table/db/t");
                });
    }

    @Test
    void anS3PathIsAnObjectReadOrAFolderListing() {
        assertThat(of("PERMISSION_DENIED: Permission denied on S3 path: s3://data/db/t/part-0.parquet"))
                .hasValueSatisfying(d -> {
                    assertThat(d.action()).hasValue("s3:GetObject");
                    assertThat(d.resource()).hasValue("arn:aws:s3:::data/db/t/part-0.parquet");
                });
        assertThat(of("PERMISSION_DENIED: Permission denied on S3 path: s3://data/db/t/"))
                .hasValueSatisfying(d -> {
                    assertThat(d.action()).hasValue("s3:ListBucket");
                    assertThat(d.resource()).hasValue("arn:aws:s3:::data");
                });
    }

    @Test
    void writingTheResultIsPutObjectAndAnUnnamedDenialHasNoAction() {
        assertThat(of("PERMISSION_DENIED: Access denied when writing output to url 's3://results/aporia/x.csv'. "
                + "Please ensure you are allowed to access the S3 bucket.")).hasValueSatisfying(d -> {
                    assertThat(d.action()).hasValue("s3:PutObject");
                    assertThat(d.resource()).hasValue("arn:aws:s3:::results/aporia/x.csv");
                });
        assertThat(of("HIVE_CANNOT_OPEN_SPLIT: Error opening Hive split s3://data/x: Access Denied (Service: "
                + "Amazon S3; Status Code: 403)")).hasValueSatisfying(d -> assertThat(d.action()).isEmpty());
    }

    @Test
    void otherFailuresAreNotDenials() {
        assertThat(of("TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.db.nope' does not exist")).isEmpty();
        assertThat(QueryDenial.of(AthenaFailure.of(AthenaFailure.Kind.TIMED_OUT, "too slow"), ARNS)).isEmpty();
        assertThat(QueryDenial.of(new IllegalStateException("access denied"), ARNS)).isEmpty();
    }

    @Test
    void aDenialAthenaDoesNotNameIsExplainedByAMissingReadElseItIsAFailedSetup() {
        QueryReadProbe.Outcome unnamed = new QueryReadProbe.Outcome(Optional.empty(),
                Optional.of("HIVE_CANNOT_OPEN_SPLIT: Access Denied (Service: Amazon S3; Status Code: 403)"));
        PermissionCheck missingRead = new PermissionCheck("s3:GetObject", "arn:aws:s3:::data/t/part-0",
                CheckStatus.MISSING, "denied", Optional.empty(), PermissionCheck.Part.TABLES);
        PermissionCheck grantedRead = new PermissionCheck("s3:GetObject", "arn:aws:s3:::data/t/part-0",
                CheckStatus.GRANTED, "", Optional.empty(), PermissionCheck.Part.TABLES);

        assertThat(unnamed.problem(List.of(missingRead))).isEmpty();
        assertThat(unnamed.problem(List.of(grantedRead))).hasValueSatisfying(p -> {
            assertThat(p.source()).isEqualTo(SetupProblem.Source.QUERY);
            assertThat(p.message()).contains("no permission of the policy is missing", "Lake Formation",
                    "Access Denied (Service: Amazon S3");
        });
    }
}

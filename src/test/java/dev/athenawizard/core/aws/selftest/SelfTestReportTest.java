package dev.athenawizard.core.aws.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.S3Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a run where everything was tried and allowed is a success; the summary names what was not checked. */
class SelfTestReportTest {
    private static final AccessScope SCOPE = new AccessScope("eu-west-1", "123456789012", "aporia",
            Optional.of(S3Location.parse("s3://results-bucket/aporia/")), List.of("db"), List.of(), List.of());

    private static PermissionCheck check(String action, CheckStatus status) {
        return new PermissionCheck(action, "arn:aws:x", status, status == CheckStatus.GRANTED ? "" : "why",
                Optional.empty());
    }

    @Test
    void everythingGrantedIsTheOnlySuccess() {
        SelfTestReport report = new SelfTestReport(List.of(check("athena:ListWorkGroups", CheckStatus.GRANTED)),
                List.of());
        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.ALL_GRANTED);
        assertThat(report.summary()).startsWith("Every permission Aporia needs is granted: all 1 were tried");
    }

    @Test
    void notCheckableIsIncompleteAndNamed() {
        SelfTestReport report = new SelfTestReport(List.of(check("athena:ListWorkGroups", CheckStatus.GRANTED),
                check("glue:GetPartition", CheckStatus.NOT_CHECKABLE),
                check("glue:GetPartition", CheckStatus.NOT_CHECKABLE),
                check("s3:GetObject", CheckStatus.NOT_CHECKABLE)), List.of());

        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.INCOMPLETE);
        assertThat(report.summary()).contains("not everything could be checked: glue:GetPartition (2×), s3:GetObject")
                .doesNotContain("granted.", "Every");
    }

    @Test
    void aSetupProblemOutranksMissingPermissionsAndBothAreSaid() {
        SelfTestReport report = new SelfTestReport(List.of(check("glue:GetTables", CheckStatus.MISSING)),
                List.of(new SetupProblem("The results bucket x does not exist.")));

        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.SETUP_FAILED);
        assertThat(report.summary()).contains("The results bucket x does not exist.")
                .contains("1 permission is missing (glue:GetTables)");
    }

    @Test
    void aFailureOfAporiasQueryIsToldAsSuchAndItsLinesArePartOfTheTables() {
        PermissionCheck run = new PermissionCheck("athena:StartQueryExecution", "arn:aws:x", CheckStatus.GRANTED, "",
                Optional.empty(), PermissionCheck.Part.TABLES);
        SelfTestReport report = new SelfTestReport(List.of(check("athena:ListWorkGroups", CheckStatus.GRANTED), run),
                List.of(SetupProblem.inQuery("Table 'awsdatacatalog.db.nope' does not exist (line 2, column 6).",
                        Optional.of(new SqlPosition(2, 6)))));

        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.SETUP_FAILED);
        assertThat(report.summary()).startsWith("Aporia's query failed when run as Aporia's key (its zero-row form), "
                + "so Aporia would fail too: Table 'awsdatacatalog.db.nope' does not exist (line 2, column 6).")
                .doesNotContain("test query");
        assertThat(report.part(PermissionCheck.Part.TABLES)).containsExactly(run);
        assertThat(report.part(PermissionCheck.Part.WORKGROUP)).extracting(PermissionCheck::action)
                .containsExactly("athena:ListWorkGroups");
    }

    @Test
    void aResultsBucketInAnotherRegionIsNamedWithBothRegions() {
        Optional<SetupProblem> problem = TestQueryDiagnosis.of(Optional.of(new IllegalStateException(
                        "Unable to verify/create output bucket results-bucket")),
                new ResultsBucket("results-bucket", Optional.of("us-west-2"), false), SCOPE, List.of());

        assertThat(problem).hasValueSatisfying(p -> assertThat(p.message())
                .startsWith("The results bucket results-bucket is in us-west-2, but workgroup aporia runs in "
                        + "eu-west-1"));
    }

    @Test
    void aDeniedBucketLookUpIsAMissingPermissionNotASetupProblem() {
        PermissionCheck denied = new PermissionCheck("s3:GetBucketLocation", "arn:aws:s3:::results-bucket",
                CheckStatus.MISSING, "Access Denied", Optional.empty());

        assertThat(TestQueryDiagnosis.of(Optional.of(new IllegalStateException("Unable to verify/create output "
                + "bucket results-bucket")), ResultsBucket.unknown("results-bucket"), SCOPE, List.of(denied)))
                .isEmpty();
    }

    @Test
    void locationConstraintsReadAsRegions() {
        assertThat(ResultsBucket.regionOf("")).isEqualTo("us-east-1");
        assertThat(ResultsBucket.regionOf("EU")).isEqualTo("eu-west-1");
        assertThat(ResultsBucket.regionOf("ap-south-1")).isEqualTo("ap-south-1");
    }
}

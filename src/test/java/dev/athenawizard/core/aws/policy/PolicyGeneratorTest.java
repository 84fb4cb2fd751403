package dev.athenawizard.core.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PolicyGenerator generator = new PolicyGenerator();

    private static AccessScope demoScope() {
        return AccessScope.of("eu-west-1", "123456789012", "aporia",
                Optional.of(S3Location.parse("s3://athena-results-bucket/aporia/")),
                List.of("my_db", "training"),
                List.of(new TableLocation("my_db", "model_predictions",
                                Optional.of(S3Location.parse("s3://data-bucket/my_db/model_predictions/"))),
                        new TableLocation("my_db", "predictions_view", Optional.empty()),
                        new TableLocation("training", "training_set",
                                Optional.of(S3Location.parse("s3://training-bucket/sets/training_set")))),
                List.of());
    }

    @Test
    void aQuerysPolicyNamesExactlyTheTablesItReadsAndTheirData() {
        AporiaQuery query = AporiaQuery.of(new SqlAnalyzer().analyze("SELECT * FROM model_predictions p "
                + "JOIN training.training_set t USING (id)"), "AwsDataCatalog", "my_db");
        AccessScope scope = AccessScope.of("eu-west-1", "123456789012", "aporia",
                Optional.of(S3Location.parse("s3://athena-results-bucket/aporia/")), query.glueDatabases(),
                List.of(new TableLocation("my_db", "model_predictions",
                                Optional.of(S3Location.parse("s3://data-bucket/my_db/model_predictions/"))),
                        new TableLocation("training", "training_set",
                                Optional.of(S3Location.parse("s3://training-bucket/sets/training_set/")))),
                List.of(), Optional.of(query));

        IamPolicy policy = generator.generate(scope).orElseThrow();

        assertThat(policy.statement(PolicyGenerator.GLUE_TABLES).orElseThrow().resources()).containsExactly(
                "arn:aws:glue:eu-west-1:123456789012:catalog",
                "arn:aws:glue:eu-west-1:123456789012:database/my_db",
                "arn:aws:glue:eu-west-1:123456789012:database/training",
                "arn:aws:glue:eu-west-1:123456789012:table/my_db/model_predictions",
                "arn:aws:glue:eu-west-1:123456789012:table/training/training_set");
        assertThat(policy.statement(PolicyGenerator.READ_TABLE_DATA).orElseThrow().resources()).containsExactly(
                "arn:aws:s3:::data-bucket/my_db/model_predictions/*",
                "arn:aws:s3:::training-bucket/sets/training_set/*");
    }

    @Test
    void aQueryReadingNoGlueTableLeavesNothingToGrantAndSaysSo() {
        AporiaQuery query = AporiaQuery.of(new SqlAnalyzer().analyze("SELECT 1"),
                "AwsDataCatalog", "");
        PolicyResult result = generator.generate(AccessScope.of("eu-west-1", "123456789012", "aporia",
                Optional.of(S3Location.parse("s3://results/aporia/")), List.of(), List.of(), List.of(),
                Optional.of(query)));

        assertThat(result.missing()).extracting(MissingInput::message)
                .anySatisfy(m -> assertThat(m).startsWith("The query reads no table of the Glue Data Catalog"))
                .noneSatisfy(m -> assertThat(m).contains("No databases chosen"));
    }

    @Test
    void everyPlaceholderIsFilledAndTheJsonIsAValidPolicy() throws Exception {
        String json = generator.generate(demoScope()).orElseThrow().toJson();

        assertThat(json).doesNotContain("<").doesNotContain(">");
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(root.get("Statement")).hasSize(8);
        for (JsonNode statement : root.get("Statement")) {
            assertThat(statement.get("Sid").asText()).matches("[A-Za-z0-9]+");
            assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
            assertThat(statement.get("Action").isArray()).isTrue();
            assertThat(statement.get("Resource").isArray()).isTrue();
        }
        assertThat(json).contains("\"arn:aws:athena:eu-west-1:123456789012:workgroup/aporia\"");
    }

    @Test
    void onlyListWorkGroupsIsOnAWildcardResource() {
        IamPolicy policy = generator.generate(demoScope()).orElseThrow();
        for (PolicyStatement statement : policy.statements()) {
            if (statement.sid().equals(PolicyGenerator.LIST_WORKGROUPS)) {
                assertThat(statement.actions()).containsExactly("athena:ListWorkGroups");
                assertThat(statement.resources()).containsExactly("*");
            } else {
                assertThat(statement.resources()).allSatisfy(r -> {
                    assertThat(r).startsWith("arn:aws:").isNotEqualTo("*");
                    assertThat(r).doesNotContain("workgroup/*").doesNotContain("datacatalog/*")
                            .doesNotContain("database/*").doesNotContain(":::*");
                });
            }
        }
    }

    @Test
    void scopesEachServiceToWhatAporiaUses() {
        IamPolicy policy = generator.generate(demoScope()).orElseThrow();

        assertThat(resources(policy, PolicyGenerator.ATHENA_QUERIES))
                .containsExactly("arn:aws:athena:eu-west-1:123456789012:workgroup/aporia");
        assertThat(resources(policy, PolicyGenerator.ATHENA_CATALOG))
                .containsExactly("arn:aws:athena:eu-west-1:123456789012:datacatalog/AwsDataCatalog");
        assertThat(resources(policy, PolicyGenerator.GLUE_DATABASES)).containsExactly(
                "arn:aws:glue:eu-west-1:123456789012:catalog",
                "arn:aws:glue:eu-west-1:123456789012:database/my_db",
                "arn:aws:glue:eu-west-1:123456789012:database/training");
        assertThat(resources(policy, PolicyGenerator.GLUE_TABLES)).containsExactly(
                "arn:aws:glue:eu-west-1:123456789012:catalog",
                "arn:aws:glue:eu-west-1:123456789012:database/my_db",
                "arn:aws:glue:eu-west-1:123456789012:database/training",
                "arn:aws:glue:eu-west-1:123456789012:table/my_db/*",
                "arn:aws:glue:eu-west-1:123456789012:table/training/*");
        assertThat(resources(policy, PolicyGenerator.BUCKET_ACCESS)).containsExactly(
                "arn:aws:s3:::data-bucket", "arn:aws:s3:::training-bucket", "arn:aws:s3:::athena-results-bucket");
        assertThat(resources(policy, PolicyGenerator.READ_TABLE_DATA)).containsExactly(
                "arn:aws:s3:::data-bucket/my_db/model_predictions/*",
                "arn:aws:s3:::training-bucket/sets/training_set/*");
        assertThat(resources(policy, PolicyGenerator.QUERY_RESULTS))
                .containsExactly("arn:aws:s3:::athena-results-bucket/aporia/*");
        assertThat(policy.statement(PolicyGenerator.QUERY_RESULTS).orElseThrow().actions())
                .containsExactly("s3:GetObject", "s3:PutObject");
    }

    @Test
    void grantsEveryActionOfTheGuideTemplateAndNothingElse() {
        IamPolicy policy = generator.generate(demoScope()).orElseThrow();
        List<String> actions = new ArrayList<>();
        policy.statements().forEach(s -> actions.addAll(s.actions()));
        assertThat(actions).containsExactlyInAnyOrder(
                "athena:ListWorkGroups", "athena:StartQueryExecution", "athena:StopQueryExecution",
                "athena:GetQueryExecution", "athena:GetQueryResults", "athena:BatchGetQueryExecution",
                "athena:ListQueryExecutions", "athena:GetWorkGroup", "athena:ListDatabases", "glue:GetDatabases",
                "glue:GetTables", "glue:GetTable", "glue:GetPartitions", "glue:GetPartition",
                "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObject", "s3:GetObject", "s3:PutObject");
    }

    @Test
    void namesTheStatementThatGrantsAnActionOnAResource() {
        IamPolicy policy = generator.generate(demoScope()).orElseThrow();
        assertThat(policy.statementGranting("s3:PutObject", "arn:aws:s3:::athena-results-bucket/aporia/x.csv"))
                .map(PolicyStatement::sid).hasValue("QueryResults");
        assertThat(policy.statementGranting("s3:PutObject", "arn:aws:s3:::data-bucket/my_db/model_predictions/x"))
                .isEmpty();
        assertThat(policy.statementGranting("s3:GetObject", "arn:aws:s3:::data-bucket/my_db/model_predictions/p.parquet"))
                .map(PolicyStatement::sid).hasValue("ReadTableData");
        assertThat(policy.statementGranting("glue:GetTable", "arn:aws:glue:eu-west-1:123456789012:table/my_db/t"))
                .map(PolicyStatement::sid).hasValue("GlueTables");
        assertThat(policy.statementGranting("glue:GetTable", "arn:aws:glue:eu-west-1:123456789012:table/other/t"))
                .isEmpty();
        assertThat(policy.statementGranting("ATHENA:startqueryexecution",
                "arn:aws:athena:eu-west-1:123456789012:workgroup/aporia")).map(PolicyStatement::sid)
                .hasValue("AthenaQueries");
    }

    @Test
    void aStatementPrintsAsJsonToPasteOnItsOwn() throws Exception {
        String json = generator.generate(demoScope()).orElseThrow().statement("AthenaCatalog").orElseThrow().toJson();
        assertThat(JSON.readTree(json).get("Sid").asText()).isEqualTo("AthenaCatalog");
        assertThat(json).contains("\"Effect\": \"Allow\"");
    }

    @Test
    void otherPartitionsGetTheirOwnArnPrefix() {
        AccessScope china = new AccessScope("cn-north-1", "123456789012", "aporia",
                Optional.of(S3Location.bucket("results")), List.of("db"), List.of(), List.of(S3Location.bucket("data")));
        assertThat(generator.generate(china).orElseThrow().toJson())
                .contains("arn:aws-cn:athena:cn-north-1:123456789012:workgroup/aporia")
                .contains("arn:aws-cn:s3:::data/*")
                .doesNotContain("arn:aws:");
    }

    @Test
    void saysExactlyWhatIsMissingInsteadOfUsingAWildcard() {
        PolicyResult result = generator.generate(new AccessScope("us-east-1", "", "primary", Optional.empty(),
                List.of(), List.of(), List.of()));

        assertThat(result.complete()).isFalse();
        assertThat(result.policy()).isEmpty();
        assertThat(result.missing()).extracting(MissingInput::field)
                .containsExactly("accountId", "resultsLocation", "databases", "dataLocations");
        assertThat(result.missing().get(1).message()).startsWith("The workgroup \"primary\" has no query result location");
        assertThatThrownBy(result::orElseThrow).hasMessageContaining("No databases chosen");
    }

    @Test
    void withOnlyTheDataLocationsUnknownTheOtherStatementsAreStillWritten() {
        AccessScope scope = new AccessScope("eu-west-1", "123456789012", "aporia",
                Optional.of(S3Location.parse("s3://athena-results-bucket/aporia/")), List.of("my_db"), List.of(),
                List.of());

        PolicyResult result = generator.generate(scope);

        assertThat(result.complete()).isFalse();
        assertThat(result.missing()).extracting(MissingInput::field).containsExactly(PolicyGenerator.DATA_LOCATIONS);
        assertThat(result.known().statements()).extracting(PolicyStatement::sid).contains("GlueTables",
                "AthenaQueries", "QueryResults").doesNotContain("ReadTableData");
        assertThat(result.known().statementGranting("glue:GetTables",
                "arn:aws:glue:eu-west-1:123456789012:database/my_db")).isPresent();
    }

    @Test
    void aFailedLookUpTellsWhyItsInputIsMissingInsteadOfTheGenericSentence() {
        PolicyResult result = generator.generate(new AccessScope("us-east-1", "123456789012", "nope",
                Optional.empty(), List.of("db"), List.of(), List.of(S3Location.bucket("data"))));

        PolicyResult explained = result.explainedBy(List.of(
                new MissingInput("resultsLocation", "Workgroup 'nope' was not found.")));

        assertThat(explained.missing()).extracting(MissingInput::message)
                .containsExactly("Workgroup 'nope' was not found.");
    }

    @Test
    void refusesPatternsAndMalformedValues() {
        PolicyResult result = generator.generate(new AccessScope("Ireland", "12345", "my workgroup",
                Optional.of(S3Location.bucket("results")), List.of("*"), List.of(), List.of(S3Location.bucket("data"))));
        assertThat(result.missing()).extracting(MissingInput::message).containsExactly(
                "Region \"Ireland\" is not an AWS region id (like us-east-1).",
                "Account id \"12345\" is not a 12-digit AWS account id.",
                "Workgroup \"my workgroup\" is not a workgroup name (letters, digits, '.', '_' and '-').",
                "Database \"*\" is not a database name: name each database rather than a pattern.");
    }

    @Test
    void collapsesDataLocationsInsideOthers() {
        AccessScope scope = AccessScope.of("us-east-1", "123456789012", "wg", Optional.of(S3Location.bucket("results")),
                List.of("db"),
                List.of(new TableLocation("db", "a", Optional.of(S3Location.parse("s3://data/db/a/")))),
                List.of(S3Location.bucket("data"), S3Location.parse("s3://other/x/")));
        assertThat(scope.dataLocations()).containsExactly(S3Location.bucket("data"), S3Location.parse("s3://other/x/"));
        assertThat(scope.dataBuckets()).containsExactly("data", "other");
    }

    private static List<String> resources(IamPolicy policy, String sid) {
        return policy.statement(sid).orElseThrow().resources();
    }
}

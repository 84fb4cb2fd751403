package dev.athenawizard.core.sandbox;

import static dev.athenawizard.core.sandbox.AthenaQueries.query;
import static dev.athenawizard.core.sandbox.AthenaQueries.rows;
import static dev.athenawizard.core.sandbox.AthenaQueries.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/** Queries through the real Athena SDK client: values, pages, errors and where results land. */
class AthenaQueryWireTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    @Test
    void selectReturnsHeaderThenRowsInAthenaNotation() {
        List<List<String>> rows = query(sandbox.athena(), "SELECT prediction_id, prediction_timestamp, amount, owner, is_new, "
                + "proba, did_buy_insurance FROM model_predictions ORDER BY prediction_timestamp DESC LIMIT 3");

        assertThat(rows.get(0)).containsExactly("prediction_id", "prediction_timestamp", "amount", "owner", "is_new",
                "proba", "did_buy_insurance");
        assertThat(rows).hasSize(4);
        List<String> newest = rows.get(1);
        assertThat(newest.get(0)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(newest.get(1)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}");
        assertThat(newest.get(4)).isIn("true", "false");
        assertThat(Double.parseDouble(newest.get(5))).isBetween(0.0, 1.0);
        assertThat(newest.get(6)).as("the newest predictions have no actual yet: NULL, not text").isNull();
    }

    @Test
    void columnInfoUsesAthenaTypeNamesAndPrecisions() {
        QueryExecution execution = run(sandbox.athena(), "SELECT prediction_id, prediction_timestamp, amount, is_new, "
                + "embeddings, CAST(1.25 AS decimal(10,2)) AS d, CAST(1 AS bigint) AS n FROM model_predictions LIMIT 1");
        List<ColumnInfo> columns = sandbox.athena().getQueryResults(b -> b.queryExecutionId(execution.queryExecutionId()))
                .resultSet().resultSetMetadata().columnInfo();

        assertThat(columns).extracting(ColumnInfo::type)
                .containsExactly("varchar", "timestamp", "double", "boolean", "array", "decimal", "bigint");
        assertThat(columns).extracting(ColumnInfo::precision).containsExactly(2147483647, 3, 17, 0, 0, 10, 19);
        assertThat(columns.get(5).scale()).isEqualTo(2);
        assertThat(columns.get(0).caseSensitive()).isTrue();
        assertThat(columns.get(2).caseSensitive()).isFalse();
        assertThat(columns.get(0).catalogName()).isEqualTo("hive");
        assertThat(columns.get(0).nullableAsString()).isEqualTo("UNKNOWN");
    }

    @Test
    void embeddingsRenderAsAnArrayOf768Doubles() {
        List<List<String>> rows = query(sandbox.athena(), "SELECT embeddings FROM model_predictions LIMIT 1");

        String embedding = rows.get(1).get(0);
        assertThat(embedding).startsWith("[").endsWith("]").doesNotContain("'");
        String[] values = embedding.substring(1, embedding.length() - 1).split(", ");
        assertThat(values).hasSize(768);
        for (String value : values) {
            assertThat(Double.parseDouble(value)).isBetween(-2.0, 2.0);
        }
    }

    @Test
    void complexValuesRenderAsAthenaDoes() {
        List<List<String>> rows = query(sandbox.athena(), "SELECT ARRAY[1.0E0, 2.0E0] AS a, ARRAY['a, b', NULL] AS s, "
                + "map(ARRAY[10, 9], ARRAY['b', 'a']) AS m, CAST(ROW(1, 'x') AS ROW(a integer, b varchar)) AS r, "
                + "X'01ff' AS v, TIMESTAMP '2017-01-01 00:00:00' AS t, DATE '2017-01-02' AS d, 1.0E20 AS big, "
                + "'' AS empty, CAST(NULL AS varchar) AS missing");

        assertThat(rows.get(1)).containsExactly("[1.0, 2.0]", "[a, b, null]", "{9=a, 10=b}", "{a=1, b=x}", "01 ff",
                "2017-01-01 00:00:00.000", "2017-01-02", "1.0E20", "", null);
    }

    @Test
    void paginatorPagesPastAThousandRowsWithTheHeaderOnlyOnce() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT prediction_id FROM model_predictions");
        AthenaQueries.await(sandbox.athena(), id);

        List<GetQueryResultsResponse> pages = sandbox.athena().getQueryResultsPaginator(b -> b.queryExecutionId(id)).stream().toList();
        List<List<String>> rows = rows(sandbox.athena(), id);

        assertThat(pages).hasSize(11);
        assertThat(pages.get(0).resultSet().rows()).hasSize(1000);
        assertThat(pages.get(10).nextToken()).isNull();
        assertThat(rows).hasSize(10_001);
        assertThat(rows.stream().filter(r -> r.get(0).equals("prediction_id"))).hasSize(1);
        Set<String> ids = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> ids.add(r.get(0)));
        assertThat(ids).as("every row once, none lost or repeated between pages").hasSize(10_000);
    }

    @Test
    void maxResultsAboveAThousandIsRefused() {
        String id = AthenaQueries.start(sandbox.athena(), "SELECT 1");
        AthenaQueries.await(sandbox.athena(), id);
        assertThatThrownBy(() -> sandbox.athena().getQueryResults(b -> b.queryExecutionId(id).maxResults(1001)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("less than or equal to 1000");
    }

    @Test
    void tableNamesResolveInEveryAthenaSpelling() {
        for (String table : List.of("model_predictions", "aporia_demo.model_predictions",
                "\"aporia_demo\".\"model_predictions\"", "awsdatacatalog.aporia_demo.model_predictions",
                "AwsDataCatalog.aporia_demo.training_set")) {
            List<List<String>> rows = query(sandbox.athena(), "SELECT count(*) AS n FROM " + table);
            assertThat(rows.get(1).get(0)).as(table).isIn("10000", "5000");
        }
    }

    @Test
    void demoDataIsPlausible() {
        List<List<String>> rows = query(sandbox.athena(), "SELECT count(*), count(did_buy_insurance), count(DISTINCT owner), "
                + "avg(CASE WHEN did_buy_insurance THEN proba END) - avg(CASE WHEN NOT did_buy_insurance THEN proba END), "
                + "date_diff('day', min(prediction_timestamp), max(prediction_timestamp)), "
                + "max(CASE WHEN did_buy_insurance IS NULL THEN 0 ELSE 1 END * to_unixtime(prediction_timestamp)) "
                + "< min(CASE WHEN did_buy_insurance IS NULL THEN to_unixtime(prediction_timestamp) END) "
                + "FROM model_predictions");
        List<String> facts = rows.get(1);

        assertThat(facts.get(0)).isEqualTo("10000");
        assertThat(Integer.parseInt(facts.get(1))).as("actuals known for older rows only").isBetween(8000, 9900);
        assertThat(Integer.parseInt(facts.get(2))).isBetween(3, 10);
        assertThat(Double.parseDouble(facts.get(3))).as("proba higher for buyers").isGreaterThan(0.1);
        assertThat(Integer.parseInt(facts.get(4))).as("spread over recent weeks").isBetween(20, 31);
        assertThat(facts.get(5)).as("missing actuals are the most recent rows").isEqualTo("true");
        assertThat(query(sandbox.athena(), "SELECT count(*) FROM training_set WHERE did_buy_insurance IS NULL").get(1))
                .containsExactly("0");
    }

    @Test
    void statisticsReportTheBytesOfTheColumnsRead() throws Exception {
        Path folder = sandbox.fixture().s3Root().resolve("athena-wizard-sandbox-data/aporia_demo/model_predictions");
        long fileSize;
        try (var files = Files.list(folder)) {
            fileSize = files.mapToLong(p -> p.toFile().length()).sum();
        }
        long allChunks;
        long amountChunks;
        try (var duck = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var statement = duck.createStatement();
             var rs = statement.executeQuery("SELECT sum(total_compressed_size), sum(total_compressed_size) FILTER "
                     + "(WHERE path_in_schema = 'amount') FROM parquet_metadata('" + folder.resolve("*.parquet") + "')")) {
            rs.next();
            allChunks = rs.getLong(1);
            amountChunks = rs.getLong(2);
        }
        long footers = fileSize - allChunks;

        QueryExecution amount = run(sandbox.athena(), "SELECT amount FROM model_predictions WHERE amount > 0");
        QueryExecution count = run(sandbox.athena(), "SELECT count(*) FROM model_predictions");
        QueryExecution all = run(sandbox.athena(), "SELECT * FROM model_predictions LIMIT 1");
        QueryExecution viaSubquery = run(sandbox.athena(), "SELECT amount FROM (SELECT * FROM model_predictions)");

        assertThat(amount.statistics().dataScannedInBytes()).as("the amount column's chunks and the footer")
                .isEqualTo(footers + amountChunks).isLessThan(fileSize / 10);
        assertThat(count.statistics().dataScannedInBytes()).as("count(*) reads footers only").isEqualTo(footers)
                .isPositive();
        assertThat(all.statistics().dataScannedInBytes()).as("every column, even with a LIMIT").isEqualTo(fileSize);
        assertThat(viaSubquery.statistics().dataScannedInBytes()).as("columns a subquery's * offers but nobody reads")
                .isEqualTo(footers + amountChunks);
        assertThat(amount.statistics().resultReuseInformation().reusedPreviousResult()).isFalse();
        assertThat(amount.statementTypeAsString()).isEqualTo("DML");
        assertThat(amount.substatementType()).isEqualTo("SELECT");
        assertThat(amount.status().completionDateTime()).isAfterOrEqualTo(amount.status().submissionDateTime());
        assertThat(amount.workGroup()).isEqualTo("aporia");
        assertThat(amount.engineVersion().effectiveEngineVersion()).isEqualTo("Athena engine version 3");
    }

    @Test
    void resultsLandAsAthenaCsvAtTheOutputLocation() throws Exception {
        QueryExecution execution = run(sandbox.athena(), "SELECT 'say \"hi\"' AS quoted, CAST(NULL AS varchar) AS nothing, '' AS empty");
        String location = execution.resultConfiguration().outputLocation();

        assertThat(location).isEqualTo("s3://athena-wizard-sandbox-results/aporia/" + execution.queryExecutionId() + ".csv");
        Path file = sandbox.fixture().s3Root().resolve(location.substring("s3://".length()));
        assertThat(Files.readString(file)).isEqualTo("\"quoted\",\"nothing\",\"empty\"\n\"say \"\"hi\"\"\",,\"\"\n");
    }

    @Test
    void syntaxErrorFailsStartWithAthenasMessageAndPosition() {
        assertThatThrownBy(() -> sandbox.athena().startQueryExecution(b -> b.workGroup("aporia")
                .queryString("SELECT amount\nFORM model_predictions")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("MALFORMED_QUERY");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("line 2:6: mismatched input ");
                });
    }

    @Test
    void unknownTableFailsTheExecutionAtTheTablesPosition() {
        QueryExecution execution = run(sandbox.athena(), "SELECT *\n  FROM   aporia_demo.nope");

        assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
        String expected = "TABLE_NOT_FOUND: line 2:10: Table 'awsdatacatalog.aporia_demo.nope' does not exist";
        assertThat(execution.status().stateChangeReason()).isEqualTo(expected);
        assertThat(execution.status().athenaError().errorMessage()).isEqualTo(expected);
        assertThat(execution.status().athenaError().errorCategory()).isEqualTo(2);
        assertThat(execution.status().athenaError().errorType()).isEqualTo(1301);
        assertThat(execution.status().athenaError().retryable()).isFalse();
        assertThatThrownBy(() -> sandbox.athena().getQueryResults(b -> b.queryExecutionId(execution.queryExecutionId())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("INVALID_QUERY_EXECUTION_STATE");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Query did not finish successfully. Final query state: FAILED");
                });
    }

    @Test
    void unqualifiedTableWithoutDatabaseIsLookedUpInDefault() {
        QueryExecution execution = AthenaQueries.await(sandbox.athena(), sandbox.athena().startQueryExecution(b -> b.workGroup("aporia")
                .queryString("SELECT 1 FROM model_predictions")).queryExecutionId());
        assertThat(execution.status().stateChangeReason())
                .isEqualTo("TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.model_predictions' does not exist");
    }

    @Test
    void unknownColumnFailsTheExecutionAtTheColumnsPosition() {
        QueryExecution execution = run(sandbox.athena(), "SELECT amount,\n       foo\nFROM model_predictions");

        assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
        assertThat(execution.status().stateChangeReason()).isEqualTo("COLUMN_NOT_FOUND: line 2:8: Column 'foo' cannot "
                + "be resolved or requester is not authorized to access requested resources");
        assertThat(execution.status().athenaError().errorType()).isEqualTo(1006);
    }

    @Test
    void commonAthenaFunctionsRun() {
        List<List<String>> rows = query(sandbox.athena(), "SELECT cardinality(embeddings), "
                + "date_add('day', 1, TIMESTAMP '2020-01-31 00:00:00'), to_unixtime(TIMESTAMP '1970-01-02 00:00:00'), "
                + "approx_distinct(owner), date_trunc('month', TIMESTAMP '2020-05-17 10:00:00') "
                + "FROM model_predictions GROUP BY 1");
        assertThat(rows.get(1)).containsExactly("768", "2020-02-01 00:00:00.000", "86400.0", "5",
                "2020-05-01 00:00:00.000");
        assertThat(rows.get(0)).containsExactly("_col0", "_col1", "_col2", "_col3", "_col4");
        assertThat(query(sandbox.athena(), "SELECT slice(ARRAY[1, 2, 3, 4], 2, 2), array_join(ARRAY['a', 'b'], '-'), "
                + "date_format(TIMESTAMP '2020-01-02 03:04:05', '%Y-%m-%d %H:%i:%s'), "
                + "filter(ARRAY[1, 2], x -> x > 1)").get(1))
                .containsExactly("[2, 3]", "a-b", "2020-01-02 03:04:05", "[2]");
    }

    @Test
    void executionParametersFillThePlaceholders() {
        QueryExecution bound = AthenaQueries.await(sandbox.athena(), sandbox.athena().startQueryExecution(b -> b
                .workGroup("aporia").queryString("SELECT count(*) FROM aporia_demo.model_predictions\n"
                        + "WHERE owner = ? AND amount > ?").executionParameters("'alice'", "100")).queryExecutionId());
        QueryExecution missing = AthenaQueries.await(sandbox.athena(), sandbox.athena().startQueryExecution(b -> b
                .workGroup("aporia").queryString("SELECT ?, ?").executionParameters("1")).queryExecutionId());

        assertThat(bound.executionParameters()).containsExactly("'alice'", "100");
        assertThat(Integer.parseInt(AthenaQueries.rows(sandbox.athena(), bound.queryExecutionId()).get(1).get(0)))
                .isBetween(1000, 2000);
        assertThat(missing.status().stateChangeReason())
                .isEqualTo("INVALID_PARAMETER_USAGE: line 1:1: Incorrect number of parameters: expected 2 but found 1");
    }

    @Test
    void unsupportedStatementsFailRatherThanPretend() {
        QueryExecution execution = run(sandbox.athena(), "CREATE EXTERNAL TABLE t (a string) LOCATION 's3://x/'");
        assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
        assertThat(execution.status().stateChangeReason()).startsWith("NOT_SUPPORTED: ");
    }
}

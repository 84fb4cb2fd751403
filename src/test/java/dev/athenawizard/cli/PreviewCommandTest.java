package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

class PreviewCommandTest {
    private static final String ORDERED = "SELECT prediction_id, amount, is_new, did_buy_insurance "
            + "FROM model_predictions ORDER BY prediction_timestamp DESC";
    private static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start();
        CliRun.useAccessKey(SandboxFixture.KEY_ID);
    }

    @AfterAll
    static void stop() {
        CliRun.forgetAccessKey();
        sandbox.close();
    }

    @AfterEach
    void quickQueriesAgain() {
        sandbox.server.setQueryDelay(Duration.ZERO);
    }

    private static CliRun preview(String... more) {
        List<String> args = new ArrayList<>(List.of("preview", "--endpoint-url", sandbox.server.endpoint().toString(),
                "--region", "us-east-1"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void printsCsvRowsAndAStatisticsLine() {
        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo", "--sql", ORDERED, "--limit", "3");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).isEqualTo("prediction_id,amount,is_new,did_buy_insurance");
        assertThat(run.outLines().get(1)).matches("[0-9a-f-]{36},[0-9.]+,(true|false),"); // NULL actual: empty field
        assertThat(run.errLines()).singleElement().asString()
                .as("a summary, not worded like the error lines that start with 'athena-wizard preview:'")
                .matches("3 rows in .+ \\(queued .+, engine .+\\), [0-9.]+ [KM]B scanned, cost ~\\$[0-9.]+; "
                        + "LIMIT 3 added; execution [0-9a-f-]{36}");
        assertThat(newestQuery()).as("the LIMIT form was sent").isEqualTo(ORDERED + " LIMIT 3");
    }

    @Test
    void aQueryEndingInASemicolonAndACommentRuns() {
        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo",
                "--sql", "SELECT prediction_id FROM model_predictions ORDER BY prediction_id LIMIT 2; -- top");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.err()).contains("; the query's own LIMIT kept;");
        assertThat(newestQuery()).isEqualTo("SELECT prediction_id FROM model_predictions ORDER BY prediction_id LIMIT 2");
    }

    @Test
    void aSyntaxErrorIsCaughtBeforeSendingAtTheUsersLineAndColumn() {
        int sentBefore = executions();

        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo",
                "--sql", "SELECT prediction_id,\n       amount\nFROM model_predictions\nWHER amount > 10");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("athena-wizard preview: Syntax error at line "
                + "4, column 6: mismatched input 'amount'.").endsWith("Correct the SQL there and run it again.");
        assertThat(executions()).as("nothing was sent").isEqualTo(sentBefore);
    }

    @Test
    void anAthenaErrorNamesTheLineAndColumnOfTheUsersText() {
        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo", "--limit", "5",
                "--sql", "SELECT prediction_id,\n       predicton_score\nFROM model_predictions\nLIMIT 1000;\n");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(newestQuery()).isEqualTo("SELECT prediction_id,\n       predicton_score\nFROM model_predictions\n"
                + "LIMIT 5");
        assertThat(run.errLines()).singleElement().asString().startsWith("athena-wizard preview: Column "
                + "'predicton_score' cannot be resolved").contains("(line 2, column 8)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DROP TABLE training_set                                    | DROP TABLE
            DELETE FROM model_predictions WHERE amount > 0             | DELETE
            INSERT INTO training_set SELECT * FROM model_predictions   | INSERT
            CREATE TABLE copy AS SELECT * FROM training_set            | CREATE TABLE AS SELECT
            EXPLAIN ANALYZE DELETE FROM training_set                   | EXPLAIN ANALYZE DELETE
            MSCK REPAIR TABLE training_set                             | MSCK REPAIR TABLE
            """)
    void aStatementThatIsNotReadOnlyIsRefusedBeforeSending(String sql, String name) {
        int sentBefore = executions();

        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo", "--sql", sql);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("athena-wizard preview: Not sent: " + name + " is not a read-only statement")
                .endsWith("to run this statement anyway, add --allow-write.");
        assertThat(executions()).as("nothing was sent").isEqualTo(sentBefore);
        assertThat(preview("--workgroup", "aporia", "--database", "aporia_demo",
                "--sql", "SELECT count(*) FROM training_set").outLines()).containsExactly("_col0", "5000");
    }

    @Test
    void allowWriteSendsTheStatementAsWritten() {
        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo", "--allow-write",
                "--sql", "DROP TABLE IF EXISTS no_such_table; -- clean up");

        assertThat(newestQuery()).isEqualTo("DROP TABLE IF EXISTS no_such_table");
        assertThat(run.exit()).isIn(0, 1); // whatever the sandbox makes of it: it was sent
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aBlankSqlIsAUsageError(String sql) {
        int sentBefore = executions();

        CliRun run = preview("--workgroup", "aporia", "--sql", sql);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("athena-wizard preview: --sql is empty. Give the statement to "
                + "preview, e.g. --sql \"SELECT * FROM my_table\".");
        assertThat(executions()).isEqualTo(sentBefore);
    }

    @Test
    void sqlWithoutAStatementOrWithTwoIsRefused() {
        CliRun comments = preview("--workgroup", "aporia", "--sql", "-- SELECT 1\n;");
        assertThat(comments.exit()).isEqualTo(2);
        assertThat(comments.errLines()).containsExactly("athena-wizard preview: --sql holds no statement, only "
                + "comments or semicolons. Give the SQL to preview.");

        CliRun two = preview("--workgroup", "aporia", "--sql", "SELECT 1; DROP TABLE training_set");
        assertThat(two.exit()).isEqualTo(2);
        assertThat(two.errLines()).containsExactly("athena-wizard preview: --sql holds more than one statement. "
                + "A second statement starts at line 1, column 11. Athena runs one statement at a time: keep one, or "
                + "run them one by one.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0", "0ms", "PT-5S"})
    void aTimeoutThatEndsBeforeTheQueryStartsIsAUsageError(String timeout) {
        CliRun run = preview("--workgroup", "aporia", "--sql", "SELECT 1", "--timeout", timeout);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--timeout': '" + timeout + "' would stop the "
                + "query before it starts; give a time longer than 0, e.g. 30s or 5m.");
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        CliRun run = preview("--workgroup", "aporia", "--sql", "SELECT 1", "--limit", "-1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("athena-wizard preview: --limit must be 0 or more, not -1.");
    }

    /** How many queries the workgroup has been sent. */
    private static int executions() {
        return CliRun.executions(sandbox, "aporia");
    }

    /** The text of the query sent last, as Athena received it. */
    private static String newestQuery() {
        try (AthenaClient athena = sandbox.athena()) {
            String newest = athena.listQueryExecutions(b -> b.workGroup("aporia")).queryExecutionIds().get(0);
            return athena.getQueryExecution(b -> b.queryExecutionId(newest)).queryExecution().query();
        }
    }

    @Test
    void printsJsonWithNumbersBooleansAndNulls() throws Exception {
        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo", "--sql", ORDERED, "--limit", "2",
                "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("amount").isNumber()).isTrue();
        assertThat(rows.get(0).get("is_new").isBoolean()).isTrue();
        assertThat(rows.get(0).get("did_buy_insurance").isNull()).isTrue();
        assertThat(rows.get(0).get("prediction_id").isTextual()).isTrue();
    }

    @Test
    void aQueryErrorIsOneLineWithItsPosition() {
        CliRun run = preview("--workgroup", "aporia", "--database", "aporia_demo",
                "--sql", "SELECT predicton_id FROM model_predictions");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("athena-wizard preview: Column 'predicton_id' cannot be resolved "
                + "or requester is not authorized to access requested resources (line 1, column 8). Check the column "
                + "name against the table's columns.");
    }

    @Test
    void aWorkgroupWithoutResultLocationNeedsOne() {
        CliRun refused = preview("--workgroup", "primary", "--sql", "SELECT 1 AS one");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("athena-wizard preview: Workgroup 'primary' has no query result location");

        CliRun given = preview("--workgroup", "primary", "--sql", "SELECT 1 AS one",
                "--output-location", "s3://athena-wizard-sandbox-results/cli/");
        assertThat(given.exit()).isZero();
        assertThat(given.outLines()).containsExactly("one", "1");
    }

    @Test
    void theTimeoutStopsTheQueryInAthena() {
        sandbox.server.setQueryDelay(Duration.ofSeconds(30));

        CliRun run = preview("--workgroup", "aporia", "--sql", "SELECT 1", "--timeout", "300ms");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("athena-wizard preview: The query did not finish within 300 ms and "
                + "was stopped in Athena. Allow it more time, or make it cheaper (a LIMIT, a filter on partition "
                + "columns).");
        AthenaClient athena = sandbox.athena();
        String newest = athena.listQueryExecutions(b -> b.workGroup("aporia")).queryExecutionIds().get(0);
        assertThat(athena.getQueryExecution(b -> b.queryExecutionId(newest)).queryExecution().status().state())
                .isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void theShutdownHookStopsARunningQueryInAthena() throws InterruptedException {
        sandbox.server.setQueryDelay(Duration.ofSeconds(30));
        AthenaClient athena = sandbox.athena();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            WorkgroupInfo aporia = new WorkgroupService(athena, Runnable::run).describe("aporia").join();
            RunningQuery running = new QueryRunner(athena, pool).start(QueryRequest.of("SELECT 2", aporia));
            long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (running.executionId().isEmpty() && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            StringWriter err = new StringWriter();

            StopOnShutdown.stop(running, new PrintWriter(err, true)); // what Ctrl-C runs

            String id = running.executionId().orElseThrow();
            assertThat(athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state())
                    .isEqualTo(QueryExecutionState.CANCELLED);
            assertThat(err.toString().trim())
                    .isEqualTo("athena-wizard: interrupted. The query was cancelled and stopped in Athena.");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hasHelpAndVersionAndRequiresSqlAndWorkgroup() {
        assertThat(CliRun.of("preview", "--help").out()).contains("--workgroup", "--database", "--catalog", "--sql",
                "--limit", "--format", "--timeout", "--endpoint-url", "--region", "--profile", "--allow-write");
        assertThat(CliRun.of("preview", "--version").exit()).isZero();
        CliRun missing = CliRun.of("preview", "--sql", "SELECT 1");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--workgroup=NAME'");
    }
}

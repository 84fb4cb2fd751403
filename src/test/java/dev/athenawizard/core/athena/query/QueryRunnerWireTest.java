package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.athena.workgroup.EngineVersion;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.ControlledTime;
import dev.athenawizard.testing.Failures;
import dev.athenawizard.testing.HeldExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * QueryRunner end to end over the real SDK client, against a sandbox whose queries spend 1 s QUEUED and 3 s in all,
 * on a clock the runner's sleeper moves: every test is instant and deterministic, and what the sandbox recorded
 * (states, stops) is checked through Athena's own API.
 */
class QueryRunnerWireTest {
    private static final Duration QUERY_TIME = Duration.ofSeconds(3);
    private static final Duration QUEUE_TIME = Duration.ofSeconds(1);

    private static ControlledTime time;
    private static SandboxFixture sandbox;
    private static AthenaClient athena;
    private static ControlledRunner runner;
    private static WorkgroupInfo aporia;
    private static WorkgroupInfo primary;

    @BeforeAll
    static void start() {
        time = new ControlledTime(Instant.now());
        sandbox = SandboxFixture.start(b -> b.clock(time).queryDelay(QUERY_TIME).queueDelay(QUEUE_TIME));
        athena = sandbox.athena();
        runner = new ControlledRunner(sandbox, time, athena);
        WorkgroupService workgroups = new WorkgroupService(athena, Runnable::run);
        aporia = workgroups.describe("aporia").join();
        primary = workgroups.describe("primary").join();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static QueryRequest demo(String sql) {
        return QueryRequest.of(sql, aporia).in("AwsDataCatalog", "aporia_demo").withResultReuse(false);
    }

    private static QueryExecution inAthena(RunningQuery query) {
        String id = query.executionId().orElseThrow();
        return athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution();
    }

    @Test
    void runsAQueryThroughQueuedAndRunningToItsRowsAndStatistics() {
        RunningQuery query = runner.run(demo(
                "SELECT prediction_id, amount, is_new FROM model_predictions ORDER BY prediction_id LIMIT 5"));

        QueryResult result = query.result().join();
        List<QueryProgress> progress = runner.progress();
        assertThat(progress).extracting(QueryProgress::state).containsSubsequence(
                QueryState.QUEUED, QueryState.RUNNING, QueryState.SUCCEEDED);
        assertThat(progress).extracting(QueryProgress::elapsed).isSorted();
        assertThat(progress.get(progress.size() - 1).elapsed()).isGreaterThanOrEqualTo(QUERY_TIME);
        assertThat(query.progress().polls()).isEqualTo(progress.size() - 1); // one update per poll, after the start
        assertThat(result.executionId()).isEqualTo(query.executionId().orElseThrow());
        assertThat(result.statementType()).isEqualTo("DML");
        assertThat(result.statistics().dataScannedBytes()).isPositive();
        assertThat(result.statistics().reusedPreviousResult()).isFalse();
        assertThat(result.statistics().estimatedCostUsd())
                .isEqualByComparingTo(AthenaPricing.costUsd(result.statistics().dataScannedBytes(),
                        QueryState.SUCCEEDED, false, false));

        ResultTable table = result.firstRows(10).join();
        assertThat(table.columns()).containsExactly(new ResultColumn("prediction_id", "varchar", 2147483647, 0),
                new ResultColumn("amount", "double", 17, 0), new ResultColumn("is_new", "boolean", 0, 0));
        assertThat(table.rows()).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(3));
        assertThat(table.hasMore()).isFalse();
        assertThat(table.rows()).extracting(row -> row.get(0)).isSorted().doesNotContain("prediction_id");
    }

    @Test
    void pagesMoreThanAThousandRowsOnlyAsFarAsAsked() {
        QueryResult result = runner.run(demo(
                "SELECT prediction_id FROM model_predictions ORDER BY prediction_id LIMIT 2500")).result().join();

        ResultPage first = result.firstPage().join();
        assertThat(first.rows()).hasSize(999); // the header row took one of the 1000
        assertThat(first.hasNext()).isTrue();
        ResultPage second = first.next().join();
        assertThat(second.rows()).hasSize(1000);
        ResultPage third = second.next().join();
        assertThat(third.rows()).hasSize(501);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.next().join().rows()).isEmpty();

        HashSet<String> ids = new HashSet<>();
        for (ResultPage page : List.of(first, second, third)) {
            page.rows().forEach(row -> ids.add(row.get(0)));
        }
        assertThat(ids).hasSize(2500).doesNotContain("prediction_id");

        ResultTable preview = result.firstRows(1200).join();
        assertThat(preview.rows()).hasSize(1200);
        assertThat(preview.hasMore()).isTrue();
        assertThat(preview.rows().get(999).get(0)).isEqualTo(second.rows().get(0).get(0));
    }

    @Test
    void nullsArraysAndTimestampsKeepAthenasNotation() {
        ResultTable newest = runner.run(demo("SELECT prediction_timestamp, did_buy_insurance, embeddings, '' AS empty, "
                + "CAST(NULL AS varchar) AS missing FROM model_predictions ORDER BY prediction_timestamp DESC LIMIT 1"))
                .result().join().firstRows(1).join();

        assertThat(newest.columns()).extracting(ResultColumn::type)
                .containsExactly("timestamp", "boolean", "array", "varchar", "varchar");
        List<String> row = newest.rows().get(0);
        assertThat(row.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(row.get(1)).isNull(); // the delayed actual is not known yet for recent predictions
        assertThat(row.get(2)).startsWith("[").endsWith("]");
        assertThat(row.get(2).split(", ")).hasSize(768);
        assertThat(row.get(3)).isEmpty();
        assertThat(row.get(4)).isNull();
    }

    @Test
    void aColumnThatDoesNotExistFailsWithItsPosition() {
        RunningQuery query = runner.run(demo("SELECT prediction_id,\n       colour\nFROM model_predictions"));

        AthenaFailure f = Failures.of(query.result());
        assertThat(f.kind()).isEqualTo(Kind.COLUMN_NOT_FOUND);
        assertThat(f.position()).contains(new SqlPosition(2, 8));
        assertThat(f.getMessage()).contains("Column 'colour' cannot be resolved").contains("line 2, column 8");
        assertThat(f.queryExecutionId()).isEqualTo(query.executionId());
        assertThat(runner.progress()).last().extracting(QueryProgress::state).isEqualTo(QueryState.FAILED);
    }

    @Test
    void aTableThatDoesNotExistFailsWithItsPosition() {
        AthenaFailure f = Failures.of(runner.run(demo("SELECT * FROM model_prediction")).result());

        assertThat(f.kind()).isEqualTo(Kind.TABLE_NOT_FOUND);
        assertThat(f.position()).contains(new SqlPosition(1, 15));
        assertThat(f.getMessage()).contains("model_prediction' does not exist");
    }

    @Test
    void aSyntaxErrorIsRefusedAtStartWithItsPosition() {
        RunningQuery query = runner.run(demo("SELECT prediction_id,\nFROM model_predictions"));

        AthenaFailure f = Failures.of(query.result());
        assertThat(f.kind()).isEqualTo(Kind.SYNTAX_ERROR);
        assertThat(f.position()).contains(new SqlPosition(2, 1));
        assertThat(f.getMessage()).startsWith("Syntax error at line 2, column 1: mismatched input 'FROM'");
        assertThat(query.executionId()).isEmpty(); // Athena refused it synchronously: nothing ran
    }

    @Test
    void aWorkgroupWithoutOutputLocationNeedsOneFromTheRequest() {
        AthenaFailure f = Failures.of(runner.run(QueryRequest.of("SELECT 1", primary)).result());
        assertThat(f.kind()).isEqualTo(Kind.NO_OUTPUT_LOCATION);
        assertThat(f.getMessage()).startsWith("Workgroup 'primary' has no query result location");

        RunningQuery ok = runner.run(QueryRequest.of("SELECT 1 AS one", primary)
                .withOutputLocation("s3://athena-wizard-sandbox-results/wizard/"));
        assertThat(ok.result().join().firstRows(1).join().rows()).containsExactly(List.of("1"));
        assertThat(inAthena(ok).resultConfiguration().outputLocation())
                .startsWith("s3://athena-wizard-sandbox-results/wizard/");
    }

    @Test
    void aWorkgroupThatDoesNotExistIsNamed() {
        WorkgroupInfo ghost = new WorkgroupInfo("ghost", WorkgroupInfo.State.ENABLED, "", Optional.empty(),
                new EngineVersion("AUTO", ""), Optional.of("s3://athena-wizard-sandbox-results/ghost/"), false,
                OptionalLong.empty(), false);

        AthenaFailure f = Failures.of(runner.run(QueryRequest.of("SELECT 1", ghost)).result());

        assertThat(f.kind()).isEqualTo(Kind.WORKGROUP_NOT_FOUND);
        assertThat(f.getMessage()).startsWith("Workgroup 'ghost' was not found.");
    }

    @Test
    void cancelWhileQueuedStopsTheExecutionInAthena() {
        RunningQuery query = runner.run(demo("SELECT count(*) FROM model_predictions"), running -> {
            if (running.progress().state() == QueryState.QUEUED && running.progress().polls() >= 2) {
                running.cancel();
            }
        });

        AthenaFailure f = Failures.of(query.result());
        assertThat(f.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(f.getMessage()).isEqualTo("The query was cancelled and stopped in Athena.");
        assertThat(runner.progress()).extracting(QueryProgress::state).doesNotContain(QueryState.RUNNING);
        assertThat(inAthena(query).status().state()).isEqualTo(QueryExecutionState.CANCELLED);
        assertThat(inAthena(query).status().stateChangeReason()).isEqualTo("Query cancelled by user");
        assertThat(query.cancel()).isDone();
    }

    @Test
    void cancelWhileRunningStopsTheExecutionInAthena() {
        RunningQuery query = runner.run(demo("SELECT count(*) FROM model_predictions"), running -> {
            if (running.progress().state() == QueryState.RUNNING) {
                running.cancel();
            }
        });

        assertThat(Failures.of(query.result()).kind()).isEqualTo(Kind.CANCELLED);
        assertThat(runner.progress()).extracting(QueryProgress::state).contains(QueryState.RUNNING)
                .doesNotContain(QueryState.SUCCEEDED);
        assertThat(inAthena(query).status().state()).isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void cancellingTheResultFutureAlsoStopsTheExecutionInAthena() {
        RunningQuery query = runner.run(demo("SELECT count(*) FROM model_predictions"), running -> {
            if (running.progress().state() == QueryState.RUNNING) {
                running.result().cancel(true);
            }
        });

        assertThat(query.result()).isCancelled();
        assertThat(inAthena(query).status().state()).isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void aQueryCancelledBeforeItStartsIsNeverSent() {
        HeldExecutor pool = new HeldExecutor();
        pool.hold();
        QueryRunner held = new QueryRunner(athena, pool, time, time, PollSchedule.adaptive());
        long executionsBefore = executionsIn("aporia");

        RunningQuery query = held.start(demo("SELECT 1"));
        query.cancel();
        pool.release();

        AthenaFailure f = Failures.of(query.result());
        assertThat(f.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(f.getMessage()).isEqualTo("The query was cancelled before it was started.");
        assertThat(query.executionId()).isEmpty();
        assertThat(executionsIn("aporia")).isEqualTo(executionsBefore);
    }

    private static long executionsIn(String workgroup) {
        return athena.listQueryExecutionsPaginator(b -> b.workGroup(workgroup)).stream()
                .mapToLong(page -> page.queryExecutionIds().size()).sum();
    }

    @Test
    void theDeadlineStopsTheExecutionInAthena() {
        RunningQuery query = runner.run(demo("SELECT count(*) FROM model_predictions").withTimeout(Duration.ofSeconds(2)));

        AthenaFailure f = Failures.of(query.result());
        assertThat(f.kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(f.getMessage()).startsWith("The query did not finish within 2 s and was stopped in Athena.");
        assertThat(f.queryExecutionId()).isEqualTo(query.executionId());
        assertThat(runner.progress()).last().satisfies(p -> {
            assertThat(p.state()).isEqualTo(QueryState.CANCELLED);
            assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(2)); // the last wait was cut to the deadline
        });
        assertThat(inAthena(query).status().state()).isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void aQueuedQueryIsNotPolledDensely() {
        runner.run(demo("SELECT count(DISTINCT owner) AS owners FROM model_predictions")).result().join();

        List<Duration> polls = pollTimes(runner.progress());
        List<Duration> whileQueued = polls.stream().filter(p -> p.compareTo(QUEUE_TIME) <= 0).toList();
        assertThat(whileQueued).hasSizeGreaterThan(2);
        for (int i = 1; i < whileQueued.size(); i++) {
            assertThat(whileQueued.get(i).minus(whileQueued.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void aStatementRunBeforeIsPolledDenselyWhereItEndedLastTime() {
        String sql = "SELECT owner, max(amount) AS top FROM model_predictions GROUP BY owner";
        runner.run(demo(sql)).result().join();
        List<Duration> first = pollTimes(runner.progress());
        runner.run(demo(sql)).result().join();
        List<Duration> again = pollTimes(runner.progress());

        // the sandbox's queries end 3 s after submission; the runner's clock does not move during calls
        assertThat(again.get(again.size() - 1)).isBetween(QUERY_TIME, QUERY_TIME.plusMillis(60));
        Duration lastGap = again.get(again.size() - 1).minus(again.get(again.size() - 2));
        assertThat(lastGap).isLessThanOrEqualTo(Duration.ofMillis(60));
        Duration wellBefore = Duration.ofSeconds(2);
        assertThat(again.stream().filter(p -> p.compareTo(wellBefore) < 0).count())
                .isLessThan(first.stream().filter(p -> p.compareTo(wellBefore) < 0).count());
    }

    /** When each GetQueryExecution answered, counted from submission. */
    private static List<Duration> pollTimes(List<QueryProgress> progress) {
        return progress.stream().filter(p -> p.polls() > 0).map(QueryProgress::elapsed).toList();
    }

    @Test
    void anIdenticalQueryReusesTheEarlierResultAndCostsNothing() {
        String sql = "SELECT owner, count(*) AS n FROM model_predictions GROUP BY owner ORDER BY owner";
        QueryResult first = runner.run(demo(sql).withResultReuse(true)).result().join();
        QueryResult again = runner.run(demo(sql).withResultReuse(true)).result().join();
        QueryResult fresh = runner.run(demo(sql).withResultReuse(false)).result().join();

        assertThat(first.statistics().reusedPreviousResult()).isFalse();
        assertThat(again.statistics().reusedPreviousResult()).isTrue();
        assertThat(again.statistics().estimatedCostUsd()).isZero();
        assertThat(fresh.statistics().reusedPreviousResult()).isFalse();
        assertThat(again.firstRows(100).join().rows()).isEqualTo(first.firstRows(100).join().rows());
    }
}

package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.sandbox.AthenaQueries;
import dev.athenawizard.core.sandbox.SandboxExtension;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms the wizard sends, run through the real AWS SDK on the sandbox: the LIMIT form returns exactly the first N
 * rows of the user's query where its order is defined, the zero-row form returns none, and errors come back at the
 * user's line and column.
 */
class QueryFormsWireTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** Header row first, then the rows, as Athena returns them. */
    private static List<List<String>> rows(String sql) {
        return AthenaQueries.query(sandbox.athena(), sql);
    }

    @ParameterizedTest(name = "{0} (first {1})")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT prediction_id, amount FROM model_predictions ORDER BY prediction_id | 7
            SELECT owner, count(*) AS n FROM model_predictions GROUP BY owner ORDER BY n DESC, owner; -- busiest | 3
            SELECT prediction_id, amount FROM model_predictions ORDER BY amount DESC, prediction_id LIMIT 40 | 5
            SELECT prediction_id FROM training_set ORDER BY prediction_id OFFSET 20 LIMIT 30 | 4
            SELECT prediction_id FROM training_set ORDER BY prediction_id OFFSET 4990 | 25
            SELECT prediction_id, proba FROM model_predictions UNION ALL SELECT prediction_id, proba FROM training_set ORDER BY proba DESC, prediction_id | 6
            WITH r AS (SELECT prediction_id, amount FROM model_predictions WHERE is_new) SELECT * FROM r ORDER BY amount, prediction_id | 5
            SELECT owner, max(amount) AS top FROM model_predictions GROUP BY owner ORDER BY owner LIMIT 2 | 10
            """)
    void theLimitFormReturnsTheFirstRowsOfTheQuery(String sql, int limit) {
        PreviewForm preview = ANALYZER.analyze(sql).previewForm(limit).orElseThrow();
        assertThat(preview.change()).isNotEqualTo(PreviewForm.LimitChange.NONE);

        List<List<String>> all = rows(ANALYZER.analyze(sql).asWritten().orElseThrow().sql());
        List<List<String>> limited = rows(preview.sql());

        int expected = Math.min(limit, all.size() - 1);
        assertThat(limited).hasSize(expected + 1);
        assertThat(limited).as(preview.sql()).isEqualTo(all.subList(0, expected + 1));
    }

    @Test
    void theZeroRowFormReadsTheTableAndReturnsOnlyTheHeader() {
        String sql = "SELECT prediction_id, amount AS value FROM model_predictions ORDER BY amount DESC LIMIT 50";

        List<List<String>> rows = rows(ANALYZER.analyze(sql).zeroRowForm().orElseThrow().sql());

        assertThat(rows).containsExactly(List.of("prediction_id", "value"));
    }

    @Test
    void anErrorInTheZeroRowFormComesBackAtTheUsersLineAndColumn() {
        String sql = "SELECT prediction_id,\n       predicton_score\nFROM model_predictions";
        SentSql zero = ANALYZER.analyze(sql).zeroRowForm().orElseThrow();

        AthenaFailure failure = zero.toUserFailure(run(zero.sql()));

        assertThat(failure.kind()).isEqualTo(AthenaFailure.Kind.COLUMN_NOT_FOUND);
        assertThat(failure.position()).contains(new SqlPosition(2, 8));
        assertThat(failure.getMessage()).contains("(line 2, column 8)");
        int offset = new LineIndex(sql).offset(failure.position().get());
        assertThat(sql.substring(offset)).startsWith("predicton_score");
    }

    @Test
    void aPreviewOfAQueryEndingInACommentRuns() {
        String sql = "SELECT prediction_id FROM model_predictions ORDER BY prediction_id LIMIT 2; -- top";

        List<List<String>> rows = rows(ANALYZER.analyze(sql).previewForm(100).orElseThrow().sql());

        assertThat(rows).hasSize(3);
    }

    /** Runs through the wizard's own QueryRunner, which turns Athena's reasons into AthenaFailures. */
    private static AthenaFailure run(String sql) {
        WorkgroupInfo aporia = new WorkgroupService(sandbox.athena(), pool).describe("aporia").join();
        QueryRequest request = QueryRequest.of(sql, aporia).in("awsdatacatalog", "aporia_demo");
        CompletionException thrown = catchThrowableOfType(
                () -> new QueryRunner(sandbox.athena(), pool).start(request).result().join(),
                CompletionException.class);
        assertThat(thrown).as("the query should fail").isNotNull();
        assertThat(thrown.getCause()).isInstanceOf(AthenaFailure.class);
        return (AthenaFailure) thrown.getCause();
    }
}

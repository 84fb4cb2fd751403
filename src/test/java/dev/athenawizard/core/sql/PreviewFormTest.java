package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.QueryErrorReasons;
import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.sql.PreviewForm.LimitChange;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact text a preview and the self-test send, and positions mapped back from it. */
class PreviewFormTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    private static PreviewForm preview(String sql, int limit) {
        return ANALYZER.analyze(sql).previewForm(limit).orElseThrow();
    }

    static Stream<Arguments> limitForms() {
        return Stream.of(
                Arguments.of("SELECT * FROM t", 100, "SELECT * FROM t LIMIT 100", LimitChange.ADDED),
                Arguments.of("SELECT * FROM t -- every row", 100, "SELECT * FROM t LIMIT 100", LimitChange.ADDED),
                Arguments.of("SELECT * FROM t\nORDER BY a DESC;\n-- newest first\n", 100,
                        "SELECT * FROM t\nORDER BY a DESC LIMIT 100", LimitChange.ADDED),
                Arguments.of("/* head */ SELECT * FROM t OFFSET 5", 100,
                        "/* head */ SELECT * FROM t OFFSET 5 LIMIT 100", LimitChange.ADDED),
                Arguments.of("SELECT * FROM t ORDER BY a LIMIT 1000", 100, "SELECT * FROM t ORDER BY a LIMIT 100",
                        LimitChange.LOWERED),
                Arguments.of("SELECT * FROM t LIMIT ALL;", 100, "SELECT * FROM t LIMIT 100", LimitChange.LOWERED),
                Arguments.of("SELECT * FROM t ORDER BY a OFFSET 5 ROWS LIMIT 500", 100,
                        "SELECT * FROM t ORDER BY a OFFSET 5 ROWS LIMIT 100", LimitChange.LOWERED),
                Arguments.of("SELECT * FROM t ORDER BY a FETCH FIRST 500 ROWS ONLY", 100,
                        "SELECT * FROM t ORDER BY a FETCH FIRST 100 ROWS ONLY", LimitChange.LOWERED),
                Arguments.of("SELECT * FROM t ORDER BY a FETCH NEXT 5000 ROWS WITH TIES", 100,
                        "SELECT * FROM t ORDER BY a FETCH NEXT 100 ROWS WITH TIES", LimitChange.LOWERED),
                Arguments.of("SELECT * FROM t LIMIT 10", 100, "SELECT * FROM t LIMIT 10", LimitChange.OWN_LIMIT_KEPT),
                Arguments.of("SELECT * FROM t LIMIT 100; -- exactly", 100, "SELECT * FROM t LIMIT 100",
                        LimitChange.OWN_LIMIT_KEPT),
                Arguments.of("SELECT * FROM t FETCH FIRST ROW ONLY", 100, "SELECT * FROM t FETCH FIRST ROW ONLY",
                        LimitChange.OWN_LIMIT_KEPT),
                Arguments.of("SELECT * FROM t LIMIT ?", 100, "SELECT * FROM t LIMIT ?", LimitChange.NONE),
                Arguments.of("SELECT * FROM (SELECT * FROM t LIMIT 1000) x", 100,
                        "SELECT * FROM (SELECT * FROM t LIMIT 1000) x LIMIT 100", LimitChange.ADDED),
                Arguments.of("WITH a AS (SELECT * FROM t ORDER BY x LIMIT 1000) SELECT * FROM a", 100,
                        "WITH a AS (SELECT * FROM t ORDER BY x LIMIT 1000) SELECT * FROM a LIMIT 100",
                        LimitChange.ADDED),
                Arguments.of("SELECT * FROM t WHERE id IN (SELECT id FROM u LIMIT 1000)", 100,
                        "SELECT * FROM t WHERE id IN (SELECT id FROM u LIMIT 1000) LIMIT 100", LimitChange.ADDED),
                Arguments.of("SELECT a FROM t UNION SELECT a FROM u", 100,
                        "SELECT a FROM t UNION SELECT a FROM u LIMIT 100", LimitChange.ADDED),
                Arguments.of("(SELECT a FROM t ORDER BY a LIMIT 1000) UNION ALL (SELECT a FROM u)", 100,
                        "(SELECT a FROM t ORDER BY a LIMIT 1000) UNION ALL (SELECT a FROM u) LIMIT 100",
                        LimitChange.ADDED),
                Arguments.of("SELECT a FROM t EXCEPT SELECT a FROM u ORDER BY a LIMIT 1000", 100,
                        "SELECT a FROM t EXCEPT SELECT a FROM u ORDER BY a LIMIT 100", LimitChange.LOWERED),
                Arguments.of("VALUES 1, 2, 3;", 2, "VALUES 1, 2, 3", LimitChange.NONE),
                Arguments.of("SELECT * FROM t", 0, "SELECT * FROM t LIMIT 0", LimitChange.ADDED),
                Arguments.of("SELECT * FROM t LIMIT 5", 0, "SELECT * FROM t LIMIT 0", LimitChange.LOWERED),
                Arguments.of("SELECT * FROM t ORDER BY a FETCH FIRST 5 ROWS ONLY -- FETCH FIRST 0 is refused", 0,
                        "SELECT * FROM t ORDER BY a LIMIT 0", LimitChange.LOWERED));
    }

    @ParameterizedTest(name = "{0} (limit {1})")
    @MethodSource("limitForms")
    void previewSendsTheQueryWithItsLimitMinimallyEdited(String sql, int limit, String sent, LimitChange change) {
        PreviewForm form = preview(sql, limit);

        assertThat(form.sql()).isEqualTo(sent);
        assertThat(form.change()).isEqualTo(change);
        assertThat(form.limit()).isEqualTo(limit);
        assertThat(form.sent().editsQuery()).as("edited beyond a trailing ; and comments")
                .isEqualTo(change == LimitChange.ADDED || change == LimitChange.LOWERED);
        assertThat(ANALYZER.analyze(form.sql()).status()).isEqualTo(SqlAnalysis.Status.CHECKED);
    }

    @Test
    void describesWhatItDidInAFewWords() {
        assertThat(preview("SELECT 1", 100).describe()).isEqualTo("LIMIT 100 added");
        assertThat(preview("SELECT 1 LIMIT 500", 100).describe()).isEqualTo("the query's LIMIT lowered to 100");
        assertThat(preview("SELECT 1 LIMIT 5", 100).describe()).isEqualTo("the query's own LIMIT kept");
        assertThat(preview("SHOW TABLES", 100).describe()).isEqualTo("sent as written");
    }

    @Test
    void aNegativeLimitIsRefused() {
        SqlAnalysis analysis = ANALYZER.analyze("SELECT 1");

        assertThatThrownBy(() -> analysis.previewForm(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsInTheUsersTextMapToThemselves() {
        PreviewForm form = preview("-- top\nSELECT a,\n  b FROM t\nORDER BY a\nLIMIT 1000;", 100);

        for (int line = 1; line <= 5; line++) {
            for (int column = 1; column <= 6; column++) {
                SqlPosition at = new SqlPosition(line, column);
                assertThat(form.sent().toUserPosition(at)).isEqualTo(at);
            }
        }
    }

    @Test
    void positionsAfterALoweredCountShiftBackOnItsLine() {
        String sql = "SELECT * FROM t ORDER BY a\nFETCH FIRST 10000 ROWS ONLY";
        PreviewForm form = preview(sql, 100);
        assertThat(form.sql()).isEqualTo("SELECT * FROM t ORDER BY a\nFETCH FIRST 100 ROWS ONLY");

        // "ROWS" is at 2:17 in the sent text and at 2:19 in the user's
        assertThat(form.sent().toUserPosition(new SqlPosition(2, 17))).isEqualTo(new SqlPosition(2, 19));
        // inside the number written by the wizard: the number the user wrote
        assertThat(form.sent().toUserPosition(new SqlPosition(2, 14))).isEqualTo(new SqlPosition(2, 13));
    }

    @Test
    void positionsInTheAddedLimitPointJustAfterTheUsersStatement() {
        PreviewForm form = preview("SELECT *\nFROM t   -- all\n", 100);
        assertThat(form.sql()).isEqualTo("SELECT *\nFROM t LIMIT 100");

        assertThat(form.sent().toUserPosition(new SqlPosition(2, 14))).isEqualTo(new SqlPosition(2, 7));
        assertThat(form.sent().toUserPosition(new SqlPosition(9, 1))).as("beyond the end")
                .isEqualTo(new SqlPosition(2, 7));
    }

    @Test
    void zeroRowFormWrapsTheQueryAndStopsAtItsFirstRow() {
        SqlAnalysis analysis = ANALYZER.analyze("-- for Aporia\nSELECT id, amount FROM sales ORDER BY amount DESC "
                + "LIMIT 1000; -- biggest");

        SentSql zero = analysis.zeroRowForm().orElseThrow();

        assertThat(zero.sql()).isEqualTo("SELECT * FROM (\n-- for Aporia\nSELECT id, amount FROM sales LIMIT 1\n) "
                + "WHERE random() < 0");
        assertThat(ANALYZER.analyze(zero.sql()).tables()).extracting(TableReference::writtenName)
                .containsExactly("sales");
    }

    @Test
    void zeroRowFormOfAQueryWithoutTail() {
        SentSql zero = ANALYZER.analyze("WITH a AS (SELECT 1 AS x) SELECT x FROM a").zeroRowForm().orElseThrow();

        assertThat(zero.sql()).isEqualTo("SELECT * FROM (\nWITH a AS (SELECT 1 AS x) SELECT x FROM a LIMIT 1\n) "
                + "WHERE random() < 0");
    }

    @Test
    void anAthenaErrorAgainstTheZeroRowFormIsMovedToTheUsersLineAndColumn() {
        SqlAnalysis analysis = ANALYZER.analyze("SELECT predicton_id FROM model_predictions");
        SentSql zero = analysis.zeroRowForm().orElseThrow();
        AthenaFailure athena = QueryErrorReasons.failedQuery("COLUMN_NOT_FOUND: line 2:8: Column 'predicton_id' "
                + "cannot be resolved or requester is not authorized to access requested resources");

        AthenaFailure user = zero.toUserFailure(athena);

        assertThat(user.kind()).isEqualTo(AthenaFailure.Kind.COLUMN_NOT_FOUND);
        assertThat(user.position()).contains(new SqlPosition(1, 8));
        assertThat(user.getMessage()).isEqualTo("Column 'predicton_id' cannot be resolved or requester is not "
                + "authorized to access requested resources (line 1, column 8). Check the column name against the "
                + "table's columns.");
        assertThat(user.athenaMessage()).as("Athena's words stay Athena's").isEqualTo(athena.athenaMessage());
    }

    @Test
    void onlyThePositionItselfIsRewrittenInTheMessage() {
        SentSql zero = ANALYZER.analyze("SELECT x FROM t").zeroRowForm().orElseThrow();
        AthenaFailure athena = AthenaFailure.of(AthenaFailure.Kind.QUERY_FAILED,
                "Bad at line 2, column 1 (not line 2, column 15), see line 2:1 and line 2:15")
                .at(new SqlPosition(2, 1));

        AthenaFailure user = zero.toUserFailure(athena);

        assertThat(user.getMessage())
                .isEqualTo("Bad at line 1, column 1 (not line 2, column 15), see line 1:1 and line 2:15");
        assertThat(user.position()).contains(new SqlPosition(1, 1));
    }

    @Test
    void aFailureWithoutPositionIsLeftAlone() {
        SentSql sent = ANALYZER.analyze("SELECT 1").previewForm(5).orElseThrow().sent();
        AthenaFailure failure = AthenaFailure.of(AthenaFailure.Kind.THROTTLED, "Rate exceeded");

        assertThat(sent.toUserFailure(failure)).isSameAs(failure);
    }

    @Test
    void columnsCountCodePointsAsAthenaDoes() {
        String sql = "SELECT '🚀🚀' AS r, nope FROM t ORDER BY r FETCH FIRST 5000 ROWS ONLY";
        PreviewForm form = preview(sql, 10);

        // "nope" is at column 19 in both texts (a rocket is one column but two chars); "ROWS" is at 57 sent, 59 written
        assertThat(form.sent().toUserPosition(new SqlPosition(1, 19))).isEqualTo(new SqlPosition(1, 19));
        assertThat(form.sent().toUserPosition(new SqlPosition(1, 57))).isEqualTo(new SqlPosition(1, 59));
        int nope = new LineIndex(sql).offset(1, 19);
        assertThat(sql.substring(nope, nope + 4)).isEqualTo("nope");
    }
}

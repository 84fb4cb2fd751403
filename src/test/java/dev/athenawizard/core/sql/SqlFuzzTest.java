package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.Bounded;
import dev.athenawizard.testing.ReadableMessage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SQL layer with hostile text: real Athena queries cut, mutated with SQL pieces and hostile characters, deeply
 * nested, huge. {@link SqlAnalyzer} never throws; a problem it reports is a readable sentence at a line and column
 * inside the text, underlining a range of it; a preview form exists only for a read-only statement, and analysed
 * again it is still read-only (a preview never sends a write).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SqlFuzzTest {
    private final SqlAnalyzer analyzer = new SqlAnalyzer();

    @Test
    void hostile_sql_is_analysed_without_throwing_and_problems_sit_inside_the_text() throws Exception {
        for (String sql : SqlFuzzCases.hostileSql(BadText.random("sql-analyzer"), BadText.cases(400))) {
            SqlAnalysis analysis;
            try {
                analysis = Bounded.call(sql, () -> analyzer.analyze(sql));
                analysis.previewForm(10).ifPresent(form -> {
                    assertThat(analysis.readOnly()).as(sql).isTrue();
                    assertThat(analyzer.analyze(form.sql()).readOnly())
                            .as("preview of %s is %s", ReadableMessage.visible(sql), ReadableMessage.visible(form.sql()))
                            .isTrue();
                });
                analysis.zeroRowForm();
                analysis.asWritten();
                analysis.tables();
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError("the analyzer threw on " + ReadableMessage.visible(sql)
                        + " (seed " + BadText.seed() + ")", e);
            }
            analysis.problem().ifPresent(p -> checkProblem(sql, p));
        }
    }

    /**
     * The message is readable, an error's names where it is; the line and column exist in the text and the underline
     * lies in it.
     */
    static void checkProblem(String sql, SqlProblem problem) {
        if (problem.isError()) {
            ReadableMessage.check(problem.message(), sql, "line");
        } else {
            ReadableMessage.check(problem.message(), sql);
        }
        assertThat(problem.start()).as(problem.message()).isBetween(0, sql.length());
        assertThat(problem.end()).as(problem.message()).isBetween(problem.start(), sql.length());
        SqlPosition at = problem.position();
        String[] lines = sql.split("\n", -1);
        assertThat(at.line()).as(problem.message()).isBetween(1, lines.length);
        String line = lines[at.line() - 1];
        assertThat(at.column()).as(problem.message()).isBetween(1, line.codePointCount(0, line.length()) + 1);
    }
}

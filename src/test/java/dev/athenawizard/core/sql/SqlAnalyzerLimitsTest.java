package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sql.SqlAnalysis.Status;
import org.junit.jupiter.api.Test;

/** What Athena refuses before reading a statement, and what is too deep to parse here in good time. */
class SqlAnalyzerLimitsTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    @Test
    void brackets_nested_deeper_than_the_limit_are_left_to_athena_and_never_run_by_themselves() {
        int depth = 2_000;
        SqlAnalysis analysis = ANALYZER.analyze("SELECT\n  " + "ARRAY[".repeat(depth) + "1" + "]".repeat(depth));

        assertThat(analysis.status()).isEqualTo(Status.NOT_CHECKED);
        assertThat(analysis.runsByItself()).isFalse();
        SqlProblem problem = analysis.problem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(SqlProblem.Kind.NOT_CHECKED);
        // the bracket that goes one level too deep: line 2, after two spaces and 200 "ARRAY["
        int column = 3 + SqlAnalyzer.MAX_NESTING * "ARRAY[".length() + "ARRAY".length();
        assertThat(problem.message())
                .contains("more than " + SqlAnalyzer.MAX_NESTING + " deep at line 2, column " + column)
                .contains("runs only when you run it");
    }

    @Test
    void nesting_up_to_the_limit_is_still_checked() {
        int depth = SqlAnalyzer.MAX_NESTING;
        SqlAnalysis analysis = ANALYZER.analyze("SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + " AS one");

        assertThat(analysis.status()).isEqualTo(Status.CHECKED);
        assertThat(analysis.runsByItself()).isTrue();
    }

    @Test
    void a_statement_longer_than_athena_takes_is_an_error_naming_both_sizes_and_where_it_goes_over() {
        String values = "SELECT * FROM t WHERE id IN (" + "'é', ".repeat(60_000) + "'x')";
        SqlAnalysis analysis = ANALYZER.analyze(values);

        assertThat(analysis.status()).isEqualTo(Status.SYNTAX_ERROR);
        String message = analysis.problem().orElseThrow().message();
        int bytes = values.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(message).contains(String.format(java.util.Locale.ROOT, "%,d bytes", bytes)).contains("262,144")
                .containsPattern("goes over at line 1, column \\d+");
    }

    @Test
    void a_long_statement_under_the_limit_is_parsed() {
        String values = "SELECT * FROM t WHERE id IN (" + "1, ".repeat(20_000) + "2)";
        assertThat(ANALYZER.analyze(values).status()).isEqualTo(Status.CHECKED);
    }
}

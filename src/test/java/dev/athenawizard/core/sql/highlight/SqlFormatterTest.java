package dev.athenawizard.core.sql.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import io.trino.sql.SqlFormatter;
import io.trino.sql.parser.SqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SqlFormatterTest {

    @Test
    void lays_out_one_clause_per_line_and_select_items_and_conditions_each_on_their_own() {
        String formatted = dev.athenawizard.core.sql.highlight.SqlFormatter.format(
                "select prediction_id, amount from model_predictions where amount > 10 and owner = 'bob' "
                        + "order by amount desc limit 5");

        assertThat(formatted).isEqualTo("""
                SELECT
                  prediction_id,
                  amount
                FROM model_predictions
                WHERE amount > 10
                  AND owner = 'bob'
                ORDER BY amount DESC
                LIMIT 5""");
    }

    @Test
    void keeps_every_comment_where_trinos_own_formatter_drops_them() {
        String sql = "SELECT a, -- the id\n b /* kept */ FROM t -- tail\n";
        assertThat(SqlFormatter.formatSql(new SqlParser().createStatement(sql))).doesNotContain("the id", "kept", "tail");

        String formatted = dev.athenawizard.core.sql.highlight.SqlFormatter.format(sql);

        assertThat(formatted).isEqualTo("""
                SELECT
                  a, -- the id
                  b /* kept */
                FROM t -- tail
                """);
    }

    @Test
    void indents_subqueries_and_case_and_leaves_function_arguments_inline() {
        String formatted = dev.athenawizard.core.sql.highlight.SqlFormatter.format(
                "with r as (select * from t where x between 1 and 2) select case when a > 1 then 'x' else 'y' end, "
                        + "extract(year from ts), count(*) from r where b in (select b from u) and c = -1");

        assertThat(formatted).isEqualTo("""
                WITH r AS (
                  SELECT *
                  FROM t
                  WHERE x BETWEEN 1 AND 2
                )
                SELECT
                  CASE
                    WHEN a > 1 THEN 'x'
                    ELSE 'y'
                  END,
                  extract(YEAR FROM ts),
                  count(*)
                FROM r
                WHERE b IN (
                  SELECT b
                  FROM u
                )
                  AND c = -1""");
    }

    @Test
    void changes_only_whitespace_and_keyword_case_and_is_stable() {
        for (String sql : AthenaQueries.CORPUS) {
            String once = dev.athenawizard.core.sql.highlight.SqlFormatter.format(sql);
            assertThat(significant(once)).as(sql).isEqualTo(significant(sql));
            assertThat(dev.athenawizard.core.sql.highlight.SqlFormatter.format(once)).as(once).isEqualTo(once);
        }
    }

    @Test
    void separates_statements_and_keeps_a_comment_after_the_semicolon_on_its_line() {
        String formatted = dev.athenawizard.core.sql.highlight.SqlFormatter.format(
                "select 1 limit 2; -- top\nselect 2");

        assertThat(formatted).isEqualTo("SELECT 1\nLIMIT 2; -- top\n\nSELECT 2");
    }

    @Test
    void does_not_touch_strings_quoted_names_or_names_that_look_like_keywords() {
        String formatted = dev.athenawizard.core.sql.highlight.SqlFormatter.format(
                "select t.date, \"Select  me\" from t where s = 'select  from'");

        assertThat(formatted).contains("t.date", "\"Select  me\"", "'select  from'");
    }

    /** Tokens other than whitespace, keywords in upper case: what formatting must not change. */
    private static List<String> significant(String sql) {
        Highlighting h = SqlHighlighter.highlight(sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < h.runCount(); i++) {
            if (h.tokens().kind(i) == SqlTokenKind.WHITESPACE) {
                continue;
            }
            String text = h.tokens().tokenText(i);
            out.add(h.style(i) == HighlightStyle.KEYWORD ? text.toUpperCase(Locale.ROOT) : text);
        }
        return out;
    }
}

package dev.athenawizard.core.sql.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlHighlighterTest {

    @Test
    void styles_keywords_functions_strings_numbers_and_comments() {
        String sql = "SELECT count(*), avg(amount) FROM t WHERE owner = 'bob' AND proba > 0.5 -- note";
        Highlighting h = SqlHighlighter.highlight(sql);

        assertThat(h.styleAt(sql.indexOf("SELECT"))).isEqualTo(HighlightStyle.KEYWORD);
        assertThat(h.styleAt(sql.indexOf("count"))).isEqualTo(HighlightStyle.FUNCTION);
        assertThat(h.styleAt(sql.indexOf("avg"))).isEqualTo(HighlightStyle.FUNCTION);
        assertThat(h.styleAt(sql.indexOf("amount"))).isEqualTo(HighlightStyle.IDENTIFIER);
        assertThat(h.styleAt(sql.indexOf("'bob'") + 2)).isEqualTo(HighlightStyle.STRING);
        assertThat(h.styleAt(sql.indexOf("0.5"))).isEqualTo(HighlightStyle.NUMBER);
        assertThat(h.styleAt(sql.indexOf("note"))).isEqualTo(HighlightStyle.COMMENT);
        assertThat(h.styleAt(sql.indexOf(" FROM"))).isEqualTo(HighlightStyle.PLAIN);
    }

    @Test
    void a_keyword_after_a_dot_is_a_name_and_in_before_a_parenthesis_stays_a_keyword() {
        String sql = "SELECT t.date, date(ts) FROM t WHERE x IN (1)";
        Highlighting h = SqlHighlighter.highlight(sql);

        assertThat(h.styleAt(sql.indexOf("date,"))).isEqualTo(HighlightStyle.IDENTIFIER);
        assertThat(h.styleAt(sql.indexOf("date(ts"))).isEqualTo(HighlightStyle.FUNCTION);
        assertThat(h.styleAt(sql.indexOf("IN"))).isEqualTo(HighlightStyle.KEYWORD);
    }

    @Test
    void one_typed_letter_changes_only_the_word_it_belongs_to() {
        String before = "SELECT amount FROM model_predictions\nWHERE owner = 'bob'\n".repeat(100);
        int at = before.indexOf("owner", 2000) + 5;
        String after = before.substring(0, at) + "s" + before.substring(at);

        TextRange changed = SqlHighlighter.highlight(after).changedSince(SqlHighlighter.highlight(before));

        assertThat(changed.start()).isEqualTo(at - 5);
        assertThat(changed.end()).isEqualTo(at + 1);
    }

    @Test
    void opening_a_string_changes_everything_up_to_its_end() {
        String before = "SELECT a FROM t WHERE b = 1\n".repeat(10);
        String after = "SELECT 'a FROM t WHERE b = 1\n" + before.substring("SELECT a FROM t WHERE b = 1\n".length());

        TextRange changed = SqlHighlighter.highlight(after).changedSince(SqlHighlighter.highlight(before));

        assertThat(changed.start()).isEqualTo(7);
        assertThat(changed.end()).isEqualTo(after.length());
    }

    @Test
    void identical_texts_differ_nowhere() {
        String sql = AthenaQueries.CORPUS.get(1);
        assertThat(SqlHighlighter.highlight(sql).changedSince(SqlHighlighter.highlight(sql)).isEmpty()).isTrue();
    }

    @Test
    void a_range_follows_edits_made_before_and_inside_it() {
        TextRange r = new TextRange(10, 20);
        assertThat(r.afterEdit(0, 0, 5)).isEqualTo(new TextRange(15, 25));
        assertThat(r.afterEdit(25, 3, 0)).isEqualTo(r);
        assertThat(r.afterEdit(12, 2, 10)).isEqualTo(new TextRange(10, 28));
        assertThat(r.afterEdit(5, 10, 0)).isEqualTo(new TextRange(5, 10));
    }
}

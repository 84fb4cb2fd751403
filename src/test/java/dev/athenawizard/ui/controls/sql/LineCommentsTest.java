package dev.athenawizard.ui.controls.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCommentsTest {

    @Test
    void comments_the_lines_a_selection_touches_at_their_common_indent() {
        String text = "SELECT a\n  FROM t\n    WHERE x\nLIMIT 1";
        LineComments.Edit edit = LineComments.toggle(text, text.indexOf("FROM"), text.indexOf("WHERE") + 2);

        assertThat(apply(text, edit)).isEqualTo("SELECT a\n  -- FROM t\n  --   WHERE x\nLIMIT 1");
    }

    @Test
    void uncomments_when_every_touched_line_is_a_comment_and_leaves_blank_lines_alone() {
        String text = "-- SELECT a\n\n  --FROM t";
        LineComments.Edit edit = LineComments.toggle(text, 0, text.length());

        assertThat(apply(text, edit)).isEqualTo("SELECT a\n\n  FROM t");
    }

    @Test
    void a_caret_alone_toggles_its_own_line_and_a_selection_ending_at_a_line_start_spares_that_line() {
        String text = "SELECT a\nFROM t";
        assertThat(apply(text, LineComments.toggle(text, 3, 3))).isEqualTo("-- SELECT a\nFROM t");
        assertThat(apply(text, LineComments.toggle(text, 0, 9))).isEqualTo("-- SELECT a\nFROM t");
    }

    @Test
    void the_caret_stays_on_its_token_after_formatting() {
        String before = "select a,b from t";
        String after = "SELECT\n  a,\n  b\nFROM t";

        assertThat(after.charAt(CaretAnchor.inFormatted(before, before.indexOf('b'), after))).isEqualTo('b');
    }

    private static String apply(String text, LineComments.Edit edit) {
        return text.substring(0, edit.from()) + edit.replacement() + text.substring(edit.to());
    }
}

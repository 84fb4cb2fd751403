package dev.athenawizard.ui.controls.sql;

import static dev.athenawizard.ui.controls.sql.ControlScene.onFx;
import static dev.athenawizard.ui.controls.sql.ControlScene.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.core.sql.completion.CompletionCandidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The SQL editor on screen, driven by keyboard and mouse as a user would. */
@ExtendWith(ApplicationExtension.class)
class SqlEditorTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    private SqlEditor editor;
    private ControlScene scene;
    private final AtomicInteger nextPressed = new AtomicInteger();
    private final List<String> runRequests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        editor = new SqlEditor();
        editor.setOnRunRequested(e -> runRequests.add(e.sql()));
        Button next = new Button("Next");
        next.setId("next");
        next.setDefaultButton(true); // as the wizard's shell has it
        next.setOnAction(e -> nextPressed.incrementAndGet());
        BorderPane root = new BorderPane(editor);
        root.setBottom(next);
        scene = ControlScene.show(stage, root, 900, 600);
    }

    @AfterEach
    void noCssWarnings() {
        assertThat(onFx(() -> editor.highlighterMirrorsText())).as("the highlighter's copy of the text").isTrue();
        assertThat(scene.cssWarnings()).isEmpty();
        scene.close();
    }

    @Test
    void typing_shows_highlighting(FxRobot robot) {
        robot.clickOn("#sql-code-area");
        robot.write("SELECT f('x') --n", 0);
        waitUntil(() -> editor.isHighlightingSettled());

        assertThat(styleAt("SELECT")).containsExactly("sql-keyword");
        assertThat(styleAt("f(")).containsExactly("sql-function");
        assertThat(styleAt("'x'")).containsExactly("sql-string");
        assertThat(styleAt("--n")).containsExactly("sql-comment");
        assertThat(onFx(() -> editor.area().getStyleOfChar(editor.getText().indexOf(" f")))).isEmpty();
    }

    @Test
    void typing_a_quote_restyles_the_rest_and_closing_it_restyles_back(FxRobot robot) {
        set("SELECT a FROM t\nWHERE b = 1\n".repeat(50));
        robot.interact(() -> editor.area().moveTo(7));
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().moveTo(7));
        robot.write("'", 0);
        waitUntil(() -> editor.isHighlightingSettled());
        assertThat(onFx(() -> editor.area().getStyleOfChar(editor.getText().length() - 3))).contains("sql-string");

        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> editor.isHighlightingSettled());
        assertThat(onFx(() -> editor.area().getStyleOfChar(editor.getText().lastIndexOf("WHERE"))))
                .containsExactly("sql-keyword");
    }

    @Test
    void a_problem_is_underlined_where_it_is_and_its_message_shows_on_hover(FxRobot robot) {
        set("SELECT amount\nFROM model_predictions\nWHERE amout > 1");
        robot.interact(() -> editor.setProblems(List.of(SqlProblem.at(3, 7,
                "Column 'amout' cannot be resolved"))));

        int at = editor.getText().indexOf("amout");
        assertThat(onFx(() -> editor.area().getStyleOfChar(at))).contains("sql-problem");
        assertThat(onFx(() -> editor.area().getStyleOfChar(at + 4))).contains("sql-problem");
        assertThat(onFx(() -> editor.area().getStyleOfChar(at - 1))).doesNotContain("sql-problem");
        assertThat(onFx(() -> editor.area().getStyleOfChar(at + 5))).doesNotContain("sql-problem");

        Bounds word = onFx(() -> editor.area().getCharacterBoundsOnScreen(at + 1, at + 2).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()));
        waitUntil(() -> editor.problemMarkers().shownMessage().isPresent());
        assertThat(onFx(() -> editor.problemMarkers().shownMessage().orElseThrow()))
                .isEqualTo("Line 3, column 7: Column 'amout' cannot be resolved");
    }

    @Test
    void problems_for_text_that_has_changed_since_are_not_shown_and_editing_a_problem_removes_it(FxRobot robot) {
        set("SELECT amout FROM t");
        assertThat(onFx(() -> editor.setProblems("SELECT amout FROM x", List.of(SqlProblem.at(1, 8, "old")))))
                .isFalse();
        robot.interact(() -> editor.setProblems("SELECT amout FROM t", List.of(SqlProblem.at(1, 8, "unknown"))));
        assertThat(editor.getProblems()).hasSize(1);

        robot.interact(() -> editor.area().insertText(10, "n"));

        assertThat(editor.getProblems()).isEmpty();
        waitUntil(() -> editor.isHighlightingSettled());
        assertThat(onFx(() -> editor.area().getStyleOfChar(8))).doesNotContain("sql-problem");
    }

    @Test
    void completion_offers_the_columns_of_the_table_in_the_from_clause(FxRobot robot) {
        CatalogCache cache = new CatalogCache(new CatalogService(sandbox.athena(), sandbox.glue(),
                Runnable::run), "AwsDataCatalog");
        robot.interact(() -> {
            editor.setCatalog(cache);
            editor.defaultDatabaseProperty().set("aporia_demo");
        });
        set("SELECT  FROM model_predictions");
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().moveTo(7));

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        waitUntil(() -> editor.completion().isShowing()
                && !editor.completion().popup().items().isEmpty());
        assertThat(onFx(() -> editor.completion().popup().items().stream().map(CompletionCandidate::label)
                .limit(3).toList())).containsExactly("prediction_id", "prediction_timestamp", "raw_text");

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(editor.getText()).isEqualTo("SELECT prediction_timestamp FROM model_predictions");
        assertThat(nextPressed).hasValue(0);
    }

    @Test
    void a_dot_after_an_alias_offers_that_tables_columns(FxRobot robot) {
        CatalogCache cache = new CatalogCache(new CatalogService(sandbox.athena(), Runnable::run),
                "AwsDataCatalog");
        robot.interact(() -> {
            editor.setCatalog(cache);
            editor.defaultDatabaseProperty().set("aporia_demo");
        });
        set("SELECT  FROM model_predictions p");
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().moveTo(7));

        robot.write("p.am", 0);
        waitUntil(() -> editor.completion().isShowing() && !editor.completion().popup().items().isEmpty()
                && editor.completion().popup().items().get(0).label().equals("amount"));
        assertThat(onFx(() -> editor.completion().popup().items().stream().map(CompletionCandidate::label)
                .toList())).containsExactly("amount", "prediction_timestamp"); // starts with "am", then contains it
        robot.type(KeyCode.TAB);

        assertThat(editor.getText()).isEqualTo("SELECT p.amount FROM model_predictions p");
    }

    @Test
    void enter_inserts_a_new_line_keeping_the_indent_and_does_not_press_the_default_button(FxRobot robot) {
        set("SELECT\n  a,");
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().moveTo(editor.getText().length()));

        robot.type(KeyCode.ENTER);

        assertThat(editor.getText()).isEqualTo("SELECT\n  a,\n  ");
        assertThat(nextPressed).hasValue(0);
        robot.clickOn("#next"); // the default button does work, where the editor does not take the key
        assertThat(nextPressed).hasValue(1);
    }

    @Test
    void ctrl_enter_asks_to_run_the_query_now(FxRobot robot) {
        set("SELECT 1");
        robot.clickOn("#sql-code-area");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        assertThat(runRequests).containsExactly("SELECT 1");
        assertThat(editor.getText()).isEqualTo("SELECT 1");
        assertThat(nextPressed).hasValue(0);
    }

    @Test
    void ctrl_slash_comments_the_selected_lines_and_back_in_one_undo_step(FxRobot robot) {
        set("SELECT a\n  FROM t\nWHERE x");
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().selectRange(2, 12));

        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("-- SELECT a\n--   FROM t\nWHERE x");

        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("SELECT a\n  FROM t\nWHERE x");

        robot.interact(editor::undo);
        assertThat(editor.getText()).isEqualTo("-- SELECT a\n--   FROM t\nWHERE x");
    }

    @Test
    void format_keeps_comments_and_is_one_undo_step(FxRobot robot) {
        String sql = "select a, -- the id\nb from t where x = 1 and y = 2";
        set(sql);
        robot.clickOn("#sql-code-area");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(editor.getText()).isEqualTo("SELECT\n  a, -- the id\n  b\nFROM t\nWHERE x = 1\n  AND y = 2");
        robot.interact(editor::undo);
        assertThat(editor.getText()).isEqualTo(sql);
    }

    @Test
    void undo_and_redo_what_was_typed(FxRobot robot) {
        robot.clickOn("#sql-code-area");
        robot.write("SELECT 1", 0);
        waitUntil(() -> editor.isHighlightingSettled());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("SELECT 1");
    }

    @Test
    void the_bracket_at_the_caret_and_its_partner_are_marked(FxRobot robot) {
        set("SELECT count(x) FROM t WHERE y IN ('(', 2)");
        waitUntil(() -> editor.isHighlightingSettled());
        int close = editor.getText().indexOf(')');

        robot.interact(() -> editor.area().moveTo(close + 1));

        assertThat(onFx(() -> editor.area().getStyleOfChar(close))).contains("sql-bracket-match");
        assertThat(onFx(() -> editor.area().getStyleOfChar(editor.getText().indexOf('('))))
                .contains("sql-bracket-match");
        assertThat(onFx(() -> editor.area().getStyleOfChar(editor.getText().indexOf("'('") + 1)))
                .doesNotContain("sql-bracket-match");
    }

    @Test
    void find_selects_each_match_in_turn(FxRobot robot) {
        set("SELECT amount FROM t WHERE amount > 1 AND AMOUNT < 9");
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().moveTo(0));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("amount", 0);
        assertThat(onFx(() -> editor.area().getSelection().getStart())).isEqualTo(7);

        robot.type(KeyCode.ENTER);
        assertThat(onFx(() -> editor.area().getSelection().getStart())).isEqualTo(27);
        robot.type(KeyCode.ENTER);
        assertThat(onFx(() -> editor.area().getSelection().getStart())).isEqualTo(42);
        robot.type(KeyCode.ESCAPE);
        assertThat(onFx(() -> editor.area().isFocused())).isTrue();
    }

    @Test
    void replacing_the_whole_text_is_one_undo_step(FxRobot robot) {
        set("SELECT 1");
        robot.clickOn("#sql-code-area");
        robot.interact(() -> editor.area().moveTo(8));
        robot.write(" AS one", 0);

        robot.interact(() -> editor.replaceAll("SELECT * FROM model_predictions"));
        assertThat(editor.getText()).isEqualTo("SELECT * FROM model_predictions");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("SELECT 1 AS one");
    }

    private void set(String text) {
        onFx(() -> {
            editor.setText(text);
            return null;
        });
        waitUntil(() -> editor.isHighlightingSettled());
    }

    private Collection<String> styleAt(String fragment) {
        int at = editor.getText().indexOf(fragment);
        return onFx(() -> editor.area().getStyleOfChar(at + (fragment.startsWith(" ") ? 1 : 0)));
    }
}

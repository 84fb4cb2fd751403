package dev.athenawizard.ui.controls.results;

import static dev.athenawizard.ui.controls.sql.ControlScene.onFx;
import static dev.athenawizard.ui.controls.sql.ControlScene.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.query.QueryState;
import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.athena.query.AthenaPricing;
import dev.athenawizard.ui.controls.sql.ControlScene;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The result table showing rows shaped like the sandbox's demo table. */
@ExtendWith(ApplicationExtension.class)
class ResultGridTest {
    private static final List<List<String>> ROWS = DemoRows.rows(100);

    private ResultGrid grid;
    private ResultStatus status;
    private ControlScene scene;

    @Start
    void start(Stage stage) {
        grid = new ResultGrid();
        status = new ResultStatus();
        VBox box = new VBox(new ResultStatusLine(status), grid);
        VBox.setVgrow(grid, javafx.scene.layout.Priority.ALWAYS);
        scene = ControlScene.show(stage, box, 1180, 780);
        grid.show(DemoRows.COLUMNS, ROWS);
        long scanned = 16_567_000L;
        status.succeeded(ROWS.size(), true, OptionalInt.of(100), new QueryStatistics(scanned,
                Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(420), false,
                AthenaPricing.costUsd(scanned, QueryState.SUCCEEDED, false, false)));
    }

    @AfterEach
    void noCssWarnings() {
        assertThat(scene.cssWarnings()).isEmpty();
        scene.close();
    }

    @Test
    void headers_name_each_column_and_its_athena_type_with_an_arrays_length() {
        waitUntil(() -> !grid.lookupAll(".result-column-type").isEmpty());
        List<String> types = onFx(() -> grid.lookupAll(".result-column-type").stream()
                .map(n -> ((Text) n).getText()).toList());

        assertThat(types).contains("varchar", "timestamp", "double", "boolean", "array[768]");
        assertThat(onFx(() -> grid.lookupAll(".result-column-name").stream().map(n -> ((Text) n).getText())
                .toList())).startsWith("prediction_id", "prediction_timestamp", "raw_text");
    }

    @Test
    void null_shows_as_a_styled_null_and_text_that_says_null_does_not(FxRobot robot) {
        robot.interact(() -> grid.select(0, 9)); // did_buy_insurance is NULL for the first rows
        Text actual = cell(0, 9);

        assertThat(actual.getText()).isEqualTo("NULL");
        assertThat(actual.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("null"));
        robot.interact(() -> grid.select(4, 2)); // back to the left: columns far apart are not both in view
        assertThat(cell(4, 2).getText()).isEqualTo("NULL"); // raw_text is NULL in every fifth row
        assertThat(cell(0, 2).getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("null"));
    }

    @Test
    void an_embedding_is_shown_compactly_with_its_length_and_numbers_align_right() {
        assertThat(cell(0, 6).getText()).matches("\\[-?0\\.\\d\\d, -?0\\.\\d\\d, … \\] \\(768\\)");
        Text amount = cell(0, 3);
        assertThat(amount.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("numeric"));
        double right = onFx(() -> amount.getLayoutX() + amount.getLayoutBounds().getMaxX());
        double columnEnd = onFx(() -> grid.body().columns().start(4) - GridRow.PADDING);
        assertThat(right).isCloseTo(columnEnd, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void ctrl_c_copies_the_whole_value_of_the_selected_cell(FxRobot robot) {
        robot.clickOn(cell(0, 6));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(ROWS.get(0).get(6));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String row = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(row.split("\t", -1)).hasSize(10).startsWith("p-0000001");
        assertThat(row).endsWith("\t"); // the NULL actual copies as nothing
    }

    @Test
    void the_status_line_says_rows_time_data_and_cost() {
        assertThat(onFx(() -> ((Label) grid.getScene().lookup(".result-status-line")).getText()))
                .isEqualTo("✓ 100 rows (preview, LIMIT 100) · 420 ms · 15.8 MB scanned · ≈ $0.000076");
    }

    @Test
    void clearing_says_why_in_place_of_the_rows() {
        onFx(() -> {
            grid.clear("The query changed; preview again to see its rows.");
            return null;
        });

        assertThat(grid.rowCount()).isZero();
        waitUntil(() -> grid.lookup(".result-placeholder") != null);
        assertThat(onFx(() -> ((Label) grid.lookup(".result-placeholder")).getText()))
                .isEqualTo("The query changed; preview again to see its rows.");
    }

    /** The text node showing row {@code row}'s value of column {@code column}, once on screen. */
    private Text cell(int row, int column) {
        waitUntil(() -> find(row, column).isPresent());
        return find(row, column).orElseThrow();
    }

    private Optional<Text> find(int row, int column) {
        return onFx(() -> grid.body().rowsOnScreen().stream()
                .filter(r -> r.index() == row)
                .flatMap(r -> r.shownTexts().stream())
                .filter(t -> t.column() == column)
                .<Text>map(t -> t)
                .findFirst());
    }
}

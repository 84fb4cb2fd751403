package dev.athenawizard.ui.steps.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sql.completion.CompletionCandidate;
import dev.athenawizard.ui.ConnectThroughUi;
import dev.athenawizard.ui.WizardUnderTest;
import dev.athenawizard.ui.controls.results.ResultGrid;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import dev.athenawizard.ui.controls.sql.SqlProblem;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * The Query step on screen, reached through the Connection and Workgroup steps, against the sandbox: what the user
 * types is previewed, checked, stopped and confirmed as they would see it, and every execution is counted in the
 * sandbox itself. The pause in typing passes when the test says so.
 */
@ExtendWith(ApplicationExtension.class)
class QueryStepTest {
    static final String KEY = "AKIAQUERYSTEPUSER001";
    static final String APORIA_KEY = "AKIAQUERYSTEPAPORIA1";
    static final String SQL = "SELECT prediction_id, amount, owner FROM model_predictions";
    private static SandboxFixture aws;

    private final ManualPause pause = new ManualPause();
    private WizardUnderTest wizard;
    private boolean closed;
    private Set<String> executionsBefore;

    @BeforeAll
    static void startSandbox() {
        aws = SandboxFixture.start(o -> o.deny(APORIA_KEY, "s3:GetObject"));
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        wizard = WizardUnderTest.open(stage, "query", pause);
    }

    @BeforeEach
    void reachTheQueryStep(FxRobot robot) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), KEY, "query-secret", "");
        ConnectThroughUi.aporiaKey(robot, APORIA_KEY, "aporia-secret");
        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
        robot.clickOn("#next");
        // The split panes show their content once skinned, a pulse after the page is shown.
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#step-title").equals("Query")
                && robot.lookup("#sql-code-area").tryQuery().isPresent());
        executionsBefore = new HashSet<>(executionIds());
    }

    @AfterEach
    void close() {
        aws.server.setQueryDelay(Duration.ZERO);
        if (!closed) {
            wizard.close();
        }
    }

    @Test
    void typing_a_query_shows_its_rows_after_one_execution_not_one_per_key(FxRobot robot) throws Exception {
        typeQuery(robot, SQL);
        assertThat(newExecutions()).as("nothing is sent while the user types").isEmpty();

        pause.passes();

        waitFor(30, TimeUnit.SECONDS, () -> grid(robot).rowCount() == 100);
        assertThat(newExecutions()).singleElement().satisfies(e -> {
            assertThat(e.query()).isEqualTo(SQL + " LIMIT 100");
            assertThat(e.queryExecutionContext().database()).isEqualTo("aporia_demo");
        });
        assertThat(grid(robot).columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactly("prediction_id varchar", "amount double", "owner varchar");
        assertThat(text(robot, "#result-status")).startsWith("✓ 100 rows (preview, LIMIT 100) · ")
                .containsPattern(" · ([0-9.]+ [KMG]?B scanned · ≈ \\$[0-9.]+|reused, nothing scanned · no charge)$");
        assertThat(text(robot, "#scan-limit")).isEqualTo("Workgroup aporia: no per-query scan limit.");
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
        assertThat(wizard.wiring.session().project().query().sql()).isEqualTo(SQL);
        assertThat(wizard.wiring.session().project().query().database()).isEqualTo("aporia_demo");
    }

    @Test
    void a_syntax_error_is_underlined_at_its_place_and_nothing_is_sent_and_athenas_errors_land_on_the_users_text(
            FxRobot robot) throws Exception {
        robot.clickOn("#sql-code-area");
        robot.write("SELECT amount,", 0);
        robot.type(KeyCode.ENTER);
        robot.write("FROM model_predictions", 0);
        pause.passes();

        waitFor(10, TimeUnit.SECONDS, () -> !editor(robot).getProblems().isEmpty());
        SqlProblem problem = editor(robot).getProblems().get(0);
        assertThat(List.of(problem.line(), problem.column())).containsExactly(2, 1);
        int from = editor(robot).getText().indexOf("FROM");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sql-code-area").queryAs(CodeArea.class)
                .getStyleOfChar(from + 1).contains("sql-problem"));
        assertThat(text(robot, "#query-problem")).endsWith("Nothing was sent to Athena.");
        assertThat(newExecutions()).isEmpty();

        robot.interact(() -> editor(robot).setText("SELECT amout FROM model_predictions"));
        pause.passes();
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#result-status").startsWith("✗"));
        waitFor(10, TimeUnit.SECONDS, () -> !editor(robot).getProblems().isEmpty());
        SqlProblem athenas = editor(robot).getProblems().get(0);
        assertThat(List.of(athenas.line(), athenas.column())).containsExactly(1, 8);
        assertThat(athenas.message()).contains("amout");
        assertThat(newExecutions()).hasSize(1);
    }

    @Test
    void stop_and_esc_stop_the_running_query_in_athena(FxRobot robot) throws Exception {
        startALongQuery(robot);

        robot.type(KeyCode.ESCAPE);

        waitFor(15, TimeUnit.SECONDS, () -> state(onlyNewExecution()) == QueryExecutionState.CANCELLED);
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#result-status").startsWith("■ Cancelled"));
        assertThat(text(robot, "#result-status")).contains("stopped in Athena");
        assertThat(robot.lookup("#stop-query").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void leaving_the_step_stops_the_running_query_in_athena(FxRobot robot) throws Exception {
        startALongQuery(robot);

        robot.clickOn("#back");

        waitFor(15, TimeUnit.SECONDS, () -> state(onlyNewExecution()) == QueryExecutionState.CANCELLED);
    }

    @Test
    void closing_the_window_leaves_no_query_running(FxRobot robot) throws Exception {
        startALongQuery(robot);

        closed = true;
        wizard.close(); // what the application does when its window closes

        assertThat(state(onlyNewExecution())).as("stopped before the program ends")
                .isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void a_drop_or_delete_never_runs_without_confirmation(FxRobot robot) throws Exception {
        enterQuery(robot, "DROP TABLE training_set");
        pause.passes();
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#query-needs-run").contains("never runs by itself"));

        wizard.dialogs.confirmAnswer = false;
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> wizard.dialogs.confirmations.size() == 1);
        assertThat(wizard.dialogs.confirmations.get(0).title()).isEqualTo("Run DROP TABLE?");
        assertThat(wizard.dialogs.confirmations.get(0).message()).contains("deletes a table", "workgroup aporia");

        robot.interact(() -> editor(robot).setText("DELETE FROM model_predictions WHERE amount < 0"));
        pause.passes();
        robot.clickOn("#run-query");
        waitFor(10, TimeUnit.SECONDS, () -> wizard.dialogs.confirmations.size() == 2);
        assertThat(wizard.dialogs.confirmations.get(1).title()).isEqualTo("Run DELETE?");
        assertThat(newExecutions()).as("declined: nothing sent").isEmpty();
        assertThat(aws.athena().getTableMetadata(b -> b.catalogName("AwsDataCatalog").databaseName("aporia_demo")
                .tableName("training_set")).tableMetadata().name()).isEqualTo("training_set");

        wizard.dialogs.confirmAnswer = true;
        robot.interact(() -> editor(robot).setText("CREATE VIEW recent AS SELECT * FROM model_predictions"));
        robot.clickOn("#run-query");
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#result-status").startsWith("✓"));
        assertThat(newExecutions()).singleElement().extracting(QueryExecution::query)
                .isEqualTo("CREATE VIEW recent AS SELECT * FROM model_predictions");
    }

    @Test
    void completion_offers_a_column_of_the_table_in_the_from_clause(FxRobot robot) throws Exception {
        robot.interact(() -> editor(robot).setText("SELECT  FROM model_predictions"));
        robot.clickOn("#sql-code-area");
        robot.interact(() -> robot.lookup("#sql-code-area").queryAs(CodeArea.class).moveTo(7));

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);

        waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".sql-completion-list").tryQuery().isPresent()
                && completions(robot).contains("prediction_id"));
        assertThat(completions(robot)).contains("amount", "embeddings");
    }

    @Test
    void preview_table_shows_a_tables_rows_and_the_history_brings_a_query_back(FxRobot robot) throws Exception {
        enterQuery(robot, SQL);
        pause.passes();
        waitFor(30, TimeUnit.SECONDS, () -> grid(robot).rowCount() == 100);

        waitFor(15, TimeUnit.SECONDS, () -> treeCell(robot, "training_set") != null);
        Node table = treeCell(robot, "training_set");
        robot.interact(() -> { // what the platform sends on a right-click (Monocle does not synthesize it)
            Bounds b = table.localToScreen(table.getBoundsInLocal());
            table.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10,
                    b.getMinY() + 10, false, null));
        });
        robot.clickOn("Preview table");

        waitFor(30, TimeUnit.SECONDS, () -> editor(robot).getText().equals("SELECT * FROM training_set")
                && text(robot, "#result-status").startsWith("✓"));
        assertThat(text(robot, "#query-hint")).contains("Ctrl+Z brings it back");

        robot.clickOn("#query-history");
        waitFor(10, TimeUnit.SECONDS, () -> historyEntry(robot, "owner FROM model_predictions") != null);
        robot.clickOn(historyEntry(robot, "owner FROM model_predictions"));
        waitFor(10, TimeUnit.SECONDS, () -> editor(robot).getText().equals(SQL));
        waitFor(10, TimeUnit.SECONDS, () -> grid(robot).rowCount() == 100);
        assertThat(Files.readString(wizard.home.resolve("state/query-history.json"))).contains(SQL,
                "SELECT * FROM training_set");
    }

    @Test
    void after_a_preview_the_step_shows_what_aporias_key_lacks_to_run_the_query(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#check-access").queryAs(Button.class).isDisabled()).isTrue();
        enterQuery(robot, SQL);
        pause.passes();
        waitFor(30, TimeUnit.SECONDS, () -> grid(robot).rowCount() == 100);

        robot.clickOn("#access-tab .tab-label");
        robot.clickOn("#check-access");

        waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#access-verdict").isEmpty());
        assertThat(text(robot, "#access-verdict")).startsWith("✗ Aporia's key cannot run this query yet.")
                .contains("s3:GetObject");
        assertThat(robot.lookup("#access-verdict").queryAs(Label.class).getStyleClass()).contains("error");
        // Read on the FX thread once the verdict's event is over: the list is sorted in that same event.
        List<PermissionCheck> checks = new ArrayList<>();
        robot.interact(() -> checks.addAll(robot.lookup("#access-checks").<PermissionCheck>queryListView()
                .getItems()));
        assertThat(checks.get(0).status()).isEqualTo(CheckStatus.MISSING);
        assertThat(checks.get(0).action()).isEqualTo("s3:GetObject");
        assertThat(checks.get(0).statement()).isPresent();
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.GRANTED).isNotEmpty();

        robot.clickOn("#sql-code-area");
        robot.write(" ", 0);
        assertThat(text(robot, "#access-verdict")).isEmpty();
        assertThat(text(robot, "#access-outdated")).contains("changed since Aporia's access was checked");
    }

    // ---- helpers ----

    private void typeQuery(FxRobot robot, String sql) {
        robot.clickOn("#sql-code-area");
        robot.write(sql, 0);
    }

    /** A query that runs for a minute in the sandbox, previewed and shown as running. */
    private void startALongQuery(FxRobot robot) throws Exception {
        aws.server.setQueryDelay(Duration.ofSeconds(60));
        enterQuery(robot, SQL);
        pause.passes();
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#result-status").startsWith("⟳ Running"));
    }

    /** The query as if pasted: one edit (typing is what the first test is about). */
    private void enterQuery(FxRobot robot, String sql) {
        robot.interact(() -> editor(robot).setText(sql));
        robot.clickOn("#sql-code-area");
    }

    private static SqlEditor editor(FxRobot robot) {
        return robot.lookup("#sql-editor").queryAs(SqlEditor.class);
    }

    private static ResultGrid grid(FxRobot robot) {
        return robot.lookup("#result-grid").queryAs(ResultGrid.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> completions(FxRobot robot) {
        ListView<CompletionCandidate> list = robot.lookup(".sql-completion-list").queryAs(ListView.class);
        return list.getItems().stream().map(CompletionCandidate::label).toList();
    }

    private static Node treeCell(FxRobot robot, String name) {
        return robot.lookup("#catalog-tree-view .tree-cell").<Node>queryAll().stream()
                .filter(c -> c instanceof TreeCell<?> cell && cell.getItem() != null
                        && cell.getItem().toString().startsWith("Table[")
                        && cell.getItem().toString().contains("name=" + name + ","))
                .findFirst().orElse(null);
    }

    /** The History menu's line for a query, while the menu is open. */
    private static Node historyEntry(FxRobot robot, String sqlPart) {
        return robot.lookup(".history-entry .label").<Label>queryAll().stream()
                .filter(l -> l.getText().contains(sqlPart)).findFirst().orElse(null);
    }

    /** The text of a label on screen; empty when it is not shown (yet). */
    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText()).orElse("");
    }

    /** Every execution in the workgroup, as the sandbox lists it. */
    private static List<String> executionIds() {
        List<String> ids = new ArrayList<>();
        aws.athena().listQueryExecutionsPaginator(b -> b.workGroup("aporia"))
                .forEach(page -> ids.addAll(page.queryExecutionIds()));
        return ids;
    }

    private List<QueryExecution> newExecutions() {
        List<String> fresh = executionIds().stream().filter(id -> !executionsBefore.contains(id)).toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        return aws.athena().batchGetQueryExecution(b -> b.queryExecutionIds(fresh)).queryExecutions();
    }

    private QueryExecution onlyNewExecution() {
        List<QueryExecution> fresh = newExecutions();
        assertThat(fresh).hasSize(1);
        return fresh.get(0);
    }

    private static QueryExecutionState state(QueryExecution execution) {
        return aws.athena().getQueryExecution(b -> b.queryExecutionId(execution.queryExecutionId()))
                .queryExecution().status().state();
    }
}

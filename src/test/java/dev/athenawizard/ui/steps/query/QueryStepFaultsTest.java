package dev.athenawizard.ui.steps.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.AthenaQueries;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sandbox.http.LiveFaults.Fault;
import dev.athenawizard.ui.ConnectThroughUi;
import dev.athenawizard.ui.ScreenReading;
import dev.athenawizard.ui.StepsThroughUi;
import dev.athenawizard.ui.WizardUnderTest;
import dev.athenawizard.ui.controls.results.ResultGrid;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * The Query step's live preview when Athena misbehaves, through the real SDK against the sandbox's live faults: what
 * is safe to retry is retried and the rows arrive as if nothing happened; what is not is told in plain words, the
 * query is stopped in Athena, and the user's text stays as typed.
 */
@ExtendWith(ApplicationExtension.class)
class QueryStepFaultsTest {
    static final String KEY = "AKIAQUERYFAULTSUSER1";
    static final String SQL = "SELECT prediction_id, amount, owner FROM model_predictions";
    private static SandboxFixture aws;

    private final ManualPause pause = new ManualPause();
    private WizardUnderTest wizard;
    private Stage stage;
    private boolean closed;

    @BeforeAll
    static void startSandbox() {
        aws = SandboxFixture.start();
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard = WizardUnderTest.open(stage, "query-faults", pause);
    }

    @BeforeEach
    void reachTheQueryStep(FxRobot robot) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), KEY, "query-faults-secret", "");
        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
        robot.clickOn("#next");
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#step-title").equals("Query")
                && robot.lookup("#sql-code-area").tryQuery().isPresent());
    }

    @AfterEach
    void close() {
        aws.server.faults().clear();
        aws.server.setQueryDelay(Duration.ZERO);
        if (!closed) {
            wizard.close();
        }
    }

    @Test
    void throttling_server_errors_and_dropped_polls_are_retried_and_the_rows_arrive(FxRobot robot) throws Exception {
        aws.server.faults().plan("StartQueryExecution", Fault.THROTTLE, 1);
        aws.server.faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 2);
        aws.server.faults().plan("GetQueryExecution", Fault.SERVER_ERROR, 1);
        aws.server.faults().plan("GetQueryResults", Fault.THROTTLE, 1);

        preview(robot, SQL);

        awaitStatus(robot, "✓ 100 rows");
        assertThat(grid(robot).rowCount()).isEqualTo(100);
        assertThat(aws.server.faults().injected(Fault.THROTTLE)).as("the faults were met").isEqualTo(2);
        assertThat(aws.server.faults().injected(Fault.DROP_BEFORE)).isEqualTo(2);
        assertThat(aws.server.faults().injected(Fault.SERVER_ERROR)).isEqualTo(1);
        assertThat(AthenaQueries.unfinished(aws.athena(), "aporia")).isEmpty();
    }

    @Test
    void a_poll_that_keeps_failing_is_told_in_plain_words_and_the_query_is_stopped_in_athena(FxRobot robot)
            throws Exception {
        aws.server.setQueryDelay(Duration.ofSeconds(60));
        aws.server.faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 1000);

        preview(robot, SQL);

        awaitStatus(robot, "✗");
        String told = text(robot, "#result-status");
        assertThat(told).contains("stopped in Athena").doesNotContain("Exception").doesNotContain("SdkClient");
        aws.server.faults().clear();
        waitFor(15, TimeUnit.SECONDS, () -> AthenaQueries.unfinished(aws.athena(), "aporia").isEmpty());
        assertThat(editor(robot).getText()).as("the user's text is kept").isEqualTo(SQL);
    }

    @Test
    void credentials_expiring_mid_poll_say_what_to_do_and_renewed_ones_preview_the_same_text(FxRobot robot)
            throws Exception {
        aws.server.faults().expireKeyAtNext(KEY, "GetQueryExecution");

        preview(robot, SQL);

        awaitStatus(robot, "✗");
        assertThat(text(robot, "#result-status")).contains("credentials have expired").contains("fresh");
        assertThat(editor(robot).getText()).isEqualTo(SQL);
        String shots = System.getProperty("athena-wizard.screenshots");
        if (shots != null) { // the fault as the user sees it, for the README
            robot.interact(() -> ScreenReading.snapshot(robot.lookup("#sql-editor").query().getScene(),
                    java.nio.file.Path.of(shots, "query-credentials-expired.png")));
        }

        aws.server.faults().renewKey(KEY);
        robot.clickOn("#run-query");

        awaitStatus(robot, "✓ 100 rows");
        assertThat(wizard.wiring.session().project().query().sql()).isEqualTo(SQL);
    }

    @Test
    void a_query_that_could_not_be_stopped_is_stopped_once_the_renewed_key_works_and_the_user_is_told(FxRobot robot)
            throws Exception {
        String id = leaveAQueryRunning(robot, SQL + " WHERE amount > 1");
        waitFor(10, TimeUnit.SECONDS, () -> StepsThroughUi.sidebarState(robot, "Connection")
                .equals("needs attention")); // a green mark must be earned
        lookAt(robot, "query-left-running");

        aws.server.setQueryDelay(Duration.ZERO);
        aws.server.faults().renewKey(KEY);
        robot.clickOn("#run-query");

        awaitStatus(robot, "✓ 100 rows");
        waitFor(15, TimeUnit.SECONDS, () -> state(id) == QueryExecutionState.CANCELLED);
        waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#preview-note").contains(
                "The query that was left running (id " + id + ") has now been stopped."));
        assertThat(AthenaQueries.unfinished(aws.athena(), "aporia")).as("nothing left running").isEmpty();
        waitFor(10, TimeUnit.SECONDS, () -> StepsThroughUi.sidebarState(robot, "Connection").equals("done"));
        lookAt(robot, "query-left-running-stopped");
    }

    @Test
    void a_query_that_could_not_be_stopped_is_stopped_when_the_window_closes_with_working_credentials(FxRobot robot)
            throws Exception {
        String id = leaveAQueryRunning(robot, SQL + " WHERE amount > 2");
        aws.server.faults().renewKey(KEY);

        robot.interact(() -> { }); // nothing else calls Athena: only the close can stop it
        assertThat(state(id)).isEqualTo(QueryExecutionState.RUNNING);
        closed = true;
        wizard.close();

        assertThat(state(id)).isEqualTo(QueryExecutionState.CANCELLED);
        assertThat(AthenaQueries.unfinished(aws.athena(), "aporia")).isEmpty();
    }

    /**
     * A slow preview runs; the key expires just as the user presses Stop, so Athena never hears the stop. Each test
     * previews its own text: Athena would answer a repeated one from the results it reused.
     */
    private String leaveAQueryRunning(FxRobot robot, String sql) throws Exception {
        aws.server.setQueryDelay(Duration.ofSeconds(60));
        preview(robot, sql);
        awaitStatus(robot, "⟳ Running");
        aws.server.faults().expireKeyAtNext(KEY, "StopQueryExecution");

        robot.clickOn("#stop-query");

        awaitStatus(robot, "■ Cancelled");
        assertThat(text(robot, "#result-status")).contains("Telling Athena to stop it failed",
                "credentials have expired", "stops it as soon as a call with working credentials gets through");
        List<String> running = AthenaQueries.unfinished(aws.athena(), "aporia");
        assertThat(running).as("Athena did not hear the stop").hasSize(1);
        assertThat(text(robot, "#result-status")).contains(running.get(0));
        return running.get(0);
    }

    private static QueryExecutionState state(String id) {
        return aws.athena().getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state();
    }

    /** Every size and theme reads whole; saved as pictures with {@code -Dathena-wizard.screenshots=DIR}. */
    private void lookAt(FxRobot robot, String screen) {
        assertThat(ScreenReading.atEverySize(robot, stage, screen, () -> { })).isEmpty();
    }

    /** Waits for the status line to start with {@code prefix}; a timeout says what it showed instead. */
    private static void awaitStatus(FxRobot robot, String prefix) {
        try {
            waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#result-status").startsWith(prefix));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The status line still says \"" + text(robot, "#result-status")
                    + "\", not \"" + prefix + "…\"", e);
        }
    }

    private void preview(FxRobot robot, String sql) {
        robot.interact(() -> editor(robot).setText(sql));
        pause.passes();
    }

    private static SqlEditor editor(FxRobot robot) {
        return robot.lookup("#sql-editor").queryAs(SqlEditor.class);
    }

    private static ResultGrid grid(FxRobot robot) {
        return robot.lookup("#result-grid").queryAs(ResultGrid.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText()).orElse("");
    }
}

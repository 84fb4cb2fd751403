package dev.athenawizard.ui.steps.workgroup;

import static dev.athenawizard.ui.steps.workgroup.WorkgroupScreen.findRow;
import static dev.athenawizard.ui.steps.workgroup.WorkgroupScreen.table;
import static dev.athenawizard.ui.steps.workgroup.WorkgroupScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sandbox.http.LiveFaults;
import dev.athenawizard.core.sandbox.http.LiveFaults.Fault;
import dev.athenawizard.ui.ConnectThroughUi;
import dev.athenawizard.ui.FxInput;
import dev.athenawizard.ui.ScreenReading;
import dev.athenawizard.ui.StepsThroughUi;
import dev.athenawizard.ui.WizardUnderTest;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Connection and Workgroup steps while the sandbox misbehaves: credentials that expire while the user is on the
 * Workgroup step, and listings that are throttled or fail; the user is told in plain words, can fix it, and keeps the
 * workgroup chosen.
 */
@ExtendWith(ApplicationExtension.class)
class WorkgroupStepFaultsTest {
    private static final String FIRST_KEY = "ASIAFIRSTSESSION0001";
    private static final String RENEWED_KEY = "ASIARENEWEDSESSION01";
    private static final String APORIA_KEY = "AKIAAPORIAFAULTS0001";
    private static final String CHOSEN = "team-analytics";
    private static SandboxFixture aws;

    private WizardUnderTest wizard;
    private Stage stage;

    @BeforeAll
    static void startSandbox() {
        aws = SandboxFixture.start();
        aws.athena().createWorkGroup(b -> b.name(CHOSEN).configuration(c -> c.resultConfiguration(
                r -> r.outputLocation("s3://athena-wizard-sandbox-results/team-analytics/"))));
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard = WizardUnderTest.open(stage, "workgroup-faults");
    }

    @AfterEach
    void close() {
        faults().clear();
        wizard.close();
    }

    private static LiveFaults faults() {
        return aws.server.faults();
    }

    private void connectAndChoose(FxRobot robot, String keyId) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), keyId, "first-secret", "first-session-token");
        ConnectThroughUi.aporiaKey(robot, APORIA_KEY, "aporia-secret");
        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> findRow(robot, CHOSEN).isPresent()
                && !robot.lookup("#workgroups-busy").query().isVisible());
        // The page still grows banners as the picked workgroup is read: a click can land on the row that moved
        // under the pointer, so look again and click again until the choice holds.
        for (int attempt = 0; attempt < 3 && !chosen().equals(CHOSEN); attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node row = findRow(robot, CHOSEN).orElseThrow();
            FxInput.scrollIntoView(robot, row);
            robot.clickOn(row);
            try {
                waitFor(5, TimeUnit.SECONDS, () -> chosen().equals(CHOSEN));
            } catch (java.util.concurrent.TimeoutException e) {
                // the next attempt looks the row up again
            }
        }
        assertThat(chosen()).isEqualTo(CHOSEN);
    }

    private String chosen() {
        return wizard.wiring.session().project().workgroup().name();
    }

    @Test
    void credentials_expiring_on_the_workgroup_step_are_named_and_a_new_key_goes_on_with_the_choice_kept(
            FxRobot robot) throws Exception {
        connectAndChoose(robot, FIRST_KEY);

        faults().expireKey(FIRST_KEY);
        robot.clickOn("#refresh-workgroups");

        waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#workgroups-error").isEmpty());
        assertThat(text(robot, "#workgroups-error")).startsWith("Not refreshed: the table still shows the earlier list")
                .contains("credentials have expired", "Go back to the Connection step");
        assertThat(chosen()).isEqualTo(CHOSEN);
        assertThat(findRow(robot, CHOSEN)).as("the last list stays on screen").isPresent();
        waitFor(10, TimeUnit.SECONDS, () -> StepsThroughUi.sidebarState(robot, "Connection")
                .equals("needs attention")); // a green mark must be earned
        assertThat(ScreenReading.atEverySize(robot, stage, "workgroup-not-refreshed", () -> { })).isEmpty();

        robot.clickOn("#back");
        waitFor(10, TimeUnit.SECONDS, () -> title(robot).equals("Connection"));
        assertThat(StepsThroughUi.sidebarState(robot, "Workgroup")).as("read with the refused credentials")
                .isEqualTo("needs attention");
        assertThat(text(robot, "#credentials-refused")).contains("AWS has refused these credentials",
                "credentials have expired");
        assertThat(ScreenReading.atEverySize(robot, stage, "connection-credentials-refused", () -> { })).isEmpty();
        FxInput.paste(robot, "#access-key-id", RENEWED_KEY);
        FxInput.paste(robot, "#secret-access-key-masked", "renewed-secret");
        FxInput.paste(robot, "#session-token-masked", "renewed-session-token");
        ConnectThroughUi.next(robot);

        waitFor(30, TimeUnit.SECONDS, () -> findRow(robot, CHOSEN).isPresent());
        assertThat(text(robot, "#workgroups-error")).isEmpty();
        assertThat(chosen()).isEqualTo(CHOSEN);
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).isEqualTo(CHOSEN);
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isFalse();
        assertThat(StepsThroughUi.sidebarState(robot, "Connection")).isEqualTo("done");
    }

    @Test
    void the_same_key_working_again_puts_connection_back_to_done_on_the_next_call_that_succeeds(FxRobot robot)
            throws Exception {
        connectAndChoose(robot, "ASIAEXPIRESTHENWORKS");
        faults().expireKey("ASIAEXPIRESTHENWORKS");
        robot.clickOn("#refresh-workgroups");
        waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#workgroups-error").isEmpty());
        waitFor(10, TimeUnit.SECONDS, () -> StepsThroughUi.sidebarState(robot, "Connection")
                .equals("needs attention"));

        faults().renewKey("ASIAEXPIRESTHENWORKS");
        robot.clickOn("#refresh-workgroups");

        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#workgroups-error").isEmpty());
        waitFor(10, TimeUnit.SECONDS, () -> StepsThroughUi.sidebarState(robot, "Connection").equals("done"));
        assertThat(findRow(robot, CHOSEN)).isPresent();
    }

    @Test
    void a_listing_that_fails_beyond_retries_is_told_and_refresh_lists_again_with_the_choice_kept(FxRobot robot)
            throws Exception {
        connectAndChoose(robot, "ASIALISTINGFAULTS001");
        faults().plan("ListWorkGroups", Fault.SERVER_ERROR, 1);
        faults().plan("ListWorkGroups", Fault.THROTTLE, 1);

        robot.clickOn("#refresh-workgroups");
        waitFor(30, TimeUnit.SECONDS, () -> faults().injected(Fault.THROTTLE) == 1
                && !robot.lookup("#refresh-workgroups").queryButton().isDisabled() && findRow(robot, CHOSEN).isPresent());
        assertThat(text(robot, "#workgroups-error")).as("retried by the SDK: nothing to tell").isEmpty();

        faults().plan("ListWorkGroups", Fault.SERVER_ERROR, 3); // the SDK tries 3 times
        robot.clickOn("#refresh-workgroups");
        waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#workgroups-error").isEmpty());
        assertThat(text(robot, "#workgroups-error")).startsWith("Not refreshed:")
                .contains("internal error", "Press Refresh to list them again.");
        assertThat(chosen()).isEqualTo(CHOSEN);
        assertThat(findRow(robot, CHOSEN)).as("the last list stays on screen").isPresent();
        assertThat(table(robot).getPseudoClassStates()).extracting(Object::toString).contains("not-refreshed");
        assertThat(StepsThroughUi.sidebarState(robot, "Connection")).as("a 500 says nothing of the credentials")
                .isEqualTo("done");

        robot.clickOn("#refresh-workgroups");
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#workgroups-error").isEmpty()
                && findRow(robot, CHOSEN).isPresent());
        assertThat(chosen()).isEqualTo(CHOSEN);
        assertThat(table(robot).getPseudoClassStates()).extracting(Object::toString).doesNotContain("not-refreshed");
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#step-title").queryAs(Label.class).getText();
    }
}

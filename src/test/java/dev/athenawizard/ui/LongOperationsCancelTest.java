package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.SandboxFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Against a slow AWS (the sandbox answering every request 1 s late): each long operation of the first two steps shows
 * what it is doing with a Cancel beside it, and cancelling says what was not done and how to do it again.
 */
@ExtendWith(ApplicationExtension.class)
class LongOperationsCancelTest {
    private static final String KEY = "AKIASLOWNETWORK00001";
    private static SandboxFixture aws;
    private WizardUnderTest wizard;

    @BeforeAll
    static void startSlowSandbox() {
        aws = SandboxFixture.start(o -> o.latency(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        wizard = WizardUnderTest.open(stage, "slow");
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    @Test
    void verifyAndTheCheckBeforeNextCanBeCancelledAndSaySoOnThePage(FxRobot robot) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), KEY, "secret", "");
        FxInput.click(robot, "#verify");
        waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#verifying"));
        assertThat(text(robot, "#verifying-message")).startsWith("Verifying the credentials");

        robot.clickOn("#verifying-cancel");

        waitFor(5, TimeUnit.SECONDS, () -> !shown(robot, "#verifying"));
        assertThat(text(robot, "#verification-cancelled")).startsWith("Verification cancelled: nothing was checked");
        assertThat(robot.lookup("#verify").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#next");
        waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#check-bar"));
        robot.clickOn("#cancel-check");

        waitFor(5, TimeUnit.SECONDS, () -> !shown(robot, "#verifying"));
        assertThat(text(robot, "#step-title")).isEqualTo("Connection");
        assertThat(text(robot, "#verification-cancelled")).as("the verification itself stopped, not only the wait")
                .startsWith("Verification cancelled");
        assertThat(wizard.wiring.shell().steps().get(0).done().get()).isFalse();
    }

    @Test
    void theWorkgroupAndDatabaseListingsCanBeCancelledAndRefreshReadsThemAgain(FxRobot robot) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), KEY, "secret", "");
        ConnectThroughUi.next(robot);
        waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#workgroups-busy") && shown(robot, "#databases-busy"));
        assertThat(text(robot, "#workgroups-busy-message")).startsWith("Listing the workgroups");

        // Pressed at once: the mouse's way across the screen can outlast a listing of a few one-second calls.
        robot.interact(() -> {
            robot.lookup("#databases-busy-cancel").queryButton().fire();
            robot.lookup("#workgroups-busy-cancel").queryButton().fire();
        });

        assertThat(text(robot, "#workgroups-error")).startsWith("Listing cancelled").contains("Refresh");
        assertThat(text(robot, "#databases-note")).isEqualTo("Listing cancelled: Refresh lists the databases again.");
        assertThat(robot.lookup("#workgroups").queryAs(TableView.class).getItems()).isEmpty();

        robot.clickOn("#refresh-workgroups");

        assertThat(shown(robot, "#databases-busy")).as("the databases are listed again too").isTrue();
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workgroups").queryAs(TableView.class).getItems()
                .size() >= 2);
        assertThat(shown(robot, "#workgroups-error")).isFalse();
        assertThat(shown(robot, "#databases-note")).isFalse();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}

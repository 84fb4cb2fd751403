package dev.athenawizard.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.ui.steps.query.ManualPause;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QueryDebugTest {
    ManualPause pause = new ManualPause();
    WizardUnderTest wizard;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard = WizardUnderTest.open(stage, "qdebug", pause);
    }

    void shot(FxRobot robot, String name) {
        robot.interact(() -> ScreenReading.snapshot(stage.getScene(), Path.of("/tmp/qdebug/" + name + ".png")));
    }

    @Test
    void debug(FxRobot robot) throws Exception {
        SandboxFixture aws = SandboxFixture.start();
        try {
            ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), "AKIAQUERYSTEPUSER001", "s", "");
            ConnectThroughUi.next(robot);
            waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
            shot(robot, "1-workgroup");
            robot.clickOn("#next");
            waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#step-title").queryAs(Label.class).getText().equals("Query"));
            shot(robot, "2-query");
            robot.clickOn("#sql-code-area");
            robot.write("SELECT prediction_id, amount FROM model_predictions", 0);
            shot(robot, "3-typed");
            pause.passes();
            Thread.sleep(5000);
            shot(robot, "4-after-pause");
        } finally {
            wizard.close();
            aws.close();
        }
    }
}

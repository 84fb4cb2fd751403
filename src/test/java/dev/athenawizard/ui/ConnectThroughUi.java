package dev.athenawizard.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Fills the Connection step as a user would (an access key for a sandbox endpoint) and goes on to the Workgroup step. */
public final class ConnectThroughUi {
    private ConnectThroughUi() {
    }

    public static void withAccessKey(FxRobot robot, URI endpoint, String keyId, String secret, String sessionToken) {
        FxInput.click(robot, "#choice-access-key");
        FxInput.paste(robot, "#access-key-id", keyId);
        FxInput.paste(robot, "#secret-access-key-masked", secret);
        if (!sessionToken.isEmpty()) {
            FxInput.paste(robot, "#session-token-masked", sessionToken);
        }
        FxInput.click(robot, "#advanced .title");
        FxInput.paste(robot, "#endpoint", endpoint.toString());
    }

    public static void aporiaKey(FxRobot robot, String keyId, String secret) {
        FxInput.click(robot, "#datasource-dedicated");
        FxInput.paste(robot, "#datasource-key-id", keyId);
        FxInput.paste(robot, "#datasource-secret-masked", secret);
    }

    /** Clicks Next and waits for the Workgroup step with its workgroups listed. */
    public static void next(FxRobot robot) throws Exception {
        robot.clickOn("#next");
        // Looked up on the FX thread: the page is being replaced, and a look from another thread may meet it half made.
        waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#step-title")
                .queryAs(Label.class).getText().equals("Workgroup")).get());
    }
}

package dev.athenawizard.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.ui.controls.sql.SqlEditor;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;

/** The Workgroup, Query and Mapping steps as a user goes through them, after {@link ConnectThroughUi}. */
public final class StepsThroughUi {
    private StepsThroughUi() {
    }

    /** Waits for Next to be enabled, clicks it and waits for the step called {@code title}. */
    public static void next(FxRobot robot, String title) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
        robot.clickOn("#next");
        waitFor(30, TimeUnit.SECONDS, () -> title(robot).equals(title));
    }

    /** Waits for the Workgroup step to show its IAM policy: the workgroups were read and one is picked. */
    public static void awaitPolicy(FxRobot robot) throws Exception {
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#policy").tryQueryAs(TextArea.class)
                .map(policy -> !policy.getText().isEmpty()).orElse(false));
    }

    /** Puts {@code sql} in the Query step's editor, as a paste would. */
    public static void typeQuery(FxRobot robot, String sql) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sql-code-area").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#sql-editor").queryAs(SqlEditor.class).setText(sql));
    }

    /** Waits for the preview of the guide's query (100 rows) after the pause in typing. */
    public static void awaitPreview(FxRobot robot) throws Exception {
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#result-status").queryAs(Label.class).getText()
                .startsWith("✓ 100 rows"));
    }

    /** Asks the Mapping step for its suggestions and accepts them all. */
    public static void acceptSuggestions(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#suggest").queryAs(Button.class).isDisabled());
        robot.clickOn("#suggest");
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#accept-all").queryAs(Button.class).isDisabled());
        robot.clickOn("#accept-all");
    }

    public static String title(FxRobot robot) {
        return robot.lookup("#step-title").queryAs(Label.class).getText();
    }

    /** How the step list shows the step called {@code title}, e.g. "done" or "needs attention". */
    public static String sidebarState(FxRobot robot, String title) {
        return robot.lookup("#step-list .step-row").queryAll().stream()
                .map(javafx.scene.Node::getAccessibleText)
                .filter(text -> text != null && text.startsWith(title + ", "))
                .map(text -> text.substring(title.length() + 2)).findFirst().orElse("");
    }
}

package dev.athenawizard.ui;

import dev.athenawizard.ui.controls.sql.SqlEditor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Mouse and keyboard input for forms taller than the window: scroll a control into view first, as a user would. */
public final class FxInput {
    private FxInput() {
    }

    public static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        scrollIntoView(robot, node);
        robot.clickOn(node);
    }

    /** Clicks into a text field and types. */
    public static void type(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.write(text, 0);
    }

    /** Pastes into a field, as users enter secrets and URLs: one Ctrl+V instead of a keystroke per character. */
    public static void paste(FxRobot robot, String query, String text) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        click(robot, query);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V);
    }

    /**
     * Replaces what a field (text field, area or SQL editor) holds by pasting, and makes sure it arrived: on a busy
     * machine a click or keystroke can be lost, and a test would then fail far from the cause.
     */
    public static void enter(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        for (int attempt = 1; ; attempt++) {
            robot.interact(() -> setText(field, ""));
            paste(robot, query, text);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.equals(textOf(field)));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw new AssertionError("could not enter \"" + text + "\" into " + query, e);
                }
            }
        }
    }

    /**
     * Clicks a button once the page has settled: a message that just appeared can still grow and move the page, and a
     * click aimed before that lands beside the button.
     */
    public static void press(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        scrollIntoView(robot, robot.lookup(query).query());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    private static String textOf(Node field) {
        if (field instanceof TextInputControl input) {
            return input.getText();
        }
        return ((SqlEditor) field).getText();
    }

    private static void setText(Node field, String text) {
        if (field instanceof TextInputControl input) {
            input.setText(text);
        } else {
            ((SqlEditor) field).setText(text);
        }
    }

    public static void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        double target = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                        scroll.setVvalue(Math.max(0, Math.min(1, target / hidden)));
                    }
                    return;
                }
            }
        });
        robot.interact(() -> { });
    }
}

package dev.athenawizard.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

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

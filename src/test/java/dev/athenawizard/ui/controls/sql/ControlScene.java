package dev.athenawizard.ui.controls.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A control on a stage styled as the wizard styles its window (Modena plus theme.css), and the CSS warnings JavaFX
 * logs meanwhile: a control whose stylesheet looks up a colour the theme does not define shows up here.
 */
public final class ControlScene implements AutoCloseable {
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");
    private final List<String> cssWarnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (cssWarnings) {
                    cssWarnings.add(record.getMessage());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private ControlScene() {
        CSS_LOG.addHandler(handler);
    }

    /**
     * Shows {@code content} on {@code stage} at {@code width}×{@code height}, with the wizard's theme. The content
     * joins a scene that already has its root and stylesheets, as a wizard step's view does: RichTextFX styles its
     * first lines the moment it joins a scene, and a scene built around it would not have its theme yet.
     */
    public static ControlScene show(Stage stage, Parent content, double width, double height) {
        ControlScene scene = new ControlScene();
        StackPane root = new StackPane();
        Scene s = new Scene(root, width, height);
        s.getStylesheets().add(ControlScene.class.getResource("/dev/athenawizard/ui/theme.css").toExternalForm());
        root.getChildren().add(content);
        stage.setScene(s);
        stage.show();
        return scene;
    }

    public List<String> cssWarnings() {
        synchronized (cssWarnings) {
            return List.copyOf(cssWarnings);
        }
    }

    @Override
    public void close() {
        CSS_LOG.removeHandler(handler);
    }

    /** The value of {@code question} asked on the FX thread. */
    public static <T> T onFx(Callable<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 10 s) until {@code condition}, asked on the FX thread, holds. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for a condition on screen", e);
        }
    }
}

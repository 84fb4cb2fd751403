package dev.athenawizard.ui.shell;

import dev.athenawizard.core.settings.WindowBounds;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's size and place across restarts: restored before it is shown ({@link WindowPlacement} decides whether
 * the old place still fits), remembered when it closes. While maximized, the size it had before is what is kept.
 */
public final class WindowMemory {
    public static final Rectangle2D MINIMUM = new Rectangle2D(0, 0, 900, 600);
    public static final Rectangle2D STANDARD = new Rectangle2D(0, 0, 1180, 780);
    private static final javafx.util.Duration SETTLE = javafx.util.Duration.millis(300);

    private final Stage stage;
    private final SavedSettings settings;
    private WindowBounds normal;
    private PauseTransition settle;

    private WindowMemory(Stage stage, SavedSettings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    /** Call before {@code stage.show()}: sizes and places the stage, and saves its bounds when it closes. */
    public static WindowMemory restoreAndTrack(Stage stage, SavedSettings settings) {
        List<Rectangle2D> screens = Screen.getScreens().stream()
                .sorted((a, b) -> a.equals(Screen.getPrimary()) ? -1 : b.equals(Screen.getPrimary()) ? 1 : 0)
                .map(Screen::getVisualBounds).toList();
        WindowPlacement placement = WindowPlacement.of(settings.current().window(), screens, MINIMUM, STANDARD);
        stage.setMinWidth(MINIMUM.getWidth());
        stage.setMinHeight(MINIMUM.getHeight());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        if (placement.centred()) {
            stage.centerOnScreen();
        } else {
            stage.setX(placement.x());
            stage.setY(placement.y());
        }
        stage.setMaximized(placement.maximized());
        WindowMemory memory = new WindowMemory(stage, settings);
        memory.track();
        return memory;
    }

    private void track() {
        normal = current();
        // Bounds are taken once they settle: maximizing moves and resizes the window before the platform says it is
        // maximized, and those bounds must not replace the ones to return to.
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> rememberIfNormal());
        InvalidationListener changed = o -> settle.playFromStart();
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        this.settle = settle;
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save());
    }

    /** Keeps the window's bounds now (it closes; also called when the program ends without closing it first). */
    public void save() {
        if (settle.getStatus() == Animation.Status.RUNNING) {
            settle.stop();
            rememberIfNormal();
        }
        settings.update(s -> s.withWindow(normal.withMaximized(stage.isMaximized())));
    }

    private void rememberIfNormal() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normal = current();
        }
    }

    private WindowBounds current() {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }
}

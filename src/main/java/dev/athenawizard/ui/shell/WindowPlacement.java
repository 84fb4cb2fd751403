package dev.athenawizard.ui.shell;

import dev.athenawizard.core.settings.WindowBounds;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: where it was last time, if it still fits on one of the screens now attached (a laptop
 * undocked from the big monitor the window was on, a smaller display); else at the size it had, in the middle of the
 * primary screen, if that size fits there; else at the default size, in the middle.
 *
 * @param x         left edge, ignored when {@code centred}
 * @param y         top edge, ignored when {@code centred}
 * @param centred   let the window be centred on the primary screen
 * @param maximized maximize it once shown (it was maximized when closed)
 */
public record WindowPlacement(double x, double y, double width, double height, boolean centred, boolean maximized) {
    /** Screen edges and window decorations may differ by a few pixels between runs without the window being off. */
    static final double SLACK = 16;

    /**
     * @param saved       the bounds kept from last time, if any
     * @param screens     the visual bounds of the screens attached now, the primary first
     * @param minimum     the smallest window allowed (its width and height; x and y are ignored)
     * @param standard    the window's default size (x and y are ignored)
     */
    public static WindowPlacement of(Optional<WindowBounds> saved, List<Rectangle2D> screens, Rectangle2D minimum,
            Rectangle2D standard) {
        if (screens.isEmpty()) {
            return new WindowPlacement(0, 0, standard.getWidth(), standard.getHeight(), true, false);
        }
        Rectangle2D primary = screens.get(0);
        // The default size, made smaller on a screen smaller than it (never below the minimum).
        double standardWidth = Math.max(minimum.getWidth(), Math.min(standard.getWidth(), primary.getWidth()));
        double standardHeight = Math.max(minimum.getHeight(), Math.min(standard.getHeight(), primary.getHeight()));
        if (saved.isEmpty()) {
            return new WindowPlacement(0, 0, standardWidth, standardHeight, true, false);
        }
        WindowBounds b = saved.get();
        double width = Math.max(b.width(), minimum.getWidth());
        double height = Math.max(b.height(), minimum.getHeight());
        Rectangle2D window = new Rectangle2D(b.x(), b.y(), width, height);
        if (screens.stream().anyMatch(screen -> fits(window, screen))) {
            return new WindowPlacement(b.x(), b.y(), width, height, false, b.maximized());
        }
        if (width <= primary.getWidth() + SLACK && height <= primary.getHeight() + SLACK) {
            return new WindowPlacement(0, 0, width, height, true, b.maximized());
        }
        return new WindowPlacement(0, 0, standardWidth, standardHeight, true, b.maximized());
    }

    private static boolean fits(Rectangle2D window, Rectangle2D screen) {
        return window.getMinX() >= screen.getMinX() - SLACK && window.getMinY() >= screen.getMinY() - SLACK
                && window.getMaxX() <= screen.getMaxX() + SLACK && window.getMaxY() <= screen.getMaxY() + SLACK;
    }
}

package dev.athenawizard.core.settings;

/**
 * Where the window was and how big, in screen coordinates, when it was last closed. When it was maximized, the bounds
 * are those it had before, so un-maximizing after a restart goes back to them.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** The same bounds, with the maximized flag set as given. */
    public WindowBounds withMaximized(boolean value) {
        return new WindowBounds(x, y, width, height, value);
    }
}

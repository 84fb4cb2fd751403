package dev.athenawizard.ui.theme;

import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * Small line icons, drawn as SVG paths on a 16×16 grid and coloured by the theme (theme.css, {@code .icon}): no icon
 * font, no image files, so they follow the light and dark variants and stay sharp at any scale. Each call makes a new
 * node (a node has one parent).
 */
public enum Icons {
    CHECK("M3 8.5 L6.5 12 L13 4.5"),
    CROSS("M4.5 4.5 L11.5 11.5 M11.5 4.5 L4.5 11.5"),
    ARROW_LEFT("M13 8 H3 M7 4 L3 8 L7 12"),
    ARROW_RIGHT("M3 8 H13 M9 4 L13 8 L9 12"),
    LOCK("M4 7.5 H12 V13.5 H4 Z M5.5 7.5 V5.5 A2.5 2.5 0 0 1 10.5 5.5 V7.5"),
    WARNING("M8 2 L14.5 13.5 H1.5 Z M8 6.5 V9.5 M8 11.5 V11.51"),
    CIRCLE("M3.5 8 A4.5 4.5 0 1 1 12.5 8 A4.5 4.5 0 1 1 3.5 8"),
    KEYBOARD("M1.5 4.5 H14.5 V11.5 H1.5 Z M4 7 H4.01 M6.67 7 H6.68 M9.33 7 H9.34 M12 7 H12.01 M5 9.3 H11"),
    EXTERNAL_LINK("M9 2.5 H13.5 V7 M13.5 2.5 L7.5 8.5 M12 10 V13.5 H2.5 V4 H6"),
    INFO("M1.5 8 A6.5 6.5 0 1 1 14.5 8 A6.5 6.5 0 1 1 1.5 8 M8 7.5 V11.5 M8 4.8 V4.81"),
    SUN("M5 8 A3 3 0 1 1 11 8 A3 3 0 1 1 5 8 M8 1.5 V2.5 M8 13.5 V14.5 M1.5 8 H2.5 M13.5 8 H14.5 "
            + "M3.4 3.4 L4.1 4.1 M11.9 11.9 L12.6 12.6 M3.4 12.6 L4.1 11.9 M11.9 4.1 L12.6 3.4"),
    MOON("M13 10.2 A5.5 5.5 0 1 1 5.8 3 A4.3 4.3 0 0 0 13 10.2 Z"),
    MONITOR("M2 3 H14 V10.5 H2 Z M6 13.5 H10 M8 10.5 V13.5");

    /** The grid every path is drawn on. */
    static final double SIZE = 16;

    private final String path;

    Icons(String path) {
        this.path = path;
    }

    /** The icon as a 16×16 node with style classes {@code icon} and e.g. {@code icon-check}. */
    public StackPane node() {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("icon-shape");
        StackPane box = new StackPane(shape);
        box.getStyleClass().addAll("icon", "icon-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        box.setMinSize(SIZE, SIZE);
        box.setPrefSize(SIZE, SIZE);
        box.setMaxSize(SIZE, SIZE);
        return box;
    }

    String path() {
        return path;
    }
}

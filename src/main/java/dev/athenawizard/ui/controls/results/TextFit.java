package dev.athenawizard.ui.controls.results;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Cuts a value to the width of its column, ending it with "…" — measuring only values that might not fit, since a
 * short value cannot overflow (the widest glyph is narrower than {@link #MAX_CHAR_WIDTH} font sizes).
 */
final class TextFit {
    private static final double MAX_CHAR_WIDTH = 1.0;
    /** The font results.css gives a cell (the theme's family at 13px). */
    static final Font CELL_FONT = Font.font(Font.getDefault().getFamily(), 13);
    private final Text probe = new Text();

    /** {@code text} if it fits {@code room} pixels in {@code node}'s font, else its longest start that does, plus "…". */
    String fit(String text, double room, Text node) {
        Font font = node.getFont();
        if (text.length() * font.getSize() * MAX_CHAR_WIDTH <= room) {
            return text;
        }
        probe.setFont(font);
        double whole = width(text);
        if (whole <= room) {
            return text;
        }
        int n = (int) (text.length() * room / whole); // about where it fits; then a step or two back
        while (n > 0 && width(text.substring(0, n) + "…") > room) {
            n--;
        }
        return n == 0 ? "…" : text.substring(0, n) + "…";
    }

    private double width(String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}

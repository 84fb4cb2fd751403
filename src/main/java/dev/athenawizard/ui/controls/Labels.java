package dev.athenawizard.ui.controls;

import javafx.scene.control.Label;

/** The few kinds of text every step shows: explanations, and banners that say how something went. */
public final class Labels {
    private Labels() {
    }

    /** Secondary, wrapping text: what a choice means, where a value comes from. */
    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    /** A full-width, wrapping banner; {@code kind} is {@code ok}, {@code warn} or {@code error} (theme.css). */
    public static Label banner(String kind, String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().addAll("banner", kind);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}

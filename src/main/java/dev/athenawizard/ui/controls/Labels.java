package dev.athenawizard.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The few kinds of text every step shows: explanations, and banners that say how something went. They wrap and are
 * never squeezed below the height their text needs, so nothing is cut off at the window's smallest size.
 */
public final class Labels {
    private Labels() {
    }

    /** Secondary, wrapping text: what a choice means, where a value comes from. */
    public static Label muted(String text) {
        Label label = wrapping(new Label(text));
        label.getStyleClass().add("muted");
        return label;
    }

    /** Secondary text that follows {@code text}, and takes no room while it is empty. */
    public static Label muted(String id, ObservableValue<String> text) {
        Label label = muted("");
        label.setId(id);
        label.textProperty().bind(text);
        hideWhenEmpty(label);
        return label;
    }

    /** A full-width, wrapping banner; {@code kind} is {@code ok}, {@code warn} or {@code error} (theme.css). */
    public static Label banner(String kind, String id, String text) {
        Label label = wrapping(new Label(text));
        label.setId(id);
        label.getStyleClass().addAll("banner", kind);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    public static Label banner(Banner banner) {
        return banner(banner.kind().styleClass(), banner.id(), banner.text());
    }

    /** A banner that shows whatever {@code banner} holds, styled by its kind, and takes no room while it is null. */
    public static Label banner(String id, ObservableValue<Banner> banner) {
        Label label = banner("ok", id, "");
        label.textProperty().bind(Bindings.createStringBinding(
                () -> banner.getValue() == null ? "" : banner.getValue().text(), banner));
        Runnable restyle = () -> {
            label.getStyleClass().removeAll("ok", "warn", "error");
            if (banner.getValue() != null) {
                label.getStyleClass().add(banner.getValue().kind().styleClass());
                label.setId(banner.getValue().id());
            } else {
                label.setId(id);
            }
        };
        banner.addListener(o -> restyle.run());
        restyle.run();
        hideWhenEmpty(label);
        return label;
    }

    /** A column of banners that follows {@code banners}: one label per banner, in order. */
    public static VBox banners(String id, ObservableList<Banner> banners) {
        VBox box = new VBox(6);
        box.setId(id);
        Runnable show = () -> box.getChildren().setAll(banners.stream().map(Labels::banner).toList());
        banners.addListener((ListChangeListener<Banner>) c -> show.run());
        show.run();
        return box;
    }

    /** An error line under a form: red, wrapping, and gone while there is nothing to say. */
    public static Label fieldError(String id, ObservableValue<String> text) {
        Label label = wrapping(new Label());
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        hideWhenEmpty(label);
        return label;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}

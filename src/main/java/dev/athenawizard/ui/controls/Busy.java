package dev.athenawizard.ui.controls;

import dev.athenawizard.ui.theme.Icons;
import dev.athenawizard.ui.theme.Spinner;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * What a long operation shows while it runs: a spinner, what it is doing, and Cancel. It takes no room otherwise.
 * Ids: {@code ID} for the line, {@code ID-message} and {@code ID-cancel} for its parts.
 */
public final class Busy extends HBox {

    /**
     * @param running while true, the line shows
     * @param message what is being done, e.g. "Listing the workgroups…"
     * @param cancel  stops it (the future's cancel, which reaches the call)
     */
    public Busy(String id, ObservableBooleanValue running, ObservableValue<String> message, Runnable cancel) {
        super(8);
        setId(id);
        getStyleClass().add("busy");
        Spinner spinner = new Spinner(16, running);
        Label text = new Label();
        text.setId(id + "-message");
        text.getStyleClass().add("muted");
        text.textProperty().bind(message);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button stop = new Button("Cancel", Icons.CROSS.node());
        stop.setId(id + "-cancel");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> cancel.run());
        getChildren().addAll(spinner, text, stop);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(running);
        managedProperty().bind(visibleProperty());
    }
}

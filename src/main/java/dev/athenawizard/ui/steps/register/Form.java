package dev.athenawizard.ui.steps.register;

import dev.athenawizard.ui.controls.Labels;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Register step's forms: a label column that keeps its words and a field column that grows, each field with the
 * explanation and the problem under it. A field with a problem is marked {@code :error}.
 */
final class Form extends GridPane {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private int row;

    Form() {
        setHgap(12);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels keep their words, whatever the window's width
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(160);
        getColumnConstraints().setAll(labels, fields);
    }

    /** A labelled field, with the lines under it (explanations, the problem); a problem marks the field. */
    Form field(String label, Node field, Node... under) {
        return field(null, label, field, under);
    }

    /** A labelled field shown only while {@code shown} is true; it takes no room otherwise. */
    Form field(ObservableBooleanValue shown, String label, Node field, Node... under) {
        Label name = new Label(label);
        name.setPadding(new Insets(4, 0, 0, 0));
        setValignment(name, VPos.TOP);
        add(name, 0, row);
        VBox cell = new VBox(3, field);
        cell.getChildren().addAll(under);
        add(cell, 1, row++);
        setMargin(cell, new Insets(0, 0, 8, 0));
        if (shown != null) {
            for (Node node : new Node[] {name, cell}) {
                node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
                node.managedProperty().bind(node.visibleProperty());
            }
        }
        return this;
    }

    /** A line across both columns: a heading or an explanation. */
    Form span(Node node) {
        add(node, 0, row++, 2, 1);
        return this;
    }

    /** The problem under a field: red, wrapping, gone while empty; it marks {@code field} while shown. */
    static Label problem(String id, ObservableValue<String> text, Node field) {
        Label label = Labels.fieldError(id, text);
        Runnable mark = () -> field.pseudoClassStateChanged(ERROR, !text.getValue().isEmpty());
        text.addListener(o -> mark.run());
        mark.run();
        return label;
    }

    static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    static TextArea area(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(rows);
        area.setWrapText(false);
        area.setMinHeight(Region.USE_PREF_SIZE);
        return area;
    }

    /** Text shown for reading and copying, not for editing. */
    static <T extends TextInputControl> T readOnly(T field, ObservableValue<String> text) {
        field.setEditable(false);
        field.getStyleClass().add("read-only");
        field.textProperty().bind(text);
        return field;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A tab's content: scrolls when taller than the window, never squeezes its text. */
    static ScrollPane page(String styleClass, Node... parts) {
        VBox page = new VBox(12, parts);
        page.setPadding(new Insets(12, 14, 16, 12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("register-page", styleClass);
        return scroll;
    }
}

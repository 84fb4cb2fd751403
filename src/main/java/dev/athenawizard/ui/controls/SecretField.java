package dev.athenawizard.ui.controls;

import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * A masked field for a secret key or token, with a toggle that reveals it. Both faces share one text; the revealed
 * face is only in the scene while the toggle is on, so screenshots and screen sharing show dots by default.
 */
public final class SecretField extends HBox {
    private final PasswordField masked = new PasswordField();
    private final TextField revealed = new TextField();
    private final ToggleButton reveal = new ToggleButton("Show");

    public SecretField(String id, String prompt) {
        super(4);
        setId(id);
        getStyleClass().add("secret-field");
        masked.setId(id + "-masked");
        revealed.setId(id + "-revealed");
        reveal.setId(id + "-reveal");
        masked.setPromptText(prompt);
        revealed.setPromptText(prompt);
        revealed.textProperty().bindBidirectional(masked.textProperty());
        revealed.setVisible(false);
        revealed.setManaged(false);
        // The tooltip joins at the first hover: made with the page, it would load the popup machinery before the
        // first frame, where no tooltip is shown yet.
        reveal.setOnMouseEntered(e -> {
            if (reveal.getTooltip() == null) {
                reveal.setTooltip(new Tooltip("Show or hide the value"));
            }
        });
        reveal.setFocusTraversable(true);
        reveal.selectedProperty().addListener((o, was, show) -> {
            revealed.setVisible(show);
            revealed.setManaged(show);
            masked.setVisible(!show);
            masked.setManaged(!show);
            reveal.setText(show ? "Hide" : "Show");
            (show ? revealed : masked).requestFocus();
        });
        StackPane faces = new StackPane(masked, revealed);
        HBox.setHgrow(faces, Priority.ALWAYS);
        getChildren().addAll(faces, reveal);
    }

    public StringProperty textProperty() {
        return masked.textProperty();
    }

    /** The input control currently shown, e.g. to mark it with the {@code :error} pseudo-class. */
    public TextField input() {
        return reveal.isSelected() ? revealed : masked;
    }

    public void setMaskedAgain() {
        reveal.setSelected(false);
    }
}

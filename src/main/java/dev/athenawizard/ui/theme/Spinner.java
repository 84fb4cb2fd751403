package dev.athenawizard.ui.theme;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * A spinner of a fixed size whose {@link ProgressIndicator} is made the first time it shows. The pages hold several
 * for work that may never run; made up front, each is a skinned control of some twenty nodes that the first frame
 * styles and lays out although nobody sees it.
 */
public final class Spinner extends StackPane {
    /**
     * @param size    width and height
     * @param showing true while the spinner is on screen (what makes its line visible)
     */
    public Spinner(double size, ObservableBooleanValue showing) {
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        if (showing.get()) {
            spin(size);
        } else {
            showing.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        showing.removeListener(this);
                        spin(size);
                    }
                }
            });
        }
    }

    private void spin(double size) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setPrefSize(size, size);
        indicator.setMinSize(size, size);
        getChildren().add(indicator);
    }
}

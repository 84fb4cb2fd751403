package dev.athenawizard.ui.controls;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The page of a step that is not built yet: it says plainly what the step will collect, and does nothing else.
 */
public final class PlannedStepPage extends VBox {
    public PlannedStepPage(String stepId, List<String> willCollect) {
        super(8);
        setId(stepId + "-planned");
        getStyleClass().add("planned-step");
        Label heading = new Label("This step is not available yet. When it is, it will collect:");
        heading.getStyleClass().add("planned-heading");
        getChildren().add(heading);
        for (String item : willCollect) {
            Label bullet = new Label("•  " + item);
            bullet.setWrapText(true);
            getChildren().add(bullet);
        }
    }
}

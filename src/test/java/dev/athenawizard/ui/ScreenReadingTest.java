package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The "cut short" detector of {@link ScreensAreReadableTest} sees a label cut to "…", and only that. */
@ExtendWith(ApplicationExtension.class)
class ScreenReadingTest {
    private Label cut;

    @Start
    void start(Stage stage) {
        cut = new Label("Athena writes every query's results there.");
        Label whole = new Label("Name");
        cut.setId("advice");
        cut.setMaxWidth(90);
        stage.setScene(new Scene(new VBox(cut, whole), 300, 100));
        stage.show();
    }

    @Test
    void aLabelCutToAnEllipsisIsFoundAndAWholeOneIsNot(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(ScreenReading.cutShort(cut.getScene().getRoot())));

        assertThat(found).singleElement().asString().startsWith("#advice: 'Athena writes every query's results "
                + "there.' shown as 'Athena");
    }
}

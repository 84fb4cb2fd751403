import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up: a Label in a Stage, nothing else. Reports its first frame exactly as the wizard does
 * (the first post-layout pulse, in ms since JVM start) so the start-up benchmark compares like with like.
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Bare JavaFX window"), 1180, 780);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms " + ms);
            if (Boolean.getBoolean("athena-wizard.measure-startup")) {
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }
}

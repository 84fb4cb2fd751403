package dev.athenawizard.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import dev.athenawizard.core.settings.Appearance;
import dev.athenawizard.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** What a user can read on screen: labels cut to "…", CSS the toolkit could not apply, and a picture of it. */
public final class ScreenReading {
    /** JavaFX reports stylesheet problems as warnings of this logger (java.util.logging, behind System.Logger). */
    private static final Logger CSS_LOGGER = Logger.getLogger("javafx.css");

    private ScreenReading() {
    }

    /** Every shown label, button, cell or header whose text is cut short, as "id or type: 'full text'". */
    static List<String> cutShort(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.getStyleClass().contains("text")
                        && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())) {
                    String name = labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName();
                    cut.add(name + ": '" + labeled.getText() + "' shown as '" + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** Collects the CSS warnings logged from now on. */
    static final class CssWarnings extends Handler implements AutoCloseable {
        final List<String> seen = new ArrayList<>();

        CssWarnings() {
            CSS_LOGGER.addHandler(this);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                seen.add(record.getMessage());
            }
        }

        synchronized List<String> seen() {
            return List.copyOf(seen);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            CSS_LOGGER.removeHandler(this);
        }
    }

    /** Saves what the scene shows as a PNG (call on the FX thread). */
    public static void snapshot(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window's default size and the smallest it allows. */
    public static final double[][] SIZES = {{1180, 780}, {900, 600}};

    /**
     * Shows the screen on {@code stage} in the light and dark theme at each of {@link #SIZES}: what is cut short, and a
     * page that pushes Back/Next out of the window, are the problems returned. With
     * {@code -Dathena-wizard.screenshots=DIR} each is also saved there as {@code NAME[-dark]-WxH.png}.
     *
     * @param afterResize run at each size (e.g. to scroll to the end)
     */
    public static List<String> atEverySize(FxRobot robot, Stage stage, String screen, Runnable afterResize) {
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (Appearance appearance : Appearance.values()) {
            robot.interact(() -> Theme.apply(stage.getScene(), appearance));
            String name = screen + (appearance == Appearance.DARK ? "-dark" : "");
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                robot.interact(() -> { }); // one more pulse: cells are laid out after the resize
                robot.interact(afterResize);
                robot.interact(() -> { });
                String where = name + " at " + (int) size[0] + "x" + (int) size[1];
                robot.interact(() -> cutShort(stage.getScene().getRoot())
                        .forEach(cut -> problems.add(where + ": " + cut)));
                robot.interact(() -> {
                    Node back = stage.getScene().lookup("#back");
                    if (back.localToScene(back.getBoundsInLocal()).getMaxY() > stage.getScene().getHeight()) {
                        problems.add(where + ": the page pushes the Back/Next buttons out of the window");
                    }
                });
                String dir = System.getProperty("athena-wizard.screenshots");
                if (dir != null) {
                    robot.interact(() -> snapshot(stage.getScene(),
                            Path.of(dir).resolve(name + "-" + (int) size[0] + "x" + (int) size[1] + ".png")));
                }
            }
        }
        robot.interact(() -> {
            Theme.apply(stage.getScene(), Appearance.LIGHT);
            stage.setWidth(SIZES[0][0]);
            stage.setHeight(SIZES[0][1]);
        });
        return problems;
    }
}

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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

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
}

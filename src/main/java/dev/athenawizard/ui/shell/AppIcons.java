package dev.athenawizard.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The program's icon in the sizes window managers pick from (title bar, task switcher, dock), rendered from
 * {@code assets/icon/athena-wizard.svg} by {@code packaging/icon/render.sh}.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Decodes the icons (a few milliseconds; any thread, so the FX thread need not wait for it). */
    public static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            var url = AppIcons.class.getResource("/dev/athenawizard/ui/icon/athena-wizard-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return List.copyOf(icons);
    }

    /** The largest of {@code icons}, for the About box; null when there is none. */
    static Image largest(List<Image> icons) {
        return icons.stream().max(java.util.Comparator.comparingDouble(Image::getWidth)).orElse(null);
    }
}

package dev.athenawizard.ui.theme;

import dev.athenawizard.core.settings.Appearance;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Light or dark for a scene. The light theme is {@code theme.css}, which every scene of the wizard carries; the dark
 * variant is {@code theme-dark.css} on top of it, which only redefines colours, so switching never changes a size and
 * a screen that reads whole in one reads whole in the other.
 */
public final class Theme {
    /** The dark variant's stylesheet; it goes after every other one. */
    public static final String DARK_STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/dev/athenawizard/ui/theme-dark.css"), "theme-dark.css").toExternalForm();

    private Theme() {
    }

    /** Shows {@code scene} in {@code appearance}. Popups (menus, completion, tooltips) follow their owner's scene. */
    public static void apply(Scene scene, Appearance appearance) {
        scene.getStylesheets().remove(DARK_STYLESHEET);
        if (appearance == Appearance.DARK) {
            scene.getStylesheets().add(DARK_STYLESHEET);
        }
    }

    public static Appearance of(Scene scene) {
        return scene.getStylesheets().contains(DARK_STYLESHEET) ? Appearance.DARK : Appearance.LIGHT;
    }

    /**
     * Gives a dialog owned by {@code owner} the owner's stylesheets (the theme and its variant), and keeps them in step
     * while the dialog is open, so a theme switch repaints an open About box too.
     */
    public static void dress(Dialog<?> dialog, Window owner) {
        if (owner == null || owner.getScene() == null || dialog.getDialogPane().getScene() == null) {
            return;
        }
        Bindings.bindContent(dialog.getDialogPane().getScene().getStylesheets(), owner.getScene().getStylesheets());
    }
}

package dev.athenawizard.ui.shell;

import dev.athenawizard.core.settings.Appearance;
import dev.athenawizard.core.settings.ThemeChoice;
import dev.athenawizard.ui.theme.Icons;
import dev.athenawizard.ui.theme.ThemeSwitch;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View → Theme: Light, Dark, or follow the system (saying what the system is set to, or that it cannot tell). */
final class ViewMenu {
    private ViewMenu() {
    }

    static Menu of(ThemeSwitch themes) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = item("_Light", "theme-light", Icons.SUN, ThemeChoice.LIGHT, themes, group);
        RadioMenuItem dark = item("_Dark", "theme-dark", Icons.MOON, ThemeChoice.DARK, themes, group);
        RadioMenuItem system = item("", "theme-system", Icons.MONITOR, ThemeChoice.SYSTEM, themes, group);
        system.textProperty().bind(Bindings.createStringBinding(
                () -> systemText(themes.systemReadingProperty().get()), themes.systemReadingProperty()));
        Menu theme = new Menu("_Theme", null, light, dark, system);
        theme.setId("menu-theme");
        Menu view = new Menu("_View", null, theme);
        view.setId("menu-view");
        return view;
    }

    static String systemText(Optional<Appearance> reading) {
        if (reading == null) {
            return "Follow the _system";
        }
        return reading.map(a -> "Follow the _system (now " + a.name().toLowerCase(java.util.Locale.ROOT) + ")")
                .orElse("Follow the _system (it does not say here: light)");
    }

    private static RadioMenuItem item(String text, String id, Icons icon, ThemeChoice choice, ThemeSwitch themes,
            ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text, icon.node());
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(themes.choiceProperty().get() == choice);
        item.setOnAction(e -> themes.choiceProperty().set(choice));
        themes.choiceProperty().addListener((o, was, now) -> item.setSelected(now == choice));
        return item;
    }
}

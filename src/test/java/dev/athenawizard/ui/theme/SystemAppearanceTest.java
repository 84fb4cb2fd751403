package dev.athenawizard.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.settings.Appearance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the system's light or dark setting from what each system's own tools print. */
class SystemAppearanceTest {
    private final List<String> asked = new ArrayList<>();

    private SystemAppearance.Commands answering(Map<String, String> outputs) {
        return command -> {
            String key = String.join(" ", command);
            asked.add(key);
            return Optional.ofNullable(outputs.get(key));
        };
    }

    @Test
    void gnomePreferringDarkIsDark() {
        SystemAppearance linux = new SystemAppearance("Linux", Map.of(), answering(Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n")));

        assertThat(linux.detect()).contains(Appearance.DARK);
    }

    @Test
    void anOlderGnomeSaysItWithTheNameOfItsGtkTheme() {
        SystemAppearance linux = new SystemAppearance("Linux", Map.of(), answering(Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n")));
        assertThat(linux.detect()).contains(Appearance.DARK);

        SystemAppearance light = new SystemAppearance("Linux", Map.of(), answering(Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita'\n")));
        assertThat(light.detect()).contains(Appearance.LIGHT);
    }

    @Test
    void gtkThemeInTheEnvironmentWinsWithoutAskingAnything() {
        SystemAppearance linux = new SystemAppearance("Linux", Map.of("GTK_THEME", "Adwaita:dark"),
                answering(Map.of()));

        assertThat(linux.detect()).contains(Appearance.DARK);
        assertThat(asked).isEmpty();
    }

    @Test
    void aLinuxWithoutGsettingsDoesNotSay() {
        SystemAppearance linux = new SystemAppearance("Linux", Map.of(), answering(Map.of()));

        assertThat(linux.detect()).isEmpty();
    }

    @Test
    void macOsIsDarkOnlyWhenItsGlobalStyleSaysDark() {
        assertThat(new SystemAppearance("Mac OS X", Map.of(), answering(Map.of(
                "defaults read -g AppleInterfaceStyle", "Dark\n"))).detect()).contains(Appearance.DARK);
        assertThat(new SystemAppearance("Mac OS X", Map.of(), answering(Map.of())).detect())
                .as("the key is absent in light mode").contains(Appearance.LIGHT);
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String key = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize "
                + "/v AppsUseLightTheme";
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        assertThat(new SystemAppearance("Windows 11", Map.of(), answering(Map.of(key, dark))).detect())
                .contains(Appearance.DARK);
        assertThat(new SystemAppearance("Windows 11", Map.of(), answering(Map.of(key, dark.replace("0x0", "0x1"))))
                .detect()).contains(Appearance.LIGHT);
        assertThat(new SystemAppearance("Windows 10", Map.of(), answering(Map.of())).detect()).isEmpty();
    }
}

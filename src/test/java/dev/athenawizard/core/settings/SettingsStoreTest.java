package dev.athenawizard.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: what is saved comes back, and nothing in it can keep the program from starting. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedComesBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.properties"));
        Settings saved = Settings.DEFAULT.withTheme(ThemeChoice.DARK).withSystemAppearance(Appearance.LIGHT)
                .withWindow(new WindowBounds(-1280, 24.5, 1000, 700, true));

        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
        assertThat(store.load().appearance()).isEqualTo(Appearance.DARK);
    }

    @Test
    void withoutAFileTheWindowFollowsTheSystemAtItsDefaultSize() {
        Settings loaded = new SettingsStore(dir.resolve("none.properties")).load();

        assertThat(loaded).isEqualTo(Settings.DEFAULT);
        assertThat(loaded.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(loaded.window()).isEmpty();
        assertThat(loaded.appearance()).as("the system not read yet: light").isEqualTo(Appearance.LIGHT);
    }

    @Test
    void aDamagedValueFallsBackAloneAndTheRestIsKept() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.properties"), """
                theme=purple
                system.appearance=DARK
                window.x=10
                window.y=NaN
                window.width=1000
                window.height=700
                """);

        Settings loaded = new SettingsStore(file).load();

        assertThat(loaded.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(loaded.systemAppearance()).contains(Appearance.DARK);
        assertThat(loaded.window()).as("bounds with a coordinate that is not a number").isEmpty();
        assertThat(loaded.appearance()).isEqualTo(Appearance.DARK);
    }

    @Test
    void aFileThatCannotBeReadGivesTheDefaults() throws Exception {
        Path notAFile = Files.createDirectories(dir.resolve("settings.properties"));
        assertThat(new SettingsStore(notAFile).load()).isEqualTo(Settings.DEFAULT);

        Path garbage = Files.write(dir.resolve("garbage.properties"), new byte[] {0, (byte) 0xff, '\\', 'u', 'z'});
        assertThat(new SettingsStore(garbage).load()).isEqualTo(Settings.DEFAULT);
    }

    @Test
    void aWindowOfNoSizeIsNotKept() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.properties"),
                "window.x=0\nwindow.y=0\nwindow.width=0\nwindow.height=700\n");
        assertThat(new SettingsStore(file).load().window()).isEqualTo(Optional.empty());
    }
}

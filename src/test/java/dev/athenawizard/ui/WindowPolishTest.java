package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.Version;
import dev.athenawizard.core.settings.Appearance;
import dev.athenawizard.core.settings.ThemeChoice;
import dev.athenawizard.ui.shell.HelpMenu;
import dev.athenawizard.ui.theme.SystemAppearance;
import dev.athenawizard.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the application dresses it, headless: Help lists every shortcut and shows the version, opens the two
 * documents, the theme and the window's size and place survive a restart.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPolishTest {
    /** A system that does not say whether it is dark (as on a machine without GNOME's settings). */
    private static final SystemAppearance SILENT = new SystemAppearance("Linux", Map.of(), c -> Optional.empty());
    private static ScreenReading.CssWarnings css;

    private Stage stage;
    private Path home;
    private WizardUnderTest wizard;
    private final List<WizardUnderTest> restarted = new ArrayList<>();

    @BeforeAll
    static void watchCss() {
        css = new ScreenReading.CssWarnings();
    }

    @AfterAll
    static void stopWatching() {
        css.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        home = WizardUnderTest.newHome("polish");
        wizard = WizardUnderTest.openDressed(stage, home, SILENT);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        wizard.close();
        restarted.forEach(WizardUnderTest::close);
    }

    @Test
    void f1ListsEveryShortcutTheMenusDefineAndTheWizardsOwnKeys(FxRobot robot) throws Exception {
        robot.push(KeyCode.F1);
        Parent dialog = dialog(robot, "#shortcuts-dialog");
        List<String> shown = texts(dialog);

        List<MenuItem> withKeys = items(wizard.window.menuBar().getMenus()).stream()
                .filter(i -> i.getAccelerator() != null).toList();
        assertThat(withKeys).extracting(MenuItem::getId)
                .contains("menu-new", "menu-open", "menu-save", "menu-save-as", "menu-quit", "help-shortcuts");
        for (MenuItem item : withKeys) {
            assertThat(shown).as("the shortcut of " + item.getId())
                    .contains(item.getAccelerator().getDisplayText());
            assertThat(shown).anySatisfy(t -> assertThat(t).endsWith(item.getText().replace("_", "")));
        }
        assertThat(shown).contains("Alt+F", "Alt+V", "Alt+H", "Alt+→  /  Alt+←", "Escape", "Ctrl+Enter",
                "Ctrl+Space", "Ctrl+/", "Ctrl+Shift+F", "Ctrl+Shift+C");
        assertThat(shown).contains("Run the query now", "Cancel the check that runs before the next step");
        readable(robot, dialog);
    }

    @Test
    void aboutShowsTheVersionJavaJavaFxAndWhereTheFilesAre(FxRobot robot) throws Exception {
        fire(robot, "help-about");
        Parent dialog = dialog(robot, "#about-dialog");
        List<String> shown = texts(dialog);
        AppDirs dirs = AppDirs.under(home);

        assertThat(shown).contains(Version.PRODUCT + " " + Version.number(), Version.number(),
                dirs.drafts().toString(), dirs.logs().resolve("athena-wizard.log").toString());
        assertThat(shown).anySatisfy(t -> assertThat(t).startsWith(System.getProperty("java.version")));
        assertThat(shown).contains(System.getProperty("javafx.runtime.version"));
        readable(robot, dialog);
    }

    @Test
    void helpOpensTheAporiaGuideAndTheAwsPolicyPage(FxRobot robot) {
        fire(robot, "help-aporia-guide");
        fire(robot, "help-aws-policies");

        assertThat(wizard.opened).containsExactly("https://docs.aporia.com/v1/data-sources/athena",
                "https://docs.aws.amazon.com/athena/latest/ug/workgroups-iam-policy.html");
        assertThat(wizard.opened).containsExactly(HelpMenu.APORIA_GUIDE, HelpMenu.AWS_WORKGROUP_POLICIES);
    }

    @Test
    void theDarkThemeIsKeptAcrossARestart(FxRobot robot) throws Exception {
        assertThat(Theme.of(stage.getScene())).isEqualTo(Appearance.LIGHT);

        fire(robot, "theme-dark");

        assertThat(Theme.of(stage.getScene())).isEqualTo(Appearance.DARK);
        assertThat(wizard.settings.load().theme()).isEqualTo(ThemeChoice.DARK);
        Stage again = restart(robot);
        assertThat(Theme.of(again.getScene())).as("the window opens dark").isEqualTo(Appearance.DARK);
        assertThat(radio(restarted.get(0), "theme-dark").isSelected()).isTrue();

        fire(robot, restarted.get(0), "theme-light");
        assertThat(Theme.of(again.getScene())).isEqualTo(Appearance.LIGHT);
        assertThat(Files.readString(AppDirs.under(home).settings())).contains("theme=light");
        assertThat(css.seen()).as("CSS warnings").isEmpty();
    }

    @Test
    void followingADarkSystemShowsDarkAndSaysWhy(FxRobot robot) throws Exception {
        SystemAppearance darkGnome = new SystemAppearance("Linux", Map.of(), command ->
                command.contains("color-scheme") ? Optional.of("'prefer-dark'") : Optional.empty());
        Path other = WizardUnderTest.newHome("follow");
        WizardUnderTest[] opened = new WizardUnderTest[1];
        Stage[] stages = new Stage[1];
        robot.interact(() -> {
            stages[0] = new Stage();
            opened[0] = WizardUnderTest.openDressed(stages[0], other, darkGnome);
        });
        restarted.add(opened[0]);

        waitFor(10, TimeUnit.SECONDS, () -> Theme.of(stages[0].getScene()) == Appearance.DARK);
        assertThat(opened[0].themes.choiceProperty().get()).as("a first start follows the system")
                .isEqualTo(ThemeChoice.SYSTEM);
        assertThat(radio(opened[0], "theme-system").getText()).isEqualTo("Follow the _system (now dark)");
        assertThat(opened[0].settings.load().systemAppearance()).as("known at the next start")
                .contains(Appearance.DARK);
        assertThat(radio(wizard, "theme-system").getText()).as("a system that does not say")
                .isEqualTo("Follow the _system (it does not say here: light)");
    }

    @Test
    void theWindowReopensWhereItWasAndAsBig(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(40);
            stage.setWidth(1010);
            stage.setHeight(690);
        });

        Stage again = restart(robot);

        assertThat(new double[] {again.getX(), again.getY(), again.getWidth(), again.getHeight()})
                .containsExactly(60, 40, 1010, 690);
        assertThat(again.getMinWidth()).isEqualTo(900);
        assertThat(again.getMinHeight()).isEqualTo(600);
        assertThat(again.getIcons()).extracting(i -> (int) i.getWidth()).contains(16, 32, 48, 256);
    }

    /** Closes the window (as a user does: its bounds are kept then) and opens the program again on the same home. */
    private Stage restart(FxRobot robot) throws Exception {
        robot.interact(stage::hide);
        wizard.close();
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            restarted.add(WizardUnderTest.openDressed(again[0], home, SILENT));
        });
        robot.interact(() -> { });
        return again[0];
    }

    private void fire(FxRobot robot, String id) {
        fire(robot, wizard, id);
    }

    private static void fire(FxRobot robot, WizardUnderTest on, String id) {
        MenuItem item = items(on.window.menuBar().getMenus()).stream().filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
    }

    private static javafx.scene.control.RadioMenuItem radio(WizardUnderTest on, String id) {
        return (javafx.scene.control.RadioMenuItem) items(on.window.menuBar().getMenus()).stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> items(List<? extends MenuItem> menus) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menus) {
            all.add(item);
            if (item instanceof Menu menu) {
                all.addAll(items(menu.getItems()));
            }
        }
        return all;
    }

    private static Parent dialog(FxRobot robot, String query) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).queryAs(Parent.class);
    }

    private static List<String> texts(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> into) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            into.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** In both themes: every label whole, and no stylesheet warning. */
    private void readable(FxRobot robot, Parent dialog) {
        Scene scene = dialog.getScene();
        for (Appearance appearance : Appearance.values()) {
            robot.interact(() -> Theme.apply(stage.getScene(), appearance));
            robot.interact(() -> { });
            assertThat(Theme.of(scene)).as("the dialog follows the window's theme").isEqualTo(appearance);
            List<String> cut = new ArrayList<>();
            robot.interact(() -> cut.addAll(ScreenReading.cutShort(scene.getRoot())));
            assertThat(cut).as("cut short in " + appearance).isEmpty();
        }
        assertThat(css.seen()).as("CSS warnings").isEmpty();
        assertThat(Stream.of(dialog.lookupAll(".label").toArray()).filter(Label.class::isInstance)).isNotEmpty();
    }
}

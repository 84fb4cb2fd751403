package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.settings.Appearance;
import dev.athenawizard.ui.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Walks the screens a new user meets (both steps in sandbox and access-key modes, the create-workgroup form, a failing
 * self-test) at the window's default size and at the smallest it allows, in the light theme and the dark one: no
 * text may be cut to "…", and the stylesheets must apply without a single warning.
 *
 * <p>With {@code -Dathena-wizard.screenshots=DIR} it also saves each screen as a PNG there (run it on a display,
 * {@code -Dgui}, for the pictures the README shows).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAreReadableTest {
    static final String WIZARD_KEY = "AKIAWIZARDUSER000002";
    static final String APORIA_KEY = "AKIAAPORIAUSER000002";
    static final double[][] SIZES = {{1180, 780}, {900, 600}};
    private static SandboxFixture aws;
    private static ScreenReading.CssWarnings css;

    private WizardUnderTest wizard;
    private Stage stage;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void startSandbox() {
        css = new ScreenReading.CssWarnings();
        aws = SandboxFixture.start(o -> o.deny(APORIA_KEY, "glue:GetTables"));
        aws.athena().createWorkGroup(b -> b.name("lost-results").configuration(c -> c
                .resultConfiguration(r -> r.outputLocation("s3://athena-wizard-no-such-bucket/results/"))));
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
        css.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard = WizardUnderTest.open(stage, "readable");
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    @Test
    void every_screen_reads_whole_at_the_default_and_the_smallest_size(FxRobot robot) throws Exception {
        FxInput.click(robot, "#choice-sandbox");
        FxInput.click(robot, "#verify");
        waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#identity").tryQuery().isPresent());
        look(robot, "connection-sandbox");
        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> !policyText(robot).isEmpty());
        look(robot, "workgroup-sandbox");
        robot.clickOn("#back");

        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), WIZARD_KEY, "wizard-secret", "");
        ConnectThroughUi.aporiaKey(robot, APORIA_KEY, "aporia-secret");
        FxInput.click(robot, "#verify");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#identity").tryQuery().isPresent());
        look(robot, "connection-access-key");

        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> !policyText(robot).isEmpty());
        look(robot, "workgroup-step");

        robot.clickOn("#show-create");
        look(robot, "workgroup-create");
        robot.clickOn("#close-create");

        waitFor(10, TimeUnit.SECONDS, () -> row(robot, "lost-results") != null);
        robot.clickOn(row(robot, "lost-results"));
        waitFor(15, TimeUnit.SECONDS, () -> policyText(robot).contains("workgroup/lost-results"));
        robot.clickOn("#self-test-tab .tab-label");
        robot.clickOn("#run-self-test");
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#self-test-summary").tryQuery()
                .filter(Node::isVisible).isPresent());
        assertThat(robot.lookup("#self-test-summary").queryAs(Label.class).getText())
                .contains("The results bucket athena-wizard-no-such-bucket does not exist");
        look(robot, "workgroup-self-test-failed");

        assertThat(problems).isEmpty();
        assertThat(css.seen()).as("CSS warnings").isEmpty();
    }

    /**
     * Checks the screen in each theme at each size (and saves it when asked: the dark ones as NAME-dark-WxH.png), then
     * goes back to the light theme and the default size. The dark variant only redefines colours, but it is checked
     * as a user sees it: every label whole, and no stylesheet warning (a lookup it drops would be one).
     */
    private void look(FxRobot robot, String screen) {
        for (Appearance appearance : Appearance.values()) {
            robot.interact(() -> Theme.apply(stage.getScene(), appearance));
            String name = screen + (appearance == Appearance.DARK ? "-dark" : "");
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                robot.interact(() -> { }); // one more pulse: cells are laid out after the resize
                String where = name + " at " + (int) size[0] + "x" + (int) size[1];
                robot.interact(() -> ScreenReading.cutShort(stage.getScene().getRoot())
                        .forEach(cut -> problems.add(where + ": " + cut)));
                String dir = System.getProperty("athena-wizard.screenshots");
                if (dir != null) {
                    robot.interact(() -> ScreenReading.snapshot(stage.getScene(),
                            Path.of(dir).resolve(name + "-" + (int) size[0] + "x" + (int) size[1] + ".png")));
                }
            }
        }
        robot.interact(() -> {
            Theme.apply(stage.getScene(), Appearance.LIGHT);
            stage.setWidth(SIZES[0][0]);
            stage.setHeight(SIZES[0][1]);
        });
    }

    private static Node row(FxRobot robot, String name) {
        return robot.lookup("#workgroups .table-row-cell").<Node>queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() != null
                        && ((TableRow<?>) n).getItem().toString().contains("name=" + name + ","))
                .findFirst().orElse(null);
    }

    private static String policyText(FxRobot robot) {
        return robot.lookup("#policy").queryAs(javafx.scene.control.TextArea.class).getText();
    }
}

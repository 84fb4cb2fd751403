package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.ui.steps.mapping.DemoPreviews;
import dev.athenawizard.ui.steps.mapping.MappingWindow;
import java.nio.file.Files;
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
 * self-test, the Query step's preview, Aporia's access, a syntax error and a write waiting for Run, the Mapping and
 * Register steps) at the window's default size and at the smallest it allows, in the light theme and the dark one: no
 * text may be cut to "…", the Back/Next buttons stay in the window, and the stylesheets must apply without a single
 * warning.
 *
 * <p>With {@code -Dathena-wizard.screenshots=DIR} it also saves each screen as a PNG there (run it on a display,
 * {@code -Dgui}, for the pictures the README shows).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAreReadableTest {
    static final String WIZARD_KEY = "AKIAWIZARDUSER000002";
    static final String APORIA_KEY = "AKIAAPORIAUSER000002";
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

        robot.clickOn(row(robot, "aporia"));
        waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(javafx.scene.control.Button.class)
                .isDisabled());
        robot.clickOn("#next");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sql-code-area").tryQuery().isPresent());
        query(robot, "SELECT prediction_id, prediction_timestamp, raw_text, amount, owner, is_new, embeddings,\n"
                + "       will_buy_insurance, proba, did_buy_insurance\nFROM model_predictions\n"
                + "ORDER BY prediction_timestamp DESC");
        waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#result-status").startsWith("✓"));
        look(robot, "query-preview");
        robot.clickOn("#access-tab .tab-label");
        robot.clickOn("#check-access");
        waitFor(60, TimeUnit.SECONDS, () -> !label(robot, "#access-verdict").isEmpty());
        look(robot, "query-aporia-access");
        robot.clickOn("#preview-tab .tab-label");
        query(robot, "SELECT amount,\nFROM model_predictions");
        waitFor(30, TimeUnit.SECONDS, () -> !label(robot, "#query-problem").isEmpty());
        look(robot, "query-syntax-error");
        query(robot, "DELETE FROM model_predictions WHERE amount < 0");
        waitFor(30, TimeUnit.SECONDS, () -> !label(robot, "#query-needs-run").isEmpty());
        look(robot, "query-write-waits");

        assertThat(problems).isEmpty();
        assertThat(css.seen()).as("CSS warnings").isEmpty();
    }

    @Test
    void the_register_step_reads_whole_before_and_after_registering(FxRobot robot) throws Exception {
        try (RegisterStepHarness register = RegisterStepHarness.open(stage, "readable-register",
                RegisterStepHarness.sandbox(aws.server.endpoint()), DemoProject.inSandbox(), robot)) {
            look(robot, "register-model-empty");
            // Typed by the test, not the robot: on a real display a click may land before the window's resize does.
            fill(robot, "#model-id", "insurance-upsell");
            fill(robot, "#model-name", "Insurance upsell");
            fill(robot, "#model-tags", "team=growth\nstage=production");
            look(robot, "register-step");
            robot.clickOn("#datasource-tab .tab-label");
            look(robot, "register-data-source");
            robot.clickOn("#datasets-tab .tab-label");
            fill(robot, "#training-sql", "SELECT * FROM training_set");
            FxInput.click(robot, "#training-preview");
            waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#training-verdict").tryQuery()
                    .filter(Node::isVisible).isPresent());
            look(robot, "register-datasets");
            robot.clickOn("#register-tab .tab-label");
            look(robot, "register-summary");
            FxInput.click(robot, "#register");
            waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#received-summary").queryAs(Label.class).getText()
                    .isEmpty());
            assertThat(robot.lookup("#register-outcome").queryAs(Label.class).getText()).startsWith("✓ Registered");
            look(robot, "register-registered", () -> robot.lookup(".register-page").queryAll()
                    .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1))); // the end, in sight
            for (String tab : new String[] {"model", "datasource", "datasets"}) {
                robot.clickOn("#" + tab + "-tab .tab-label");
                look(robot, "register-" + tab + "-after-registering");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(css.seen()).as("CSS warnings").isEmpty();
    }

    /**
     * The Mapping step (reached with the steps before it standing in as done, and real previews of the demo table):
     * before any preview, with the suggestions offered, the guide's mapping accepted, a tensor-length problem, and a
     * saved project whose query's columns changed.
     */
    @Test
    void the_mapping_step_reads_whole_at_the_default_and_the_smallest_size(FxRobot robot) throws Exception {
        QueryPreview guide = DemoPreviews.of(aws.athena(), DemoPreviews.GUIDE_QUERY);
        MappingWindow mapping = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> MappingWindow.open(stage)).get();
        try {
            look(robot, "mapping-no-preview");
            robot.interact(() -> mapping.step.previewProperty().set(guide));
            waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#columns").queryListView().getItems().size() == 10);
            robot.clickOn("#suggest");
            waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#accept-all").queryButton().isDisabled());
            look(robot, "mapping-suggestions");

            robot.clickOn("#accept-all");
            waitFor(10, TimeUnit.SECONDS, () -> mapping.step.done().get());
            robot.clickOn("#mapping-tabs .tab:first-child .tab-label");
            robot.interact(() -> robot.lookup("#columns").queryListView().scrollTo(3));
            robot.interact(() -> { // the cards with pictures, and the features with their types
                robot.lookup("#columns").queryListView().scrollTo(3);
                javafx.scene.control.ListView<?> zones = robot.lookup("#zones").queryListView();
                zones.scrollTo(zones.getItems().stream().map(Object::toString).toList().indexOf(
                        "Header[role=FEATURE, title=Features, hint=what the model reads, in this order (drag or "
                                + "Alt+↑/↓) · key 4]"));
            });
            look(robot, "mapping-step");

            Path saved = Files.createTempDirectory(Path.of("target"), "retrained").resolve("insurance"
                    + ProjectStore.EXTENSION);
            new ProjectStore().save(mapping.project(), saved);
            robot.interact(() -> mapping.step.previewProperty().set(
                    DemoPreviews.of(aws.athena(), DemoPreviews.SHORTER_EMBEDDING_QUERY)));
            waitFor(10, TimeUnit.SECONDS, () -> !mapping.step.done().get() && robot.lookup("#checks-summary")
                    .queryAs(Label.class).getText().startsWith("✗"));
            robot.clickOn("#mapping-tabs .tab:first-child .tab-label");
            look(robot, "mapping-tensor-check");

            robot.interact(() -> mapping.step.previewProperty().set(null));
            robot.interact(() -> mapping.window.openFile(saved));
            waitFor(10, TimeUnit.SECONDS, () -> mapping.window.session().fileProperty().get() != null);
            robot.interact(() -> mapping.step.previewProperty().set(DemoPreviews.of(aws.athena(),
                    "SELECT prediction_id, prediction_timestamp, raw_text, amount, is_new, slice(embeddings, 1, 512) "
                            + "AS embeddings, will_buy_insurance, proba, did_buy_insurance, owner = 'alice' AS "
                            + "alice_owns FROM model_predictions ORDER BY prediction_timestamp LIMIT 100")));
            waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#changes-heading").tryQuery().isPresent());
            look(robot, "mapping-retraining");
        } finally {
            mapping.close();
        }
        assertThat(problems).isEmpty();
        assertThat(css.seen()).as("CSS warnings").isEmpty();
    }

    /**
     * Checks the screen in each theme at each size (and saves it when asked: the dark ones as NAME-dark-WxH.png), then
     * goes back to the light theme and the default size. The dark variant only redefines colours, but it is checked
     * as a user sees it: every label whole, and no stylesheet warning (a lookup it drops would be one).
     */
    private void look(FxRobot robot, String screen) {
        look(robot, screen, () -> { });
    }

    /** {@link #look(FxRobot, String)}, with {@code afterResize} run at each size (e.g. to scroll to the end). */
    private void look(FxRobot robot, String screen, Runnable afterResize) {
        problems.addAll(ScreenReading.atEverySize(robot, stage, screen, afterResize));
    }

    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            if (node instanceof dev.athenawizard.ui.controls.sql.SqlEditor editor) {
                editor.setText(text);
            } else {
                ((javafx.scene.control.TextInputControl) node).setText(text);
            }
        });
    }

    private static void query(FxRobot robot, String sql) {
        robot.interact(() -> robot.lookup("#sql-editor").queryAs(dev.athenawizard.ui.controls.sql.SqlEditor.class)
                .setText(sql));
    }

    /** A label's text while it is shown; empty otherwise. */
    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText()).orElse("");
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

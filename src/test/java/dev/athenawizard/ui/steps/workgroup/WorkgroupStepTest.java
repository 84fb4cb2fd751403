package dev.athenawizard.ui.steps.workgroup;

import static dev.athenawizard.ui.steps.workgroup.WorkgroupScreen.findRow;
import static dev.athenawizard.ui.steps.workgroup.WorkgroupScreen.table;
import static dev.athenawizard.ui.steps.workgroup.WorkgroupScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.ui.ConnectThroughUi;
import dev.athenawizard.ui.FxInput;
import dev.athenawizard.ui.WizardUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Workgroup step on screen, reached through the Connection step, against a sandbox where Aporia's key lacks two
 * permissions: the table, the flags, creating a workgroup, the policy, and the self-test naming what is missing.
 */
@ExtendWith(ApplicationExtension.class)
class WorkgroupStepTest {
    static final String WIZARD_KEY = "AKIAWIZARDUSER000001";
    static final String APORIA_KEY = "AKIAAPORIAUSER000001";
    private static SandboxFixture aws;

    private WizardUnderTest wizard;

    @BeforeAll
    static void startSandbox() {
        aws = SandboxFixture.start(o -> o.deny(APORIA_KEY, "s3:PutObject", "glue:GetTables"));
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        wizard = WizardUnderTest.open(stage, "workgroup");
    }

    @BeforeEach
    void connect(FxRobot robot) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), WIZARD_KEY, "wizard-secret", "");
        ConnectThroughUi.aporiaKey(robot, APORIA_KEY, "aporia-secret");
        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workgroups").tryQuery().isPresent()
                && table(robot).getItems().size() >= 2);
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    @Test
    void workgroups_are_listed_with_the_recommended_one_picked_and_one_without_results_flagged(FxRobot robot)
            throws Exception {
        assertThat(table(robot).getItems()).extracting(WorkgroupRow::name).contains("aporia", "primary");
        waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#workgroup-summary").isEmpty());
        assertThat(text(robot, "#workgroup-summary")).startsWith("✓ aporia (recommended)")
                .contains("s3://athena-wizard-sandbox-results/aporia/", "Athena engine version 3");
        assertThat(nextButton(robot).isDisabled()).isFalse();

        waitFor(10, TimeUnit.SECONDS, () -> findRow(robot, "primary").isPresent());
        robot.clickOn(row(robot, "primary"));

        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#workgroup-blocker")
                .contains("primary has no query result location"));
        assertThat(nextButton(robot).isDisabled()).isTrue();
    }

    @Test
    void search_narrows_the_table(FxRobot robot) {
        FxInput.type(robot, "#workgroup-search", "prim");
        assertThat(table(robot).getItems()).extracting(WorkgroupRow::name).containsExactly("primary");
    }

    @Test
    void a_workgroup_created_for_aporia_is_listed_picked_and_in_the_policy(FxRobot robot) throws Exception {
        robot.clickOn("#show-create");
        robot.interact(() -> field(robot, "#new-workgroup-name").clear());
        FxInput.type(robot, "#new-workgroup-name", "aporia-monitoring");
        FxInput.type(robot, "#new-workgroup-location", "not-a-bucket");
        robot.clickOn("#create-workgroup");
        assertThat(text(robot, "#create-message")).contains("must be an S3 folder like s3://my-bucket/results/");

        robot.interact(() -> field(robot, "#new-workgroup-location").clear());
        FxInput.paste(robot, "#new-workgroup-location", "s3://athena-wizard-sandbox-results/aporia-monitoring/");
        robot.clickOn("#create-workgroup");

        // the project records the pick a moment before the message is set, on the FX thread: wait for both
        waitFor(15, TimeUnit.SECONDS, () -> wizard.wiring.session().project().workgroup().name()
                .equals("aporia-monitoring") && text(robot, "#create-message").contains("Created aporia-monitoring"));
        assertThat(table(robot).getItems()).extracting(WorkgroupRow::name).contains("aporia-monitoring");
        waitFor(15, TimeUnit.SECONDS, () -> policy(robot).contains("workgroup/aporia-monitoring"));
        assertThat(wizard.wiring.session().project().workgroup().outputLocation())
                .isEqualTo("s3://athena-wizard-sandbox-results/aporia-monitoring/");
    }

    @Test
    void the_create_form_offers_a_name_not_taken_and_can_be_closed(FxRobot robot) {
        robot.clickOn("#show-create");
        assertThat(field(robot, "#new-workgroup-name").getText()).startsWith("aporia-monitoring")
                .isNotIn(table(robot).getItems().stream().map(WorkgroupRow::name).toList());
        assertThat(text(robot, "#new-workgroup-advice")).contains("us-east-1");

        robot.clickOn("#close-create");
        assertThat(robot.lookup("#create-pane").query().isVisible()).isFalse();
    }

    @Test
    void a_results_bucket_that_does_not_exist_fails_the_self_test_in_red_and_results_belong_to_their_workgroup(
            FxRobot robot) throws Exception {
        waitFor(15, TimeUnit.SECONDS, () -> !policy(robot).isEmpty());
        robot.clickOn("#self-test-tab .tab-label");
        robot.clickOn("#run-self-test");
        waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#self-test-summary").isEmpty());
        assertThat(checklist(robot)).isNotEmpty();

        robot.clickOn("#show-create");
        robot.interact(() -> field(robot, "#new-workgroup-name").setText("lost-results"));
        FxInput.paste(robot, "#new-workgroup-location", "s3://athena-wizard-no-such-bucket/aporia/");
        robot.clickOn("#create-workgroup");
        waitFor(15, TimeUnit.SECONDS, () -> wizard.wiring.session().project().workgroup().name()
                .equals("lost-results"));

        assertThat(checklist(robot)).as("the self-test ran for another workgroup").isEmpty();
        assertThat(text(robot, "#self-test-summary")).isEmpty();
        assertThat(text(robot, "#self-test-outdated")).contains("changed since the last self-test");

        waitFor(15, TimeUnit.SECONDS, () -> policy(robot).contains("workgroup/lost-results"));
        robot.clickOn("#run-self-test");
        waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#self-test-summary").isEmpty());
        Label summary = robot.lookup("#self-test-summary").queryAs(Label.class);
        assertThat(summary.getText()).startsWith("✗ The test query failed")
                .contains("The results bucket athena-wizard-no-such-bucket does not exist");
        assertThat(summary.getStyleClass()).contains("error");
    }

    @Test
    void without_a_database_ticked_next_waits_and_says_why(FxRobot robot) throws Exception {
        waitFor(15, TimeUnit.SECONDS, () -> !policy(robot).isEmpty());
        waitFor(10, TimeUnit.SECONDS, () -> !nextButton(robot).isDisabled());
        Node box = robot.lookup("#databases .list-cell").<Node>queryAll().stream()
                .filter(c -> "aporia_demo".equals(((javafx.scene.control.ListCell<?>) c).getItem()))
                .findFirst().orElseThrow().lookup(".check-box");
        robot.clickOn(box);

        waitFor(10, TimeUnit.SECONDS, () -> nextButton(robot).isDisabled());
        assertThat(text(robot, "#databases-needed")).contains("Tick the databases Aporia may read");
        assertThat(text(robot, "#policy-missing")).contains("No databases chosen");
    }

    @Test
    void save_writes_the_policy_where_the_user_chose(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(15, TimeUnit.SECONDS, () -> !policy(robot).isEmpty());
        Path file = dir.resolve("aporia-policy.json");
        wizard.dialogs.filesToSave.add(file);

        robot.clickOn("#save-policy");

        waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && text(robot, "#policy-message").startsWith("Saved"));
        assertThat(Files.readString(file)).isEqualToIgnoringNewLines(policy(robot));
        robot.clickOn("#copy-policy");
        assertThat(wizard.dialogs.clipboard).containsExactly(policy(robot));
    }

    @Test
    void the_policy_names_the_real_account_workgroup_database_and_buckets(FxRobot robot) throws Exception {
        waitFor(15, TimeUnit.SECONDS, () -> !policy(robot).isEmpty());
        String policy = policy(robot);

        assertThat(policy).contains("arn:aws:athena:us-east-1:123456789012:workgroup/aporia",
                "arn:aws:glue:us-east-1:123456789012:table/aporia_demo/*",
                "arn:aws:s3:::athena-wizard-sandbox-results/aporia/*",
                "arn:aws:s3:::athena-wizard-sandbox-data");
        assertThat(policy).doesNotContain("<", ">");
        assertThat(wizard.wiring.session().project().access().databases()).containsExactly("aporia_demo");
    }

    @Test
    void the_self_test_runs_as_aporias_key_and_names_each_missing_permission(FxRobot robot) throws Exception {
        waitFor(15, TimeUnit.SECONDS, () -> !policy(robot).isEmpty());
        robot.clickOn("#self-test-tab .tab-label");
        assertThat(text(robot, "#self-test-identity")).contains("as the key Aporia will use");
        robot.clickOn("#run-self-test");

        waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#self-test-summary").isEmpty());
        List<PermissionCheck> checks = List.copyOf(robot.lookup("#checklist").<PermissionCheck>queryListView()
                .getItems());
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.MISSING).extracting(PermissionCheck::action)
                .containsExactlyInAnyOrder("s3:PutObject", "glue:GetTables");
        PermissionCheck putObject = checks.stream().filter(c -> c.action().equals("s3:PutObject")).findFirst()
                .orElseThrow();
        assertThat(putObject.resource()).startsWith("arn:aws:s3:::athena-wizard-sandbox-results/aporia/");
        assertThat(putObject.statement()).isPresent();
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.GRANTED).isNotEmpty();
        assertThat(text(robot, "#self-test-summary")).contains("2 permissions are missing");
        assertThat(robot.lookup("#self-test-summary").queryAs(Label.class).getStyleClass()).contains("error");
        robot.interact(() -> robot.lookup("#checklist").<PermissionCheck>queryListView().scrollTo(putObject));
        assertThat(robot.lookup("#checklist .list-cell").<Node>queryAll())
                .anySatisfy(cell -> assertThat(cell.getAccessibleText()).startsWith("MISSING s3:PutObject"));
    }

    @Test
    void next_rereads_the_workgroup_and_goes_on(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> !nextButton(robot).isDisabled());
        robot.clickOn("#next");
        waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#step-title").equals("Query"));
        assertThat(wizard.wiring.session().project().workgroup().name()).isEqualTo("aporia");
        assertThat(wizard.wiring.session().project().workgroup().engineVersion()).contains("3");
    }

    private static List<PermissionCheck> checklist(FxRobot robot) {
        return List.copyOf(robot.lookup("#checklist").<PermissionCheck>queryListView().getItems());
    }

    private static Node row(FxRobot robot, String name) {
        return findRow(robot, name).orElseThrow();
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static Button nextButton(FxRobot robot) {
        return robot.lookup("#next").queryAs(Button.class);
    }

    private static String policy(FxRobot robot) {
        return robot.lookup("#policy").queryAs(TextArea.class).getText();
    }
}

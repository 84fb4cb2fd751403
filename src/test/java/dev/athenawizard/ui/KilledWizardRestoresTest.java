package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.mapping.GuideExample;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.Draft;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.ui.CrashingWizard.KilledOn;
import dev.athenawizard.ui.shell.ShellDialogs.RestoreChoice;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard killed without warning on the Query, Mapping and Register steps ({@link CrashingWizard}, each in its own
 * JVM, halted once its draft held the edit), then started again on the same home: the restore is offered, and the
 * restored project is the one the killed program had — the SQL typed, the mapping accepted, the model named.
 */
@ExtendWith(ApplicationExtension.class)
class KilledWizardRestoresTest {
    /** The system properties that make a JVM run JavaFX as this one does (headless on Monocle, or on a display). */
    private static final List<String> FX_PROPERTIES = List.of("java.awt.headless", "testfx.headless", "testfx.robot",
            "prism.order", "glass.platform", "monocle.platform", "athena-wizard.home");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<KilledOn, Killed> KILLED = new EnumMap<>(KilledOn.class);

    private Stage stage;
    private WizardUnderTest wizard;

    /** A killed run: its home folder and its process, with what it printed. */
    private record Killed(Path home, Process process, Path output) {
        void awaitKill() throws Exception {
            assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("the run ended").isTrue();
            String printed = Files.readString(output);
            assertThat(printed).as("what the run printed").contains("DRAFTED, HALTING");
            assertThat(process.exitValue()).as(printed).isEqualTo(CrashingWizard.KILLED);
        }
    }

    /** The three runs go side by side: each waits mostly on its own sandbox and on pauses in typing. */
    @BeforeAll
    static void killThreeRuns() throws Exception {
        for (KilledOn step : KilledOn.values()) {
            Path home = WizardUnderTest.newHome("killed-on-" + step.name().toLowerCase());
            // The sandbox's demo data as an earlier run left it: three runs need not generate it at once.
            Files.createDirectories(AppDirs.under(home).sandboxData().getParent());
            Files.move(SandboxFixture.freshDataDir(), AppDirs.under(home).sandboxData());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                    "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString(),
                    // a short run: the quick compiler alone halves the CPU it spends, and three share two cores
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            for (String property : FX_PROPERTIES) {
                if (System.getProperty(property) != null) {
                    command.add("-D" + property + "=" + System.getProperty(property));
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashingWizard.class.getName(),
                    home.toString(), step.name()));
            Path output = home.resolveSibling(home.getFileName() + ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            KILLED.put(step, new Killed(home, process, output));
        }
    }

    @AfterAll
    static void endRunsLeft() {
        KILLED.values().forEach(run -> run.process().destroyForcibly());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (wizard != null) {
            wizard.close();
        }
    }

    @Test
    void killed_while_editing_the_query_the_next_start_restores_the_sql(FxRobot robot) throws Exception {
        OnboardingProject restored = restart(robot, KilledOn.QUERY);

        assertThat(restored.query().sql()).isEqualTo(CrashingWizard.TYPED_SQL);
    }

    @Test
    void killed_on_the_mapping_step_the_next_start_restores_the_accepted_mapping(FxRobot robot) throws Exception {
        OnboardingProject restored = restart(robot, KilledOn.MAPPING);

        assertThat(restored.query().sql()).isEqualTo(CrashingWizard.TYPED_SQL);
        GuideExample.assertMapping(restored.mapping());
    }

    @Test
    void killed_on_the_register_step_the_next_start_restores_the_model_typed(FxRobot robot) throws Exception {
        OnboardingProject restored = restart(robot, KilledOn.REGISTER);

        assertThat(restored.query().sql()).isEqualTo(CrashingWizard.TYPED_SQL);
        GuideExample.assertMapping(restored.mapping());
        assertThat(restored.model().id()).isEqualTo(CrashingWizard.MODEL_ID);
        assertThat(restored.model().name()).isEqualTo(CrashingWizard.MODEL_NAME);
    }

    /**
     * Waits for the run killed on {@code step}, starts the wizard again on its home, accepts the restore it offers,
     * and checks that the restored project is the whole of what the killed run's draft held.
     */
    private OnboardingProject restart(FxRobot robot, KilledOn step) throws Exception {
        Killed run = KILLED.get(step);
        run.awaitKill();
        AppDirs dirs = AppDirs.under(run.home());
        List<Draft> left = new DraftStore(dirs.drafts()).orphans();
        assertThat(left).as("the killed run left its draft").hasSize(1);
        OnboardingProject lastState = left.get(0).project();

        robot.interact(() -> wizard = WizardUnderTest.openAt(stage, run.home()));
        wizard.dialogs.restoreAnswer = RestoreChoice.RESTORE;
        robot.interact(wizard.window::offerDraftRestore);
        waitFor(10, TimeUnit.SECONDS, () -> wizard.wiring.session().dirtyProperty().get());
        OnboardingProject restored = WaitForAsyncUtils.asyncFx(() -> wizard.wiring.session().project()).get();

        assertThat(wizard.dialogs.questions).as("the restore was offered").hasSize(1).first().asString()
                .startsWith("restore ");
        assertThat(restored).as("nothing lost").isEqualTo(lastState);
        assertThat(restored.connection().mode()).isEqualTo(ConnectionMode.SANDBOX);
        waitFor(10, TimeUnit.SECONDS, () -> Files.notExists(left.get(0).draftFile()));
        // The restored work is drafted again, so a second kill would not lose it either.
        Path ownDraft = dirs.drafts().resolve("draft-" + ProcessHandle.current().pid() + ".json");
        JsonNode expected = JSON.readTree(new ProjectStore().toJson(lastState));
        waitFor(10, TimeUnit.SECONDS, () -> Files.exists(ownDraft)
                && JSON.readTree(Files.readString(ownDraft)).path("project").equals(expected));
        return restored;
    }
}

package dev.athenawizard.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.mapping.GuideExample;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A separate program for {@link KilledWizardRestoresTest}: opens the real wizard on a home folder in sandbox mode, walks
 * to a step and edits there as a user would, waits until the autosaved draft holds that edit, and then stops the JVM
 * without warning ({@code Runtime.halt}: no shutdown hook, no clean close — as {@code kill -9} would).
 *
 * <p>Arguments: the home folder, and the step to be killed on: {@code QUERY}, {@code MAPPING} or {@code REGISTER}.
 */
public final class CrashingWizard {
    /** The exit code of a process killed by SIGKILL, which {@link #main} ends with. */
    public static final int KILLED = 137;
    /** Typed into the Query step: the guide's query under a line only this run writes. */
    public static final String TYPED_SQL = "-- typed just before the crash\n" + GuideExample.QUERY;
    public static final String MODEL_ID = "typed-before-the-crash";
    public static final String MODEL_NAME = "Insurance upsell (typed before the crash)";

    public enum KilledOn { QUERY, MAPPING, REGISTER }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        KilledOn stop = KilledOn.valueOf(args[1]);
        Stage stage = FxToolkit.registerPrimaryStage();
        WizardUnderTest[] opened = new WizardUnderTest[1];
        FxToolkit.setupFixture(() -> opened[0] = WizardUnderTest.openAt(stage, home));
        WizardUnderTest wizard = opened[0];
        FxRobot robot = new FxRobot();

        mark("window open");
        FxInput.click(robot, "#choice-sandbox");
        ConnectThroughUi.next(robot);
        StepsThroughUi.awaitPolicy(robot);
        StepsThroughUi.next(robot, "Query");
        mark("on Query");

        StepsThroughUi.typeQuery(robot, TYPED_SQL);
        if (stop == KilledOn.QUERY) {
            haltOnceDrafted(wizard, p -> p.query().sql().equals(TYPED_SQL));
        }
        StepsThroughUi.awaitPreview(robot);
        StepsThroughUi.next(robot, "Mapping");
        mark("on Mapping");

        StepsThroughUi.acceptSuggestions(robot);
        if (stop == KilledOn.MAPPING) {
            haltOnceDrafted(wizard, p -> p.mapping().predictions().size() == 2);
        }
        StepsThroughUi.next(robot, "Register");
        mark("on Register");

        FxInput.enter(robot, "#model-id", MODEL_ID);
        FxInput.enter(robot, "#model-name", MODEL_NAME);
        haltOnceDrafted(wizard, p -> p.model().name().equals(MODEL_NAME));
    }

    /** Says how far the run got, in its output, for a test that fails on a slow machine. */
    private static void mark(String stage) {
        long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(stage + " " + ms + " ms after the JVM started");
    }

    /**
     * Waits until the project holds the edit and the draft on disk holds all of the project, then halts. The draft is
     * compared with the project itself, so the test after the restart can hold the restored work against it.
     */
    private static void haltOnceDrafted(WizardUnderTest wizard, Predicate<OnboardingProject> edited) throws Exception {
        Path draft = wizard.wiring.dirs().drafts().resolve("draft-" + ProcessHandle.current().pid() + ".json");
        ProjectStore store = new ProjectStore();
        ObjectMapper json = new ObjectMapper();
        waitFor(30, TimeUnit.SECONDS, () -> {
            OnboardingProject now = WaitForAsyncUtils.asyncFx(() -> wizard.wiring.session().project()).get();
            if (!edited.test(now) || !Files.exists(draft)) {
                return false;
            }
            JsonNode written;
            try {
                written = json.readTree(Files.readString(draft)).path("project");
            } catch (java.io.IOException halfWritten) {
                return false;
            }
            return written.equals(json.readTree(store.toJson(now)));
        });
        mark("drafted");
        System.out.println("DRAFTED, HALTING");
        System.out.flush();
        Runtime.getRuntime().halt(KILLED);
    }
}

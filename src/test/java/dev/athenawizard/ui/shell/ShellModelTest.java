package dev.athenawizard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The navigation rules and the step check, driven without a window (the FX toolkit is only there for its thread). */
@ExtendWith(ApplicationExtension.class)
class ShellModelTest {
    private FakeStep one;
    private FakeStep two;
    private FakeStep three;
    private ShellModel shell;
    private int finished;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        one = new FakeStep("One");
        two = new FakeStep("Two");
        three = new FakeStep("Three");
        onFx(() -> {
            shell = new ShellModel(List.of(one, two, three));
            shell.setOnFinish(() -> finished++);
        });
    }

    @Test
    void next_is_enabled_only_when_the_step_is_complete() {
        assertThat(shell.canGoNextProperty().get()).isFalse();
        assertThat(shell.canGoBackProperty().get()).isFalse();

        onFx(() -> one.complete.set(true));
        assertThat(shell.canGoNextProperty().get()).isTrue();

        onFx(shell::next);
        assertThat(shell.currentIndexProperty().get()).isEqualTo(1);
        assertThat(shell.canGoBackProperty().get()).isTrue();
        assertThat(shell.canGoNextProperty().get()).isFalse();
    }

    @Test
    void a_step_is_done_only_once_its_check_proved_it_and_only_then_later_steps_open() {
        onFx(() -> {
            one.done.unbind();
            one.complete.set(true); // the form is filled in, not yet verified
        });
        assertThat(shell.canGoNextProperty().get()).as("Next runs the check").isTrue();
        assertThat(shell.reachable(1)).isFalse();
        assertThat(statuses()).containsExactly(StepStatus.CURRENT, StepStatus.LOCKED, StepStatus.LOCKED);

        onFx(() -> one.done.set(true)); // the check passed for what is on screen
        assertThat(shell.reachable(1)).isTrue();
        onFx(() -> shell.goTo(1));
        assertThat(statuses()).containsExactly(StepStatus.DONE, StepStatus.CURRENT, StepStatus.LOCKED);
    }

    @Test
    void after_a_project_is_opened_the_first_step_needing_attention_shows() {
        onFx(() -> {
            one.complete.set(true);
            two.complete.set(true);
            shell.next();
            shell.next();
        });
        assertThat(shell.currentIndexProperty().get()).isEqualTo(2);

        onFx(() -> {
            two.complete.set(false); // the opened project's second step needs attention
            shell.showFirstStepNeedingAttention();
        });
        assertThat(shell.currentIndexProperty().get()).isEqualTo(1);
        assertThat(two.events).endsWith("entered");
    }

    @Test
    void a_failure_the_step_shows_itself_gets_no_second_banner() {
        onFx(() -> {
            one.complete.set(true);
            one.pendingCheck();
            shell.next();
            one.check.completeExceptionally(new ShownOnStep("Access key AKIA… is not valid."));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.checkErrorProperty().get()).isEmpty();
        assertThat(shell.currentIndexProperty().get()).isZero();
    }

    @Test
    void next_on_an_incomplete_step_does_nothing() {
        onFx(shell::next);
        assertThat(shell.currentIndexProperty().get()).isZero();
        assertThat(one.events).doesNotContain("check");
    }

    @Test
    void statuses_follow_completion_and_a_later_step_locks_again_when_an_earlier_one_is_undone() {
        assertThat(statuses()).containsExactly(StepStatus.CURRENT, StepStatus.LOCKED, StepStatus.LOCKED);

        onFx(() -> {
            one.complete.set(true);
            shell.next();
            two.complete.set(true);
        });
        assertThat(statuses()).containsExactly(StepStatus.DONE, StepStatus.CURRENT, StepStatus.OPEN);

        onFx(() -> {
            shell.back();
            one.complete.set(false);
        });
        assertThat(statuses()).containsExactly(StepStatus.CURRENT, StepStatus.LOCKED, StepStatus.LOCKED);
        assertThat(shell.reachable(2)).isFalse();
    }

    @Test
    void jumping_forward_needs_every_step_before_to_be_complete_and_runs_the_check() {
        onFx(() -> shell.goTo(2));
        assertThat(shell.currentIndexProperty().get()).isZero();

        onFx(() -> {
            one.complete.set(true);
            two.complete.set(true);
            shell.goTo(2);
        });
        assertThat(shell.currentIndexProperty().get()).isEqualTo(2);
        assertThat(one.events).contains("check");

        onFx(() -> shell.goTo(0));
        assertThat(shell.currentIndexProperty().get()).isZero();
    }

    @Test
    void finish_is_only_offered_on_the_last_complete_step() {
        onFx(() -> {
            one.complete.set(true);
            two.complete.set(true);
            shell.next();
            shell.next();
        });
        assertThat(shell.canFinishProperty().get()).isFalse();
        onFx(() -> three.complete.set(true));
        assertThat(shell.canFinishProperty().get()).isTrue();
        assertThat(shell.canGoNextProperty().get()).isFalse();

        onFx(shell::finish);
        assertThat(finished).isEqualTo(1);
    }

    @Test
    void entering_and_leaving_steps_is_announced() {
        onFx(() -> {
            one.complete.set(true);
            shell.next();
            shell.back();
        });
        assertThat(one.events).containsExactly("entered", "check", "left", "entered");
        assertThat(two.events).containsExactly("entered", "left");
    }

    @Test
    void a_passing_check_moves_on_only_when_it_completes() {
        CompletableFuture<Object> check = one.pendingCheck();
        onFx(() -> {
            one.complete.set(true);
            shell.next();
        });
        assertThat(shell.checkingProperty().get()).isTrue();
        assertThat(shell.checkMessageProperty().get()).isEqualTo("Checking One…");
        assertThat(shell.canGoNextProperty().get()).isFalse();
        assertThat(shell.currentIndexProperty().get()).isZero();

        check.complete("verified"); // completes on the test thread, as a background service would
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.checkingProperty().get()).isFalse();
        assertThat(shell.currentIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void a_failing_check_keeps_the_user_on_the_step_with_its_message_until_they_edit() {
        CompletableFuture<Object> check = one.pendingCheck();
        onFx(() -> {
            one.complete.set(true);
            shell.next();
        });
        check.completeExceptionally(new IllegalStateException("The access key id AKIA… is not valid."));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.currentIndexProperty().get()).isZero();
        assertThat(shell.checkingProperty().get()).isFalse();
        assertThat(shell.checkErrorProperty().get()).isEqualTo("The access key id AKIA… is not valid.");
        assertThat(shell.canGoNextProperty().get()).isTrue(); // the user may try again

        onFx(() -> one.text.setText("fixed"));
        assertThat(shell.checkErrorProperty().get()).isEmpty();
    }

    @Test
    void cancelling_a_check_cancels_its_work_and_stays_without_an_error() {
        CompletableFuture<Object> check = one.pendingCheck();
        onFx(() -> {
            one.complete.set(true);
            shell.next();
        });
        onFx(shell::cancelCheck);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(check).isCancelled();
        assertThat(shell.checkingProperty().get()).isFalse();
        assertThat(shell.checkErrorProperty().get()).isEmpty();
        assertThat(shell.currentIndexProperty().get()).isZero();

        // A late result of the cancelled work must not move the wizard.
        check.obtrudeException(new CancellationException());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.currentIndexProperty().get()).isZero();
    }

    @Test
    void a_done_step_whose_check_stopped_holding_needs_attention_and_the_steps_after_it_keep_their_place() {
        onFx(() -> {
            one.complete.set(true);
            shell.next();
        });
        assertThat(statuses()).containsExactly(StepStatus.DONE, StepStatus.CURRENT, StepStatus.LOCKED);

        onFx(() -> one.needsAttention.set(true));
        assertThat(statuses()).as("not shown as done").containsExactly(StepStatus.ATTENTION, StepStatus.CURRENT,
                StepStatus.LOCKED);
        assertThat(shell.reachable(1)).as("the user stays where they work").isTrue();
        assertThat(shell.reachable(0)).isTrue();

        onFx(() -> one.needsAttention.set(false));
        assertThat(statuses()).containsExactly(StepStatus.DONE, StepStatus.CURRENT, StepStatus.LOCKED);
    }

    @Test
    void a_step_not_done_is_to_do_whether_or_not_it_needed_attention() {
        onFx(() -> {
            one.complete.set(true);
            shell.next();
            one.needsAttention.set(true);
            one.complete.set(false);
        });
        assertThat(shell.status(0)).isEqualTo(StepStatus.OPEN);
    }

    @Test
    void back_is_disabled_while_a_check_runs() {
        onFx(() -> {
            one.complete.set(true);
            shell.next();
            two.complete.set(true);
        });
        two.pendingCheck();
        onFx(shell::next);
        assertThat(shell.canGoBackProperty().get()).isFalse();
        onFx(shell::back);
        assertThat(shell.currentIndexProperty().get()).isEqualTo(1);
    }

    private List<StepStatus> statuses() {
        return List.of(shell.status(0), shell.status(1), shell.status(2));
    }

    private static void onFx(Runnable action) {
        new FxRobot().interact(action);
    }
}

package dev.athenawizard.ui.shell;

import dev.athenawizard.ui.async.FxThread;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The wizard's navigation rules, without a screen: which step is current, which steps can be reached, whether Back,
 * Next and Finish are enabled, and the step check that runs between a click on Next and the next step.
 *
 * <p>A step is reachable when every step before it is done (its result checked for what is on screen). Next is enabled
 * when the current step is complete and no check is running. While a check runs, the user can cancel it; when it
 * fails, its message stays on screen until the user changes something or tries again.
 */
public final class ShellModel {
    private final List<WizardStep> steps;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper checkMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canFinish;
    private final IntegerBinding reachability;
    private CompletableFuture<?> runningCheck;
    private Runnable onFinish = () -> { };

    public ShellModel(List<WizardStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a wizard needs at least one step");
        }
        this.steps = List.copyOf(steps);
        ObservableBooleanValue[] completes = this.steps.stream().map(WizardStep::complete)
                .toArray(ObservableBooleanValue[]::new);
        ObservableBooleanValue[] dones = this.steps.stream().map(WizardStep::done)
                .toArray(ObservableBooleanValue[]::new);
        canGoBack = Bindings.createBooleanBinding(() -> current.get() > 0 && !checking.get(), current, checking);
        canGoNext = Bindings.createBooleanBinding(
                () -> current.get() < this.steps.size() - 1 && currentStep().complete().get() && !checking.get(),
                concat(completes, current, checking));
        canFinish = Bindings.createBooleanBinding(
                () -> current.get() == this.steps.size() - 1 && currentStep().complete().get() && !checking.get(),
                concat(completes, current, checking));
        reachability = Bindings.createIntegerBinding(this::firstNotDone, dones);
        // An error belongs to the state that produced it: once the user edits the step, it no longer applies.
        for (WizardStep step : this.steps) {
            step.changes().addListener(o -> {
                if (step == currentStep()) {
                    checkError.set("");
                }
            });
        }
        this.steps.get(0).entered();
    }

    private static javafx.beans.Observable[] concat(ObservableBooleanValue[] a, javafx.beans.Observable... b) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    public List<WizardStep> steps() {
        return steps;
    }

    public WizardStep currentStep() {
        return steps.get(current.get());
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** What the running check is doing, e.g. "Verifying credentials…". */
    public ReadOnlyStringProperty checkMessageProperty() {
        return checkMessage.getReadOnlyProperty();
    }

    /** Why the last check failed; empty when it did not. */
    public ReadOnlyStringProperty checkErrorProperty() {
        return checkError.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canFinishProperty() {
        return canFinish;
    }

    public void setOnFinish(Runnable action) {
        this.onFinish = action;
    }

    /** The step's state in the step list. */
    public StepStatus status(int index) {
        if (index == current.get()) {
            return StepStatus.CURRENT;
        }
        if (!reachable(index)) {
            return StepStatus.LOCKED;
        }
        WizardStep step = steps.get(index);
        if (!step.done().get()) {
            return StepStatus.OPEN;
        }
        return step.needsAttention().get() ? StepStatus.ATTENTION : StepStatus.DONE;
    }

    /** A step can be shown when all steps before it are done. */
    public boolean reachable(int index) {
        return index >= 0 && index < steps.size() && index <= firstNotDone();
    }

    /** Changes whenever a step's done state changes: the step list redraws on it. */
    public IntegerBinding reachabilityProperty() {
        return reachability;
    }

    /**
     * Shows the first step that is not done (after a project was opened: it says what needs attention). A running
     * check is cancelled.
     */
    public void showFirstStepNeedingAttention() {
        cancelCheck();
        int first = Math.min(firstNotDone(), steps.size() - 1);
        if (first != current.get()) {
            show(first);
        }
    }

    private int firstNotDone() {
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).done().get()) {
                return i;
            }
        }
        return steps.size();
    }

    public void back() {
        if (canGoBack.get()) {
            show(current.get() - 1);
        }
    }

    /** Runs the current step's check, then moves on if it passes. */
    public void next() {
        if (canGoNext.get()) {
            runCheckThen(() -> show(current.get() + 1));
        }
    }

    public void finish() {
        if (canFinish.get()) {
            runCheckThen(onFinish);
        }
    }

    /**
     * Jumps to a step from the step list. Going back needs nothing; going forward runs the current step's check, as
     * Next would, and is only allowed to a reachable step.
     */
    public void goTo(int index) {
        if (checking.get() || index == current.get() || !reachable(index)) {
            return;
        }
        if (index < current.get()) {
            show(index);
        } else {
            runCheckThen(() -> show(index));
        }
    }

    /** Stops the running check; the user stays on the step. */
    public void cancelCheck() {
        CompletableFuture<?> check = runningCheck;
        if (check != null) {
            check.cancel(true);
        }
    }

    private void runCheckThen(Runnable onPass) {
        checkError.set("");
        CompletableFuture<?> check = currentStep().checkBeforeLeaving();
        if (check == null || (check.isDone() && !check.isCompletedExceptionally())) {
            onPass.run();
            return;
        }
        runningCheck = check;
        checkMessage.set(currentStep().checkingMessage());
        checking.set(true);
        FxThread.onCompletion(check, (ok, failure) -> {
            if (runningCheck != check) {
                return;
            }
            runningCheck = null;
            checking.set(false);
            if (failure == null) {
                onPass.run();
            } else if (failure instanceof CancellationException || check.isCancelled()
                    || failure instanceof ShownOnStep) {
                checkError.set("");
            } else {
                checkError.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
            }
        });
    }

    private void show(int index) {
        WizardStep leaving = currentStep();
        checkError.set("");
        leaving.left();
        current.set(index);
        currentStep().entered();
    }
}

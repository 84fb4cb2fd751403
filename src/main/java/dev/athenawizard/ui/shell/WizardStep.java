package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.OnboardingProject;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One page of the wizard. The shell owns navigation and the project; a step owns its model and view, says when it is
 * complete and when it is done, and may run an asynchronous check before the user moves on.
 *
 * <p>How to write one: see {@code dev.athenawizard.ui.steps} (package-info) and the Workgroup step.
 */
public interface WizardStep {

    /** A short title for the step list and the page header, e.g. "Connection". */
    String title();

    /** One sentence under the title saying what this step decides. */
    String summary();

    /** The step's content, built once and kept. */
    Node view();

    /**
     * True when the user may press Next: nothing is missing or malformed (the shell then runs
     * {@link #checkBeforeLeaving()}, which may still keep the user here).
     */
    ObservableBooleanValue complete();

    /**
     * True when the step's outcome was checked for what is on screen now (credentials verified, workgroup read): the
     * step list shows it done, and the steps after it become reachable. A green mark must be earned, so a step whose
     * {@link #checkBeforeLeaving()} proves something must not be done before that proof, nor after an edit.
     * The default, {@link #complete()}, suits a step with nothing to prove.
     */
    default ObservableBooleanValue done() {
        return complete();
    }

    /**
     * True when what the step checked stopped holding after it was done (AWS refused the verified credentials since):
     * the step list shows it as needing attention, not done, until it holds again. The steps after it stay reachable,
     * so no work is lost while the user fixes it. The default: never (a new value each call, so that no listener
     * added to it outlives the window).
     */
    default ObservableBooleanValue needsAttention() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    /**
     * Work that must succeed before Next takes the user further (credentials verified, workgroup readable).
     * Cancelling the returned future must stop the work; failing it keeps the user on this step with its message
     * (fail with {@link ShownOnStep} when the step's own page already shows why). Called on the FX thread; the work
     * itself must run elsewhere.
     *
     * @return null or a completed future when there is nothing to check
     */
    default CompletableFuture<?> checkBeforeLeaving() {
        return null;
    }

    /** Text shown beside the progress while {@link #checkBeforeLeaving()} runs. */
    default String checkingMessage() {
        return "Checking…";
    }

    /** Fills the step's model from the project (on New, Open and draft restore); drops results of the old one. */
    void load(OnboardingProject project);

    /** Writes the step's part of the project. */
    OnboardingProject store(OnboardingProject project);

    /** Fires whenever the step's part of the project may have changed. */
    Observable changes();

    /** The user arrived on this step: subscribe to what it shows, refresh what is out of date. */
    default void entered() {
    }

    /** The user left this step: release the subscriptions {@link #entered()} made, stop its background work. */
    default void left() {
    }
}

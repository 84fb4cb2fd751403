package dev.athenawizard.ui.steps.query;

/**
 * What the Query step asks the user. Separate from the step so tests answer without a dialog window, and so the
 * models never open a window themselves.
 */
public interface QueryDialogs {

    /**
     * Asks before a statement that may change data or tables runs (it never runs by itself).
     *
     * @return true to run it; false leaves everything as it is
     */
    boolean confirmRun(Confirmation confirmation);
}

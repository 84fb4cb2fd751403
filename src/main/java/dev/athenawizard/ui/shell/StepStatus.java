package dev.athenawizard.ui.shell;

/** How a step appears in the step list. */
public enum StepStatus {
    /** The step on screen. */
    CURRENT,
    /** Complete; the user can go back to it. */
    DONE,
    /**
     * Was done, but what it checked no longer holds (AWS refused the credentials since): not shown as done, while the
     * steps after it stay reachable with their work.
     */
    ATTENTION,
    /** Not complete but reachable: every step before it is complete. */
    OPEN,
    /** An earlier step is not complete yet. */
    LOCKED
}

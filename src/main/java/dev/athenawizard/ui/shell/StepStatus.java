package dev.athenawizard.ui.shell;

/** How a step appears in the step list. */
public enum StepStatus {
    /** The step on screen. */
    CURRENT,
    /** Complete; the user can go back to it. */
    DONE,
    /** Not complete but reachable: every step before it is complete. */
    OPEN,
    /** An earlier step is not complete yet. */
    LOCKED
}

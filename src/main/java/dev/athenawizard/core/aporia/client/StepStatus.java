package dev.athenawizard.core.aporia.client;

/** Where one registration step stands. */
public enum StepStatus {
    /** Not started yet (or stopped before it finished: the next run does it). */
    WAITING,
    RUNNING,
    /** Aporia answered 429 or 5xx (or did not answer); the call is tried again after a pause. */
    RETRYING,
    /** Aporia has it: created, already there, or connected. */
    DONE,
    /** It did not go through; the detail says why. A new run starts again from this step. */
    FAILED
}

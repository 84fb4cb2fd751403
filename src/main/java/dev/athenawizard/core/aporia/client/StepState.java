package dev.athenawizard.core.aporia.client;

/**
 * One step's state, as a registration reports it after every change.
 *
 * @param detail  what happened in words: "created", "already existed (409): kept as it is", "retrying after HTTP 503
 *                (attempt 2 of 4)", or why it failed; empty while waiting
 * @param outcome for a DONE step: what Aporia did; {@code NONE} otherwise
 */
public record StepState(RegistrationStep step, StepStatus status, String detail, Outcome outcome) {
    public enum Outcome { NONE, CREATED, ALREADY_EXISTED, CONNECTED }

    public static StepState waiting(RegistrationStep step) {
        return new StepState(step, StepStatus.WAITING, "", Outcome.NONE);
    }

    public boolean done() {
        return status == StepStatus.DONE;
    }

    @Override
    public String toString() {
        return step.label() + ": " + status + (detail.isEmpty() ? "" : " — " + detail);
    }
}

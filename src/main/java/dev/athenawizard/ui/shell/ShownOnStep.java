package dev.athenawizard.ui.shell;

/**
 * A failed {@link WizardStep#checkBeforeLeaving() check} whose reason the step already shows on its own page (next to
 * the field to fix): the shell keeps the user on the step and adds no second copy of the message.
 */
public final class ShownOnStep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShownOnStep(String message) {
        super(message);
    }
}

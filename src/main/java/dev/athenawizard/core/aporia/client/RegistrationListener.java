package dev.athenawizard.core.aporia.client;

/**
 * Told about every change of a step's state, on the thread running the registration (a screen hops to its own
 * thread). Must not block.
 */
@FunctionalInterface
public interface RegistrationListener {
    RegistrationListener NONE = state -> { };

    void changed(StepState state);
}

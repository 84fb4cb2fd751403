package dev.athenawizard.core.aws.selftest;

/**
 * Hears the self-test's progress, so a checklist can fill in live. Called on the self-test's thread, one call at a
 * time and in order: a UI hops to its own thread.
 */
public interface SelfTestListener {
    SelfTestListener NONE = check -> { };

    /** About to try {@code action} on {@code resource}. */
    default void checking(String action, String resource) {
    }

    /** The verdict on one permission. */
    void checked(PermissionCheck check);
}

package dev.athenawizard.core.athena.query;

/**
 * Where a query goes when the wizard asked Athena to stop it and Athena did not hear (the credentials had expired, the
 * connection was lost): it may still be running, and billing, so something must stop it later.
 */
@FunctionalInterface
public interface LeftRunning {
    /** Nothing stops it later (the command line: it says so and names the execution). */
    LeftRunning NOBODY = executionId -> false;

    /** @return true when it will be stopped once a call with working credentials gets through */
    boolean remember(String executionId);
}

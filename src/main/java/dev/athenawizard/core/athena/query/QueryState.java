package dev.athenawizard.core.athena.query;

/** Where a query is in its life: Athena's own states, plus the moment before Athena has accepted it. */
public enum QueryState {
    SUBMITTING, QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    static QueryState of(software.amazon.awssdk.services.athena.model.QueryExecutionState athena) {
        if (athena == null) {
            return QUEUED;
        }
        return switch (athena) {
            case RUNNING -> RUNNING;
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
            default -> QUEUED; // QUEUED, and any state a newer Athena may add: keep polling
        };
    }
}

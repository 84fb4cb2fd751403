package dev.athenawizard.core.aws.policy;

import java.util.List;

/**
 * An {@link AccessScope} filled in from AWS, with notes on what could not be looked up (the policy generator then
 * says what is missing).
 *
 * @param scope the scope, as complete as AWS allowed
 * @param notes one sentence per look-up that failed, e.g. "Glue could not list the tables of my_db: …"
 */
public record ResolvedScope(AccessScope scope, List<String> notes) {
    public ResolvedScope {
        notes = List.copyOf(notes);
    }
}

package dev.athenawizard.core.aws.policy;

import java.util.List;

/**
 * An {@link AccessScope} filled in from AWS, with what could not be looked up (the policy generator then says what is
 * missing, in the words of the failed look-up: {@link PolicyResult#explainedBy}).
 *
 * @param scope the scope, as complete as AWS allowed
 * @param notes one per look-up that failed, keyed by the input it leaves unknown, e.g. {@code dataLocations}: "Glue
 *              could not list the tables of my_db: …"
 */
public record ResolvedScope(AccessScope scope, List<MissingInput> notes) {
    public ResolvedScope {
        notes = List.copyOf(notes);
    }

    /** The policy for this scope, its missing inputs told by the failed look-ups. */
    public PolicyResult policy(PolicyGenerator generator) {
        return generator.generate(scope).explainedBy(notes);
    }

    /** Notes about look-ups that failed without leaving an input of the policy missing (worth a warning). */
    public List<MissingInput> notesBeside(PolicyResult result) {
        return notes.stream().filter(n -> result.missing().stream().noneMatch(m -> m.field().equals(n.field())))
                .toList();
    }
}

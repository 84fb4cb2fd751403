package dev.athenawizard.core.aws.policy;

/**
 * Something the policy needs that is not known yet, instead of a wildcard in its place.
 *
 * @param field   which input: {@code region}, {@code accountId}, {@code workgroup}, {@code resultsLocation},
 *                {@code databases}, {@code dataLocations}
 * @param message what is missing and where the user provides it
 */
public record MissingInput(String field, String message) {
}

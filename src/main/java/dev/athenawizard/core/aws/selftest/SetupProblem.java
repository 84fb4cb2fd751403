package dev.athenawizard.core.aws.selftest;

/**
 * Something wrong with the setup that no permission explains: the test query failed although nothing it needs was
 * denied (the results bucket does not exist, is in another region, the workgroup is disabled, …). Aporia's queries
 * would fail the same way, so the self-test fails.
 *
 * @param message what is wrong and what to do about it, naming the bucket, region or workgroup
 */
public record SetupProblem(String message) {
}

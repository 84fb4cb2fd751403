package dev.athenawizard.core.sandbox.iam;

/** The principal behind an access key id, as STS GetCallerIdentity reports it. */
public record Identity(String arn, String userId, String account) {
}

package dev.athenawizard.core.aws.identity;

/**
 * Who a set of credentials is, as STS {@code GetCallerIdentity} says.
 *
 * @param account the 12-digit account id
 * @param arn     the principal's ARN
 * @param userId  the unique id (e.g. {@code AIDA…}, or {@code AROA…:session} for a role)
 * @param kind    IAM user, assumed role, federated user or root
 */
public record CallerIdentity(String account, String arn, String userId, IdentityKind kind) {

    public static CallerIdentity of(String account, String arn, String userId) {
        return new CallerIdentity(account, arn, userId, IdentityKind.fromArn(arn));
    }

    /** The part after the account: {@code user/alice}, {@code assumed-role/Analyst/alice}, {@code root}. */
    public String principalName() {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 ? parts[5] : arn;
    }
}

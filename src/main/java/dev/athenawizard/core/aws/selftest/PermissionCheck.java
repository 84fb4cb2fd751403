package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.PolicyStatement;
import java.util.Optional;

/**
 * One line of the self-test's checklist.
 *
 * @param action    the IAM action, e.g. {@code athena:StartQueryExecution}
 * @param resource  the resource ARN it was tried on ({@code *} for ListWorkGroups)
 * @param status    granted, missing, or not checkable
 * @param detail    for MISSING, AWS's message; for NOT CHECKABLE, why; for GRANTED, how it was established when that
 *                  is not by calling it (e.g. inferred from the test query); may be empty
 * @param statement the statement of the generated policy that grants it (for MISSING: the one to add)
 */
public record PermissionCheck(String action, String resource, CheckStatus status, String detail,
        Optional<PolicyStatement> statement) {

    public PermissionCheck {
        detail = detail == null ? "" : detail;
        statement = statement == null ? Optional.empty() : statement;
    }
}

package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.PolicyStatement;
import java.util.Objects;
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
 * @param part      which part of Aporia's access the line belongs to
 */
public record PermissionCheck(String action, String resource, CheckStatus status, String detail,
        Optional<PolicyStatement> statement, Part part) {

    /** The two parts of what Aporia's key needs, in the order the self-test tries them. */
    public enum Part {
        /** Running queries in the workgroup and writing their results: what the free {@code SELECT 1} needs. */
        WORKGROUP,
        /**
         * Reading the tables through Glue and S3: the chosen databases' tables or, once a query exists, exactly the
         * tables it reads, and Athena running the query itself (its zero-row form).
         */
        TABLES
    }

    public PermissionCheck {
        detail = detail == null ? "" : detail;
        statement = statement == null ? Optional.empty() : statement;
        Objects.requireNonNull(part, "part");
    }

    /** A line of the {@link Part#WORKGROUP} part. */
    public PermissionCheck(String action, String resource, CheckStatus status, String detail,
            Optional<PolicyStatement> statement) {
        this(action, resource, status, detail, statement, Part.WORKGROUP);
    }
}

package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.PolicyResult;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import java.util.Objects;

/**
 * A permission self-test run for a query: the scope it was run for (made from the tables the query reads) and the
 * report. Both belong to {@link #query()}: when the query, the workgroup or the key changes, they no longer apply.
 *
 * @param scope  the scope the query needs, as looked up in Glue, with notes on what could not be looked up
 * @param report every verdict, the lines of the query's reads under {@code PermissionCheck.Part.TABLES}
 */
public record QuerySelfTest(ResolvedScope scope, SelfTestReport report) {
    public QuerySelfTest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(report, "report");
    }

    /** The query it was run for. */
    public AporiaQuery query() {
        return scope.scope().query().orElseThrow();
    }

    /** The IAM policy for exactly what the query reads: what to give Aporia's key. */
    public PolicyResult policy() {
        return scope.policy(new PolicyGenerator());
    }
}

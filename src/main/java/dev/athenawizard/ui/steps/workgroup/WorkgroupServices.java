package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.selftest.PermissionSelfTest;
import java.util.concurrent.Executor;

/**
 * What the Workgroup step needs from the rest of the program.
 *
 * @param clients  builds the Athena client for the verified connection
 * @param aws      where blocking AWS calls run
 * @param scopes   fills in the policy's scope (account, result location, table locations)
 * @param policies the least-privilege policy generator
 * @param selfTest the permission self-test
 * @param files    where file writes (Save policy) run
 */
public record WorkgroupServices(AwsClientFactory clients, Executor aws, AccessScopeResolver scopes,
        PolicyGenerator policies, PermissionSelfTest selfTest, Executor files) {
}

package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.aws.session.AwsSessions;
import dev.athenawizard.ui.shell.StepDialogs;
import java.util.concurrent.Executor;

/**
 * What the Workgroup step needs from the rest of the program, built once by the wiring.
 *
 * @param sessions opens the AWS services for a verified connection (workgroups, catalog, policy scope, self-test)
 * @param dialogs  where to save the policy, and the clipboard
 * @param files    where file writes (Save policy) run
 */
public record WorkgroupServices(AwsSessions sessions, StepDialogs dialogs, Executor files) {
}

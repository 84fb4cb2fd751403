package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.client.Registrations;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.aws.session.AwsSessions;
import dev.athenawizard.ui.shell.StepDialogs;
import java.util.concurrent.Executor;

/**
 * What the Register step needs from the rest of the program, built once by the wiring.
 *
 * @param sessions      opens the AWS services for a verified connection (the training and test previews)
 * @param secrets       the Aporia token and the data source's secret key: memory, and the keychain when asked
 * @param registrations makes registrations (finding the data source's key the project's way) and reads what a
 *                      sandbox's Aporia received
 * @param dialogs       where to save the exports
 * @param aporia        where Aporia's calls run (they block on the network)
 * @param files         where file writes (the exports) run
 */
public record RegisterServices(AwsSessions sessions, SecretStore secrets, Registrations registrations,
        StepDialogs dialogs, Executor aporia, Executor files) {
}

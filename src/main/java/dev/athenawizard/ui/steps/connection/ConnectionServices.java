package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.AwsProfiles;
import dev.athenawizard.core.aws.credentials.CredentialsDetector;
import dev.athenawizard.core.aws.identity.ConnectionVerifier;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.sandbox.SandboxHost;
import java.util.concurrent.Executor;

/**
 * What the Connection step needs from the rest of the program.
 *
 * @param verifier  STS and Athena check of the form's credentials
 * @param sandbox   the in-process sandbox behind "Try without AWS"
 * @param secrets   secret keys in memory, and in the keychain when asked
 * @param profiles  the AWS config files' profiles
 * @param detector  whether this machine has AWS credentials at all
 * @param files     where file reads (profiles, detection) run
 */
public record ConnectionServices(ConnectionVerifier verifier, SandboxHost sandbox, SecretStore secrets,
        AwsProfiles profiles, CredentialsDetector detector, Executor files) {
}

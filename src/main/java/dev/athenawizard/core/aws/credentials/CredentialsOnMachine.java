package dev.athenawizard.core.aws.credentials;

import java.util.List;

/**
 * What AWS credentials this machine seems to have, so the Connection step can preselect the sandbox for a newcomer
 * and AWS for someone who is already set up.
 *
 * @param found one line per place credentials were found ("environment variables AWS_ACCESS_KEY_ID and
 *              AWS_SECRET_ACCESS_KEY", "2 profiles in /home/me/.aws/config: default, dev"); empty when none
 */
public record CredentialsOnMachine(List<String> found) {
    public CredentialsOnMachine {
        found = List.copyOf(found);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** Newcomers without any AWS setup start in the sandbox. */
    public boolean suggestSandbox() {
        return !any();
    }
}

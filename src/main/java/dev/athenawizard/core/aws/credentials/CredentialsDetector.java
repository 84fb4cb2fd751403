package dev.athenawizard.core.aws.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers "are there any AWS credentials on this machine?" from the environment and the profile files only.
 *
 * <p>It never asks the EC2 instance metadata service: off EC2 that probe waits for a timeout, and the answer is only
 * needed to preselect a choice. People on an EC2 instance role pick "default chain" themselves.
 */
public final class CredentialsDetector {
    private final Map<String, String> env;
    private final AwsProfiles profiles;

    public CredentialsDetector(Map<String, String> env, ProfileFileLocations locations) {
        this.env = Map.copyOf(env);
        this.profiles = new AwsProfiles(locations);
    }

    /** For this process: its environment and the standard profile file locations. */
    public static CredentialsDetector standard() {
        return new CredentialsDetector(System.getenv(), ProfileFileLocations.standard());
    }

    /** Reads environment variables and (small) files; call it off the FX thread. */
    public CredentialsOnMachine detect() {
        List<String> found = new ArrayList<>();
        if (set("AWS_ACCESS_KEY_ID") && set("AWS_SECRET_ACCESS_KEY")) {
            found.add("environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                    + (set("AWS_SESSION_TOKEN") ? " (with AWS_SESSION_TOKEN)" : ""));
        }
        if (set("AWS_WEB_IDENTITY_TOKEN_FILE") && set("AWS_ROLE_ARN")) {
            found.add("a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE) for role " + env.get("AWS_ROLE_ARN"));
        }
        if (set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") || set("AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
            found.add("container credentials (AWS_CONTAINER_CREDENTIALS_*_URI)");
        }
        List<String> usable = profiles.list().profiles().stream()
                .filter(p -> p.kind().providesCredentials())
                .map(AwsProfile::name)
                .collect(Collectors.toList());
        if (!usable.isEmpty()) {
            found.add(usable.size() + (usable.size() == 1 ? " profile" : " profiles") + " in the AWS config files: "
                    + String.join(", ", usable));
        }
        return new CredentialsOnMachine(found);
    }

    private boolean set(String variable) {
        String value = env.get(variable);
        return value != null && !value.isBlank();
    }
}

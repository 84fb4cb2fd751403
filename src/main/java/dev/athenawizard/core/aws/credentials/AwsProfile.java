package dev.athenawizard.core.aws.credentials;

import java.util.Optional;

/**
 * One profile from the user's AWS config or credentials file, as a profile picker shows it.
 *
 * @param name   the profile name ({@code default}, {@code dev}, …)
 * @param kind   how it gets credentials
 * @param region its {@code region} setting, if any
 * @param detail what identifies it to a person: the SSO start URL and account, the role ARN, the access key id
 *               (never a secret), or the credential process command name; empty when there is nothing to add
 */
public record AwsProfile(String name, ProfileKind kind, Optional<String> region, String detail) {
    public AwsProfile {
        region = region == null ? Optional.empty() : region;
        detail = detail == null ? "" : detail;
    }

    /** The command that renews an SSO profile's session, shown when its session has expired. */
    public Optional<String> loginCommand() {
        return kind == ProfileKind.SSO ? Optional.of("aws sso login --profile " + name) : Optional.empty();
    }
}

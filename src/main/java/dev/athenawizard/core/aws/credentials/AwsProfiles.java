package dev.athenawizard.core.aws.credentials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Lists the profiles in the user's AWS config and credentials files, SSO profiles included, with what kind each is.
 *
 * <p>Reads files only (no network), so it is quick, but it is still file I/O: call it off the FX thread. Secret values
 * in the files are read by the SDK's parser and never copied into the result.
 */
public final class AwsProfiles {
    private static final String SSO_SESSION_SECTION = "sso-session";

    private final ProfileFileLocations locations;

    public AwsProfiles(ProfileFileLocations locations) {
        this.locations = locations;
    }

    /**
     * What the files hold.
     *
     * @param profiles the profiles, {@code default} first, then by name
     * @param problem  why the files could not be read, or empty (a missing file is not a problem)
     */
    public record Listing(List<AwsProfile> profiles, Optional<String> problem) {
        public Listing {
            profiles = List.copyOf(profiles);
        }

        public Optional<AwsProfile> find(String name) {
            return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    public Listing list() {
        ProfileFile file;
        try {
            file = locations.load();
        } catch (RuntimeException e) {
            // The SDK's parser names the file and line; its messages carry no property values.
            return new Listing(List.of(), Optional.of("The AWS config or credentials file could not be read ("
                    + locations.config() + ", " + locations.credentials() + "): " + e.getMessage()));
        }
        List<AwsProfile> profiles = new ArrayList<>();
        for (Map.Entry<String, Profile> entry : file.profiles().entrySet()) {
            profiles.add(describe(entry.getValue(), file));
        }
        profiles.sort(Comparator.comparing((AwsProfile p) -> !p.name().equals("default")).thenComparing(AwsProfile::name));
        return new Listing(profiles, Optional.empty());
    }

    private static AwsProfile describe(Profile profile, ProfileFile file) {
        Optional<String> region = profile.property("region").filter(r -> !r.isBlank());
        ProfileKind kind = kindOf(profile);
        return new AwsProfile(profile.name(), kind, region, detail(kind, profile, file));
    }

    static ProfileKind kindOf(Profile profile) {
        if (has(profile, "sso_session") || has(profile, "sso_start_url")) {
            return ProfileKind.SSO;
        }
        if (has(profile, "role_arn") && has(profile, "web_identity_token_file")) {
            return ProfileKind.WEB_IDENTITY;
        }
        if (has(profile, "role_arn")) {
            return ProfileKind.ASSUME_ROLE;
        }
        if (has(profile, "credential_process")) {
            return ProfileKind.CREDENTIAL_PROCESS;
        }
        if (has(profile, "aws_access_key_id")) {
            return ProfileKind.STATIC_KEYS;
        }
        return ProfileKind.NO_CREDENTIALS;
    }

    private static String detail(ProfileKind kind, Profile profile, ProfileFile file) {
        return switch (kind) {
            case SSO -> ssoDetail(profile, file);
            case ASSUME_ROLE, WEB_IDENTITY -> profile.property("role_arn").orElse("");
            case STATIC_KEYS -> profile.property("aws_access_key_id").orElse("");
            case CREDENTIAL_PROCESS -> profile.property("credential_process").map(AwsProfiles::programName).orElse("");
            case NO_CREDENTIALS -> "";
        };
    }

    private static String ssoDetail(Profile profile, ProfileFile file) {
        Optional<String> startUrl = profile.property("sso_start_url");
        Optional<String> session = profile.property("sso_session");
        if (startUrl.isEmpty() && session.isPresent()) {
            startUrl = file.getSection(SSO_SESSION_SECTION, session.get()).flatMap(s -> s.property("sso_start_url"));
        }
        StringBuilder text = new StringBuilder(startUrl.orElse(session.map(s -> "session " + s).orElse("")));
        profile.property("sso_account_id").ifPresent(a -> text.append(", account ").append(a));
        profile.property("sso_role_name").ifPresent(r -> text.append(", role ").append(r));
        return text.toString();
    }

    /** Only the program, not its arguments: arguments may carry tokens. */
    private static String programName(String commandLine) {
        String trimmed = commandLine.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static boolean has(Profile profile, String property) {
        return profile.property(property).filter(v -> !v.isBlank()).isPresent();
    }
}

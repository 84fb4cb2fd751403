package dev.athenawizard.core.aws.credentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Where the user's AWS config and credentials files are: {@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE} when set, else {@code ~/.aws/config} and {@code ~/.aws/credentials}, the same
 * rule the AWS CLI and SDKs follow.
 */
public record ProfileFileLocations(Path config, Path credentials) {

    public ProfileFileLocations {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** The locations for this process: its environment and the user's home. */
    public static ProfileFileLocations standard() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static ProfileFileLocations fromEnvironment(Map<String, String> env, Path home) {
        return new ProfileFileLocations(
                pathOr(env.get("AWS_CONFIG_FILE"), home, home.resolve(".aws").resolve("config")),
                pathOr(env.get("AWS_SHARED_CREDENTIALS_FILE"), home, home.resolve(".aws").resolve("credentials")));
    }

    /** Both files merged as the SDK merges them (the credentials file wins); a missing file counts as empty. */
    public ProfileFile load() {
        ProfileFile.Aggregator aggregate = ProfileFile.aggregator();
        if (Files.isRegularFile(config)) {
            aggregate.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
        }
        if (Files.isRegularFile(credentials)) {
            aggregate.addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build());
        }
        return aggregate.build();
    }

    private static Path pathOr(String value, Path home, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String path = value.strip();
        if (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(Math.min(2, path.length())));
        }
        return Path.of(path);
    }
}

package dev.athenawizard.core.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsDetectorTest {
    @TempDir
    Path home;

    @Test
    void aBareMachineSuggestsTheSandbox() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = us-east-1\n"); // settings, no credentials
        var found = detect(Map.of());
        assertThat(found.any()).isFalse();
        assertThat(found.suggestSandbox()).isTrue();
    }

    @Test
    void findsEnvironmentKeysWebIdentityAndContainerCredentials() {
        var found = detect(Map.of("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY", "s",
                "AWS_SESSION_TOKEN", "t",
                "AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/token", "AWS_ROLE_ARN", "arn:aws:iam::1:role/r",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x"));
        assertThat(found.found()).containsExactly(
                "environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN)",
                "a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE) for role arn:aws:iam::1:role/r",
                "container credentials (AWS_CONTAINER_CREDENTIALS_*_URI)");
        assertThat(found.suggestSandbox()).isFalse();
    }

    @Test
    void aKeyIdWithoutItsSecretIsNotCredentials() {
        assertThat(detect(Map.of("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")).any()).isFalse();
    }

    @Test
    void findsProfilesThatProvideCredentialsIncludingSso() throws IOException {
        Path config = Files.writeString(home.resolve("cfg"), """
                [profile work]
                sso_session = corp
                [profile settings-only]
                region = eu-west-1
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                """);
        var found = detect(Map.of("AWS_CONFIG_FILE", config.toString()));
        assertThat(found.found()).containsExactly("1 profile in the AWS config files: work");
    }

    private CredentialsOnMachine detect(Map<String, String> env) {
        return new CredentialsDetector(env, ProfileFileLocations.fromEnvironment(env, home)).detect();
    }
}

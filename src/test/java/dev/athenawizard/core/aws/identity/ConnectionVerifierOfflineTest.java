package dev.athenawizard.core.aws.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.credentials.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.retry.RetryMode;

/** Verification failures found before or without reaching any AWS endpoint. */
class ConnectionVerifierOfflineTest {
    private static final AwsClientFactory CLIENTS = new AwsClientFactory(
            new AwsClientFactory.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5)),
            RetryMode.STANDARD);
    private final ConnectionVerifier verifier = new ConnectionVerifier(CLIENTS, Runnable::run);
    private final CredentialSource keys = CredentialSource.AccessKey.of("AKIAIOSFODNN7EXAMPLE", Secret.of("secret"));

    @TempDir
    Path home;

    @AfterAll
    static void close() {
        CLIENTS.close();
    }

    @Test
    void anUnknownRegionPointsAtTheRegionField() {
        VerificationResult result = verifier.verify(ConnectionSettings.of(keys, "mars-north-1")).join();
        assertProblem(result, ProblemField.REGION, "\"mars-north-1\" is not a region where Athena runs");
        assertThat(verifier.verify(ConnectionSettings.of(keys, " ")).join().problem().orElseThrow().field())
                .isEqualTo(ProblemField.REGION);
    }

    @Test
    void aMalformedEndpointPointsAtTheEndpointField() {
        var settings = ConnectionSettings.of(keys, "us-east-1").withEndpoint(URI.create("localhost:4566"));
        assertProblem(verifier.verify(settings).join(), ProblemField.ENDPOINT, "is not an endpoint URL");
    }

    @Test
    void anEndpointNobodyListensOnPointsAtTheEndpointField() {
        var settings = ConnectionSettings.of(keys, "us-east-1").withEndpoint(URI.create("http://127.0.0.1:1"));
        assertProblem(verifier.verify(settings).join(), ProblemField.ENDPOINT, "Nothing answers at http://127.0.0.1:1");
    }

    @Test
    void anEndpointHostThatDoesNotExistPointsAtTheEndpointField() {
        var settings = ConnectionSettings.of(keys, "us-east-1")
                .withEndpoint(URI.create("http://athena.no-such-host.invalid"));
        assertProblem(verifier.verify(settings).join(), ProblemField.ENDPOINT,
                "The endpoint's host athena.no-such-host.invalid cannot be found");
    }

    @Test
    void aProfileThatIsNotInTheFilesPointsAtTheProfile() {
        var profile = new CredentialSource.Profile("nope", ProfileFileLocations.fromEnvironment(Map.of(), home));
        VerificationResult result = verifier.verify(ConnectionSettings.of(profile, "us-east-1")).join();
        assertProblem(result, ProblemField.PROFILE, "Profile \"nope\" is not in " + home.resolve(".aws/config"));
    }

    @Test
    void anSsoProfileWithoutASessionSaysHowToLogIn() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), """
                [profile work]
                sso_session = wizard-test-session
                sso_account_id = 111122223333
                sso_role_name = DataScientist
                region = us-east-1
                [sso-session wizard-test-session]
                sso_start_url = https://wizard-test-never-logged-in.awsapps.com/start
                sso_region = us-east-1
                """);
        var profile = new CredentialSource.Profile("work", ProfileFileLocations.fromEnvironment(Map.of(), home));
        VerificationResult result = verifier.verify(ConnectionSettings.of(profile, "us-east-1")).join();
        assertProblem(result, ProblemField.PROFILE, "The SSO session of profile \"work\" has expired");
        assertThat(result.problem().orElseThrow().hint()).hasValue("Run aws sso login --profile work, then try again.");
    }

    @Test
    void aSettingsOnlyProfileHasNoCredentials() throws IOException {
        Path config = Files.writeString(home.resolve("config"), "[profile regional]\nregion = eu-west-1\n");
        var profile = new CredentialSource.Profile("regional",
                ProfileFileLocations.fromEnvironment(Map.of("AWS_CONFIG_FILE", config.toString()), home));
        assertProblem(verifier.verify(ConnectionSettings.of(profile, "eu-west-1")).join(), ProblemField.PROFILE,
                "has settings but no credentials");
    }

    private static void assertProblem(VerificationResult result, ProblemField field, String message) {
        assertThat(result.ok()).isFalse();
        assertThat(result.identity()).isEmpty();
        assertThat(result.problem()).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message).doesNotContain("secret");
        });
    }
}

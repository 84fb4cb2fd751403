package dev.athenawizard.core.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfilesTest {
    @TempDir
    Path home;

    private static final String CONFIG = """
            [default]
            region = eu-west-1

            [profile dev-sso]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = DataScientist
            region = us-east-2

            [profile legacy-sso]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 444455556666
            sso_role_name = ReadOnly

            [profile analyst]
            role_arn = arn:aws:iam::111122223333:role/Analyst
            source_profile = default

            [profile vault]
            credential_process = /usr/local/bin/aws-vault export --format=json --token=shhh

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            """;

    private static final String CREDENTIALS = """
            [default]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

            [ci]
            aws_access_key_id = AKIAI44QH8DHBEXAMPLE
            aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
            """;

    @Test
    void listsEveryProfileWithItsKindRegionAndDetail() throws IOException {
        var listing = new AwsProfiles(writeBoth()).list();

        assertThat(listing.problem()).isEmpty();
        assertThat(listing.profiles()).extracting(AwsProfile::name)
                .containsExactly("default", "analyst", "ci", "dev-sso", "legacy-sso", "vault");
        assertThat(listing.find("default")).hasValue(new AwsProfile("default", ProfileKind.STATIC_KEYS,
                Optional.of("eu-west-1"), "AKIAIOSFODNN7EXAMPLE"));
        assertThat(listing.find("dev-sso")).hasValue(new AwsProfile("dev-sso", ProfileKind.SSO,
                Optional.of("us-east-2"), "https://corp.awsapps.com/start, account 111122223333, role DataScientist"));
        assertThat(listing.find("legacy-sso").orElseThrow().detail())
                .isEqualTo("https://legacy.awsapps.com/start, account 444455556666, role ReadOnly");
        assertThat(listing.find("analyst").orElseThrow().kind()).isEqualTo(ProfileKind.ASSUME_ROLE);
        assertThat(listing.find("analyst").orElseThrow().detail()).isEqualTo("arn:aws:iam::111122223333:role/Analyst");
        assertThat(listing.find("vault").orElseThrow().kind()).isEqualTo(ProfileKind.CREDENTIAL_PROCESS);
        assertThat(listing.find("vault").orElseThrow().detail()).isEqualTo("/usr/local/bin/aws-vault");
        assertThat(listing.find("ci").orElseThrow().region()).isEmpty();
        assertThat(listing.find("dev-sso").orElseThrow().loginCommand()).hasValue("aws sso login --profile dev-sso");
    }

    @Test
    void neverCopiesASecretIntoTheListing() throws IOException {
        var listing = new AwsProfiles(writeBoth()).list();
        assertThat(listing.toString()).doesNotContain("EXAMPLEKEY").doesNotContain("shhh");
    }

    @Test
    void honoursTheEnvironmentVariablesForFileLocations() throws IOException {
        Path config = Files.writeString(home.resolve("elsewhere-config"), "[profile only-here]\nregion = ap-south-1\n"
                + "aws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = x\n");
        var locations = ProfileFileLocations.fromEnvironment(Map.of("AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString()), home);

        assertThat(locations.config()).isEqualTo(config);
        assertThat(new AwsProfiles(locations).list().profiles()).extracting(AwsProfile::name).containsExactly("only-here");
    }

    @Test
    void defaultsToDotAwsAndExpandsTilde() {
        var standard = ProfileFileLocations.fromEnvironment(Map.of(), home);
        assertThat(standard.config()).isEqualTo(home.resolve(".aws/config"));
        assertThat(standard.credentials()).isEqualTo(home.resolve(".aws/credentials"));
        var tilde = ProfileFileLocations.fromEnvironment(Map.of("AWS_CONFIG_FILE", "~/my/config"), home);
        assertThat(tilde.config()).isEqualTo(home.resolve("my/config"));
    }

    @Test
    void noFilesMeansNoProfilesAndNoProblem() {
        var listing = new AwsProfiles(ProfileFileLocations.fromEnvironment(Map.of(), home)).list();
        assertThat(listing.profiles()).isEmpty();
        assertThat(listing.problem()).isEmpty();
    }

    private ProfileFileLocations writeBoth() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        Files.writeString(home.resolve(".aws/credentials"), CREDENTIALS);
        return ProfileFileLocations.fromEnvironment(Map.of(), home);
    }
}

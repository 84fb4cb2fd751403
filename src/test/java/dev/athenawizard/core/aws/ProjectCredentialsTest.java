package dev.athenawizard.core.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import static dev.athenawizard.core.project.ConnectionSection.CredentialSource.ACCESS_KEY;
import static dev.athenawizard.core.project.ConnectionSection.CredentialSource.DEFAULT_CHAIN;
import static dev.athenawizard.core.project.ConnectionSection.CredentialSource.PROFILE;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectCredentialsTest {
    private static final String WIZARD_KEY = "AKIAWIZARDKEY0000001";
    private static final String APORIA_KEY = "AKIAAPORIAKEY0000001";
    private final SecretStore store = SecretStore.memoryOnly(Runnable::run);
    private final ProfileFileLocations files = ProfileFileLocations.fromEnvironment(Map.of(), Path.of("/nonexistent"));

    private static ConnectionSection aws(ConnectionSection.CredentialSource source, String keyId,
            DataSourceCredentials dataSource) {
        return new ConnectionSection(ConnectionMode.AWS, "eu-west-1", source, "dev", keyId, "", dataSource);
    }

    @Test
    void theKeychainWinsOverTheEnvironment() {
        store.put(SecretKey.awsSecretAccessKey(WIZARD_KEY), Secret.of("from-keychain"));
        var source = credentials(Map.of("AWS_SECRET_ACCESS_KEY", "from-env"))
                .wizard(aws(ACCESS_KEY, WIZARD_KEY, null));
        assertThat(source.provider().resolveCredentials().secretAccessKey()).isEqualTo("from-keychain");
    }

    @Test
    void theEnvironmentsSecretIsUsedOnlyForItsOwnKeyId() {
        var matching = credentials(Map.of("AWS_ACCESS_KEY_ID", WIZARD_KEY, "AWS_SECRET_ACCESS_KEY", "env-secret",
                "AWS_SESSION_TOKEN", "env-token")).wizard(aws(ACCESS_KEY, WIZARD_KEY, null));
        assertThat(((CredentialSource.AccessKey) matching).temporary()).isTrue();

        assertThatThrownBy(() -> credentials(Map.of("AWS_ACCESS_KEY_ID", "AKIAOTHERKEY00000001",
                "AWS_SECRET_ACCESS_KEY", "env-secret")).wizard(aws(ACCESS_KEY, WIZARD_KEY, null)))
                .hasMessage("The secret access key of " + WIZARD_KEY + " is not in the keychain, and "
                        + "AWS_SECRET_ACCESS_KEY is not set for that key (AWS_ACCESS_KEY_ID names AKIAOTHERKEY00000001).")
                .hasMessageNotContaining("env-secret");
    }

    @Test
    void profileAndDefaultChainAndSandboxNeedNoSecret() {
        ProjectCredentials credentials = credentials(Map.of());
        assertThat(credentials.wizard(aws(PROFILE, "", null))).isEqualTo(new CredentialSource.Profile("dev", files));
        assertThat(credentials.wizard(aws(DEFAULT_CHAIN, "", null))).isInstanceOf(CredentialSource.DefaultChain.class);
        assertThat(credentials.wizard(ConnectionSection.DEFAULT)).isInstanceOf(CredentialSource.Sandbox.class);
    }

    @Test
    void aporiasDedicatedKeyComesFromTheKeychainOrItsOwnVariables() {
        var connection = aws(PROFILE, "", new DataSourceCredentials(false, APORIA_KEY));
        var fromEnv = (CredentialSource.AccessKey) credentials(Map.of("APORIA_AWS_SECRET_ACCESS_KEY", "aporia-env"))
                .aporia(connection);
        assertThat(fromEnv.accessKeyId()).isEqualTo(APORIA_KEY);
        assertThat(fromEnv.secretAccessKey().reveal()).isEqualTo("aporia-env");

        store.put(SecretKey.awsSecretAccessKey(APORIA_KEY), Secret.of("aporia-keychain"));
        var fromStore = (CredentialSource.AccessKey) credentials(Map.of("APORIA_AWS_SECRET_ACCESS_KEY", "aporia-env"))
                .aporia(connection);
        assertThat(fromStore.secretAccessKey().reveal()).isEqualTo("aporia-keychain");
    }

    @Test
    void aporiaUsesTheWizardsCredentialsWhenToldSo() {
        var connection = aws(PROFILE, "", DataSourceCredentials.SAME_AS_WIZARD);
        assertThat(credentials(Map.of()).aporia(connection)).isEqualTo(new CredentialSource.Profile("dev", files));
    }

    @Test
    void missingPiecesNameTheFieldOrVariable() {
        assertThatThrownBy(() -> credentials(Map.of()).wizard(aws(ACCESS_KEY, "", null)))
                .hasMessageContaining("connection.accessKeyId is empty and AWS_ACCESS_KEY_ID is not set");
        assertThatThrownBy(() -> credentials(Map.of()).aporia(aws(PROFILE, "", new DataSourceCredentials(false, ""))))
                .hasMessageContaining("connection.dataSource.accessKeyId is empty and APORIA_AWS_ACCESS_KEY_ID");
        assertThatThrownBy(() -> credentials(Map.of())
                .aporia(aws(PROFILE, "", new DataSourceCredentials(false, APORIA_KEY))))
                .hasMessageContaining("APORIA_AWS_SECRET_ACCESS_KEY is not set");
    }

    @Test
    void inTheSandboxAporiasKeyNeedsNoRealSecret() {
        var sandbox = new ConnectionSection(ConnectionMode.SANDBOX, "us-east-1", ACCESS_KEY, "", "", "",
                new DataSourceCredentials(false, APORIA_KEY));
        assertThat(((CredentialSource.AccessKey) credentials(Map.of()).aporia(sandbox)).accessKeyId())
                .isEqualTo(APORIA_KEY);
    }

    private ProjectCredentials credentials(Map<String, String> env) {
        return new ProjectCredentials(store, env, files);
    }
}

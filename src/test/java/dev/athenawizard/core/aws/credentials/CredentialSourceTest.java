package dev.athenawizard.core.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

class CredentialSourceTest {

    @Test
    void accessKeyWithSessionTokenSignsWithSessionCredentials() {
        var source = new CredentialSource.AccessKey(" ASIAIOSFODNN7EXAMPLE ", Secret.of("secret\n"),
                Optional.of(Secret.of("the-token")));
        var resolved = source.provider().resolveCredentials();
        assertThat(resolved).isInstanceOf(AwsSessionCredentials.class);
        assertThat(resolved.accessKeyId()).isEqualTo("ASIAIOSFODNN7EXAMPLE");
        assertThat(resolved.secretAccessKey()).isEqualTo("secret");
        assertThat(((AwsSessionCredentials) resolved).sessionToken()).isEqualTo("the-token");
    }

    @Test
    void anEmptySessionTokenMeansLongTermKeys() {
        var source = new CredentialSource.AccessKey("AKIAIOSFODNN7EXAMPLE", Secret.of("s"), Optional.of(Secret.of("")));
        assertThat(source.temporary()).isFalse();
        assertThat(source.description()).isEqualTo("access key AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> CredentialSource.AccessKey.of(" ", Secret.of("s")))
                .hasMessageStartingWith("Access key id is empty");
        assertThatThrownBy(() -> CredentialSource.AccessKey.of("akia lower", Secret.of("s")))
                .hasMessageStartingWith("Access key id \"akia lower\" is not a key id");
        assertThatThrownBy(() -> CredentialSource.AccessKey.of("AKIAIOSFODNN7EXAMPLE", Secret.of("")))
                .hasMessageStartingWith("Secret access key is empty");
        assertThatThrownBy(() -> CredentialSource.Profile.named(""))
                .hasMessageStartingWith("Profile is empty");
    }
}

package dev.athenawizard.core.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {
    private static final String TEXT = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETzz";

    @Test
    void toStringIsMaskedAndDoesNotRevealTheLength() {
        Secret secret = Secret.of(TEXT);
        assertThat(secret.toString()).isEqualTo("****").doesNotContain("wJal");
        assertThat(Secret.of("x").toString()).isEqualTo(secret.toString());
    }

    @Test
    void recordsHoldingASecretPrintItMasked() {
        var key = new CredentialSource.AccessKey("AKIAIOSFODNN7EXAMPLE", Secret.of(TEXT),
                Optional.of(Secret.of("token-value-123")));
        assertThat(key.toString()).doesNotContain(TEXT).doesNotContain("token-value-123").contains("****");
        assertThat(key.description()).isEqualTo("temporary access key AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void jacksonRefusesToWriteASecretEvenWhenEmptyBeansAreAllowed() {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        assertThatThrownBy(() -> mapper.writeValueAsString(Map.of("secretKey", Secret.of(TEXT))))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("never written")
                .hasMessageNotContaining(TEXT);
    }

    @Test
    void jacksonRefusesToReadASecret() {
        assertThatThrownBy(() -> new ObjectMapper().readValue("\"" + TEXT + "\"", Secret.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("never read");
    }

    @Test
    void clearOverwritesAndForbidsFurtherReads() {
        char[] typed = TEXT.toCharArray();
        Secret secret = Secret.of(typed);
        typed[0] = 'X'; // the secret took a copy
        assertThat(secret.reveal()).isEqualTo(TEXT);
        secret.clear();
        assertThat(secret.isCleared()).isTrue();
        assertThat(secret.isEmpty()).isTrue();
        assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class).hasMessageNotContaining(TEXT);
    }

    @Test
    void comparesByValue() {
        assertThat(Secret.of(TEXT).sameAs(Secret.of(TEXT))).isTrue();
        assertThat(Secret.of(TEXT).sameAs(Secret.of(TEXT + "x"))).isFalse();
        assertThat(Secret.of(TEXT).sameAs(null)).isFalse();
    }
}

package dev.athenawizard.core.aporia.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AporiaHostTest {
    @Test
    void a_bare_host_gets_https_as_the_sdk_does() {
        AporiaHost host = AporiaHost.parse(" app.aporia.com ");
        assertThat(host.apiBase()).hasToString("https://app.aporia.com/v1beta");
        assertThat(host.resolve("/models")).hasToString("https://app.aporia.com/v1beta/models");
        assertThat(host.sdkHost()).isEqualTo("https://app.aporia.com");
        assertThat(host.sdkPort()).isEqualTo(443);
    }

    @Test
    void the_api_address_pasted_whole_is_understood() {
        assertThat(AporiaHost.parse("https://aporia.example.com:8443/v1beta/").apiBase())
                .hasToString("https://aporia.example.com:8443/v1beta");
        assertThat(AporiaHost.parse("https://aporia.example.com:8443").sdkPort()).isEqualTo(8443);
    }

    @Test
    void plain_http_is_only_for_this_computer() {
        assertThat(AporiaHost.parse("http://127.0.0.1:4566").sdkHost()).isEqualTo("http://127.0.0.1");
        assertThat(AporiaHost.parse("http://localhost:4566").sdkPort()).isEqualTo(4566);
        assertThatThrownBy(() -> AporiaHost.parse("http://aporia.example.com"))
                .hasMessageContaining("unencrypted").hasMessageContaining("https://");
    }

    @Test
    void what_is_not_a_host_is_said_plainly() {
        assertThatThrownBy(() -> AporiaHost.parse("")).hasMessageStartingWith("is empty");
        assertThatThrownBy(() -> AporiaHost.parse("ftp://aporia.example.com")).hasMessageContaining("https://");
        assertThatThrownBy(() -> AporiaHost.parse("https://aporia.example.com/?token=x"))
                .hasMessageContaining("just the host");
        assertThatThrownBy(() -> AporiaHost.parse("https://exa mple.com")).hasMessageContaining("not a web address");
    }
}

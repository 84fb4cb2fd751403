package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox behind sandbox mode: started once on first use, and honest about whether it runs and why it does not. */
class SandboxHostTest {
    @TempDir
    Path dir;

    @Test
    void startsOnceOnFirstUse() {
        try (SandboxHost host = new SandboxHost(SandboxFixture.freshDataDir(), Runnable::run)) {
            assertThat(host.running()).isFalse();
            URI endpoint = host.endpoint().join();
            assertThat(host.running()).isTrue();
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(host.endpoint().join()).isEqualTo(endpoint);
        }
    }

    @Test
    void aFailedStartSaysTheSandboxCouldNotStart() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        try (SandboxHost host = new SandboxHost(notAFolder, Runnable::run)) {
            assertThatThrownBy(() -> host.endpoint().join()).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("The sandbox could not start: ");
            assertThat(host.running()).isFalse();
        }
    }
}

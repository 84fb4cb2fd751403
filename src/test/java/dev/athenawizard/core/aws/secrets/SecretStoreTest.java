package dev.athenawizard.core.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.athenawizard.core.aws.credentials.Secret;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class SecretStoreTest {
    private static final Executor DIRECT = Runnable::run;
    private static final SecretKey KEY = SecretKey.awsSecretAccessKey("AKIAIOSFODNN7EXAMPLE");

    @Test
    void withoutAKeyringSecretsStayInMemoryAndTheStatusSaysSo() {
        assumeTrue(OsKeychain.open().keychain().isEmpty(), "this machine has a keyring");
        SecretStore store = SecretStore.withOsKeychain(DIRECT);

        KeychainStatus status = store.keychainStatus().join();
        assertThat(status.available()).isFalse();
        assertThat(status.message()).startsWith("No keyring available: secrets stay in memory for this session (")
                .contains("No available keyring backend found");

        KeychainStatus remembered = store.remember(KEY, Secret.of("s3cret")).join();
        assertThat(remembered).isEqualTo(status);
        assertThat(store.load(KEY).join()).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("s3cret"));
    }

    @Test
    void aNewSessionWithoutAKeychainHasNothing() {
        SecretStore first = SecretStore.memoryOnly(DIRECT);
        first.remember(KEY, Secret.of("s3cret")).join();
        assertThat(SecretStore.memoryOnly(DIRECT).load(KEY).join()).isEmpty();
    }

    @Test
    void remembersInTheKeychainAcrossSessionsAndForgets() {
        MapKeychain keychain = new MapKeychain();
        SecretStore first = new SecretStore(() -> keychain.opening(), DIRECT);
        assertThat(first.keychainStatus().join())
                .isEqualTo(new KeychainStatus(true, "Secrets can be remembered in the test keychain."));

        assertThat(first.remember(KEY, Secret.of("s3cret")).join().message())
                .isEqualTo("Remembered in the test keychain.");
        assertThat(keychain.entries).containsEntry("aws-secret-access-key:AKIAIOSFODNN7EXAMPLE", "s3cret");

        SecretStore second = new SecretStore(() -> keychain.opening(), DIRECT);
        assertThat(second.inMemory(KEY)).isEmpty();
        assertThat(second.load(KEY).join()).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("s3cret"));

        second.forget(KEY).join();
        assertThat(keychain.entries).isEmpty();
        assertThat(second.load(KEY).join()).isEmpty();
    }

    @Test
    void aKeychainFailureKeepsTheSecretInMemoryAndNeverQuotesIt() {
        MapKeychain keychain = new MapKeychain();
        keychain.refuse = true;
        SecretStore store = new SecretStore(() -> keychain.opening(), DIRECT);

        KeychainStatus status = store.remember(KEY, Secret.of("s3cret")).join();
        assertThat(status.available()).isFalse();
        assertThat(status.message()).contains("locked").endsWith("It stays in memory for this session.")
                .doesNotContain("s3cret");
        assertThat(store.inMemory(KEY)).isPresent();
    }

    @Test
    void handsOutCopiesSoAClearedCopyLeavesTheStoreIntact() {
        SecretStore store = SecretStore.memoryOnly(DIRECT);
        Secret typed = Secret.of("s3cret");
        store.put(KEY, typed);
        typed.clear();
        store.inMemory(KEY).orElseThrow().clear();
        assertThat(store.inMemory(KEY).orElseThrow().reveal()).isEqualTo("s3cret");

        store.clearMemory();
        assertThat(store.inMemory(KEY)).isEmpty();
    }

    @Test
    void secretKeysNeedAnOwner() {
        assertThat(SecretKey.aporiaToken(" app.aporia.com ").keychainAccount()).isEqualTo("aporia-token:app.aporia.com");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SecretKey.awsSessionToken(""))
                .hasMessageContaining("needs an owner");
    }

    /** Stands in for the OS keychain, which CI machines do not have. */
    private static final class MapKeychain implements Keychain {
        final Map<String, String> entries = new HashMap<>();
        boolean refuse;

        Keychain.Opening opening() {
            return new Keychain.Opening(Optional.of(this), "");
        }

        @Override
        public String name() {
            return "test keychain";
        }

        @Override
        public void store(String account, String secret) throws KeychainException {
            if (refuse) {
                throw new KeychainException("The test keychain is locked.", null);
            }
            entries.put(account, secret);
        }

        @Override
        public Optional<String> load(String account) {
            return Optional.ofNullable(entries.get(account));
        }

        @Override
        public void delete(String account) {
            entries.remove(account);
        }
    }
}

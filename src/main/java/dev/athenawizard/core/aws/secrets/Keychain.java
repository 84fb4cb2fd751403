package dev.athenawizard.core.aws.secrets;

import java.util.Optional;

/**
 * The OS keychain as the {@link SecretStore} needs it. Calls may block (D-Bus, an unlock prompt): the store makes them
 * on its background executor. Implementations must never put a secret into an exception message.
 */
public interface Keychain {

    /** "GNOME keyring", "macOS Keychain", …: for {@link KeychainStatus}. */
    String name();

    void store(String account, String secret) throws KeychainException;

    /** The stored secret, or empty when there is none. */
    Optional<String> load(String account) throws KeychainException;

    void delete(String account) throws KeychainException;

    /** The result of opening a keychain: one, or why there is none (shown to the user). */
    record Opening(Optional<Keychain> keychain, String whyNot) {
        public Opening {
            keychain = keychain == null ? Optional.empty() : keychain;
            whyNot = whyNot == null ? "" : whyNot;
        }
    }

    /** The keychain refused or failed; the message never holds the secret. */
    final class KeychainException extends Exception {
        private static final long serialVersionUID = 1L;

        public KeychainException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

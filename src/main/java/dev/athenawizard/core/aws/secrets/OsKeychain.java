package dev.athenawizard.core.aws.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The platform keychain through java-keyring: macOS Keychain, Windows Credential Manager, or the freedesktop Secret
 * Service (GNOME keyring, KWallet). Where none runs (a headless Linux box without a Secret Service on D-Bus)
 * {@link #open()} reports that and the wizard keeps secrets in memory.
 */
public final class OsKeychain implements Keychain {
    /** The "service" every entry is filed under, so the user can find and remove them in the keychain app. */
    static final String SERVICE = "athena-wizard";

    private final Keyring keyring;

    private OsKeychain(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Either a keychain or the reason there is none. Blocks briefly (it asks D-Bus on Linux). */
    public static Keychain.Opening open() {
        try {
            return new Keychain.Opening(Optional.of(new OsKeychain(Keyring.create())), "");
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return new Keychain.Opening(Optional.empty(), reason(e));
        }
    }

    @Override
    public String name() {
        return switch (keyring.getKeyringStorageType()) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            case GNOME_KEYRING -> "GNOME keyring";
            case KWALLET -> "KDE Wallet";
        };
    }

    @Override
    public void store(String account, String secret) throws KeychainException {
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeychainException("The " + name() + " did not store " + account + ": " + reason(e), e);
        }
    }

    @Override
    public Optional<String> load(String account) throws KeychainException {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // java-keyring reports "not found" this way on every backend
        } catch (RuntimeException e) {
            throw new KeychainException("The " + name() + " did not give back " + account + ": " + reason(e), e);
        }
    }

    @Override
    public void delete(String account) throws KeychainException {
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException e) {
            // nothing stored under that name: already forgotten
        } catch (RuntimeException e) {
            throw new KeychainException("The " + name() + " did not delete " + account + ": " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

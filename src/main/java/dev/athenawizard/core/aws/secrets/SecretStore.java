package dev.athenawizard.core.aws.secrets;

import dev.athenawizard.core.aws.credentials.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the session's secrets (AWS secret keys, session tokens, the Aporia token): in memory by default, and in the OS
 * keychain as well when the user ticks "remember" and a keychain is available.
 *
 * <p>Memory operations are immediate. Everything that may touch the keychain returns a future completed on the
 * executor given to the constructor, because keychains block (D-Bus, unlock prompts). Nothing here writes a secret to
 * a file or a log; the keychain is the only place a secret leaves the process.
 */
public final class SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStore.class);

    private final Map<SecretKey, Secret> memory = new ConcurrentHashMap<>();
    private final Supplier<Keychain.Opening> opener;
    private final Executor executor;
    private volatile Keychain.Opening opening;

    /**
     * @param opener   opens the keychain on first use (on the executor); {@link OsKeychain#open} in the application
     * @param executor where keychain calls run
     */
    public SecretStore(Supplier<Keychain.Opening> opener, Executor executor) {
        this.opener = opener;
        this.executor = executor;
    }

    /** The store the application uses: the platform keychain when there is one. */
    public static SecretStore withOsKeychain(Executor executor) {
        return new SecretStore(OsKeychain::open, executor);
    }

    /** A store that never touches a keychain (the CLI when told not to, and tests). */
    public static SecretStore memoryOnly(Executor executor) {
        return new SecretStore(() -> new Keychain.Opening(Optional.empty(), "keychain use is switched off"),
                executor);
    }

    /** Whether "remember in keychain" can work; opens the keychain the first time. */
    public CompletableFuture<KeychainStatus> keychainStatus() {
        return CompletableFuture.supplyAsync(this::status, executor);
    }

    /** Keeps a copy in memory for this session only; replaces what was there. */
    public void put(SecretKey key, Secret secret) {
        Secret previous = memory.put(key, secret.copy());
        if (previous != null) {
            previous.clear();
        }
    }

    /** A copy of the secret held in memory, if any (no keychain look-up). */
    public Optional<Secret> inMemory(SecretKey key) {
        return Optional.ofNullable(memory.get(key)).map(Secret::copy);
    }

    /** From memory, else from the keychain (and then kept in memory for the session). */
    public CompletableFuture<Optional<Secret>> load(SecretKey key) {
        Optional<Secret> held = inMemory(key);
        if (held.isPresent()) {
            return CompletableFuture.completedFuture(held);
        }
        return CompletableFuture.supplyAsync(() -> fromKeychain(key), executor);
    }

    /**
     * Keeps the secret in memory and, when a keychain is available, stores it there too.
     *
     * @return where it went: the status says "remembered in the keychain" or why it stays in memory only
     */
    public CompletableFuture<KeychainStatus> remember(SecretKey key, Secret secret) {
        put(key, secret);
        Secret copy = secret.copy();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return storeInKeychain(key, copy);
            } finally {
                copy.clear();
            }
        }, executor);
    }

    /** Removes the secret from memory and from the keychain. */
    public CompletableFuture<Void> forget(SecretKey key) {
        Secret previous = memory.remove(key);
        if (previous != null) {
            previous.clear();
        }
        return CompletableFuture.runAsync(() -> keychain().ifPresent(k -> {
            try {
                k.delete(key.keychainAccount());
            } catch (Keychain.KeychainException e) {
                LOG.warn("{}", e.getMessage());
            }
        }), executor);
    }

    /** Overwrites every secret held in memory (on exit, or when the user signs out). The keychain keeps its copies. */
    public void clearMemory() {
        memory.values().forEach(Secret::clear);
        memory.clear();
    }

    private KeychainStatus storeInKeychain(SecretKey key, Secret secret) {
        Optional<Keychain> keychain = keychain();
        if (keychain.isEmpty()) {
            return status();
        }
        try {
            keychain.get().store(key.keychainAccount(), secret.reveal());
            return new KeychainStatus(true, "Remembered in the " + keychain.get().name() + ".");
        } catch (Keychain.KeychainException e) {
            LOG.warn("{}", e.getMessage());
            return new KeychainStatus(false, e.getMessage() + " It stays in memory for this session.");
        }
    }

    private Optional<Secret> fromKeychain(SecretKey key) {
        Optional<Keychain> keychain = keychain();
        if (keychain.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Secret> found = keychain.get().load(key.keychainAccount()).map(Secret::of);
            found.ifPresent(secret -> put(key, secret));
            return found;
        } catch (Keychain.KeychainException e) {
            LOG.warn("{}", e.getMessage());
            return Optional.empty();
        }
    }

    private KeychainStatus status() {
        return keychain().map(k -> KeychainStatus.available(k.name()))
                .orElseGet(() -> KeychainStatus.unavailable(opening().whyNot()));
    }

    private Optional<Keychain> keychain() {
        return opening().keychain();
    }

    private Keychain.Opening opening() {
        Keychain.Opening result = opening;
        if (result == null) {
            synchronized (this) {
                if (opening == null) {
                    opening = opener.get();
                }
                result = opening;
            }
        }
        return result;
    }
}

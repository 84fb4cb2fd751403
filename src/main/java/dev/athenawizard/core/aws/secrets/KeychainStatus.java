package dev.athenawizard.core.aws.secrets;

/**
 * Whether secrets can be remembered in the OS keychain, with a sentence the Connection step can show as it is.
 *
 * @param available true when a keychain answered
 * @param message   e.g. "Secrets can be remembered in the GNOME keyring." or "No keyring available: secrets stay in
 *                  memory for this session."
 */
public record KeychainStatus(boolean available, String message) {

    public static KeychainStatus available(String backendName) {
        return new KeychainStatus(true, "Secrets can be remembered in the " + backendName + ".");
    }

    public static KeychainStatus unavailable(String why) {
        return new KeychainStatus(false, "No keyring available: secrets stay in memory for this session"
                + (why == null || why.isBlank() ? "." : " (" + why + ")."));
    }
}

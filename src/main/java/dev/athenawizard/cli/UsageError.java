package dev.athenawizard.cli;

/**
 * The command line asks for something that cannot work (a malformed URL, an unknown region, flags that contradict
 * each other). Raised before anything is sent; {@link CliErrors} prints it and exits with 2.
 */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}

package dev.athenawizard.core.aporia.client;

/**
 * A call that did not go through, with the reason in the wizard's words (never the token or a secret key).
 *
 * @see AporiaErrors
 */
public final class AporiaCallException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem it is, so a screen can point at the field to fix. */
    public enum Kind {
        /** 401: the token. */
        TOKEN,
        /** 403: the token's rights. */
        PERMISSION,
        /** 404/405 or no Aporia API at that address: the host. */
        HOST,
        /** The host could not be reached at all. */
        UNREACHABLE,
        /** 400/422 and other refusals: the payload, i.e. a project field. */
        REJECTED,
        /** 429/5xx or timeouts, still failing after every retry. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final int status;

    public AporiaCallException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}

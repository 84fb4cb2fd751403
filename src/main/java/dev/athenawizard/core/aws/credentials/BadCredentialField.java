package dev.athenawizard.core.aws.credentials;

/**
 * A credential that cannot be used as typed, naming the field to fix, so a form can mark that field without reading
 * the message.
 */
public final class BadCredentialField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The part of a credential source that is wrong. */
    public enum Field { ACCESS_KEY_ID, SECRET_ACCESS_KEY, PROFILE }

    private final Field field;

    public BadCredentialField(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}

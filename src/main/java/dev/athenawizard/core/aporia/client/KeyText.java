package dev.athenawizard.core.aporia.client;

/**
 * How the data source's key appears in a rendered request: for real when sending, masked in a dry run or summary,
 * as environment-variable placeholders in an export.
 */
public record KeyText(String user, String password) {
    public static final String MASK = "****";
    public static final String KEY_ID_VARIABLE = "APORIA_AWS_ACCESS_KEY_ID";
    public static final String SECRET_VARIABLE = "APORIA_AWS_SECRET_ACCESS_KEY";

    /** The key itself: only for the request that is sent. */
    public static KeyText real(DataSourceKey key) {
        return new KeyText(key.accessKeyId(), key.secretAccessKey().reveal());
    }

    /** The key id (not a secret) and a mask; an unknown key id says where it will come from. */
    public static KeyText masked(String accessKeyId) {
        return new KeyText(accessKeyId == null || accessKeyId.isBlank() ? "(from the project's credentials)"
                : accessKeyId, MASK);
    }

    /** {@code ${APORIA_AWS_ACCESS_KEY_ID}}, {@code ${APORIA_AWS_SECRET_ACCESS_KEY}}: filled in by envsubst. */
    public static KeyText placeholders() {
        return new KeyText("${" + KEY_ID_VARIABLE + "}", "${" + SECRET_VARIABLE + "}");
    }

    @Override
    public String toString() {
        return "KeyText[" + user + ", " + MASK + "]";
    }
}

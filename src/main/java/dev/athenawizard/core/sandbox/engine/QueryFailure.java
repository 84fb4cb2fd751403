package dev.athenawizard.core.sandbox.engine;

/**
 * Why a query FAILED, in Athena's terms: an engine error name, the message shown in {@code StateChangeReason} and
 * {@code AthenaError.ErrorMessage} ({@code NAME: line L:C: text}), and the error category (1 system, 2 user) and
 * type of Athena's error catalog.
 */
public final class QueryFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int SYSTEM = 1;
    public static final int USER = 2;

    private final String errorName;
    private final int category;
    private final int errorType;

    private QueryFailure(String errorName, int category, int errorType, String detail) {
        super(errorName + ": " + detail, null, false, false);
        this.errorName = errorName;
        this.category = category;
        this.errorType = errorType;
    }

    /** A user error placed in the SQL, e.g. {@code TABLE_NOT_FOUND: line 1:15: Table '…' does not exist}. */
    public static QueryFailure at(SqlPosition position, String errorName, int errorType, String text) {
        return new QueryFailure(errorName, USER, errorType, position + ": " + text);
    }

    public static QueryFailure of(String errorName, int category, int errorType, String text) {
        return new QueryFailure(errorName, category, errorType, text);
    }

    public String errorName() {
        return errorName;
    }

    public int category() {
        return category;
    }

    public int errorType() {
        return errorType;
    }
}

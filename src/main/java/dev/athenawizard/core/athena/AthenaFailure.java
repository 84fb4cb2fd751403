package dev.athenawizard.core.athena;

import java.util.Objects;
import java.util.Optional;

/**
 * Every way a call to Athena (or to the sandbox standing in for it) can fail, as one exception type.
 *
 * <p>{@link #getMessage()} is written for the user: what happened, and what to do about it, naming the workgroup,
 * table, column, position or IAM action involved. It never contains secrets. {@link #kind()} lets the UI react (e.g.
 * underline {@link #position()} for a syntax error); {@link #athenaMessage()} keeps AWS's own words for the log.
 */
public final class AthenaFailure extends RuntimeException {

    /** What went wrong, in the terms a user acts on. */
    public enum Kind {
        /** The SQL does not parse; {@link #position()} says where. */
        SYNTAX_ERROR,
        TABLE_NOT_FOUND,
        COLUMN_NOT_FOUND,
        DATABASE_NOT_FOUND,
        /** The query ran and Athena reported it FAILED for another reason ({@link #athenaMessage()}). */
        QUERY_FAILED,
        /** Neither the workgroup nor the request says where results go. */
        NO_OUTPUT_LOCATION,
        WORKGROUP_NOT_FOUND,
        WORKGROUP_DISABLED,
        WORKGROUP_ALREADY_EXISTS,
        /** AWS kept answering "Rate exceeded" after the SDK's retries. */
        THROTTLED,
        /** The account's limit of concurrently running or queued queries is reached. */
        TOO_MANY_QUERIES,
        /** IAM denied an action; {@link #denial()} names it. */
        ACCESS_DENIED,
        CREDENTIALS_MISSING,
        CREDENTIALS_INVALID,
        CREDENTIALS_EXPIRED,
        /** No answer from the endpoint: network down, wrong URL, proxy, or nothing listening. */
        ENDPOINT_UNREACHABLE,
        /** AWS answered with an internal error even after retries. */
        SERVICE_ERROR,
        /** Athena refused the request for a reason not covered above. */
        INVALID_REQUEST,
        /** The deadline passed; the query was stopped in Athena. */
        TIMED_OUT,
        /** Cancelled by the user; the query was stopped in Athena. */
        CANCELLED,
        UNKNOWN
    }

    private final Kind kind;
    private final String athenaMessage;
    private final SqlPosition position;
    private final AccessDenial denial;
    private final String queryExecutionId;

    private AthenaFailure(Kind kind, String userMessage, String athenaMessage, SqlPosition position,
            AccessDenial denial, String queryExecutionId, Throwable cause) {
        super(userMessage, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.athenaMessage = athenaMessage;
        this.position = position;
        this.denial = denial;
        this.queryExecutionId = queryExecutionId;
    }

    public static AthenaFailure of(Kind kind, String userMessage) {
        return new AthenaFailure(kind, userMessage, null, null, null, null, null);
    }

    public static AthenaFailure of(Kind kind, String userMessage, String athenaMessage, Throwable cause) {
        return new AthenaFailure(kind, userMessage, athenaMessage, null, null, null, cause);
    }

    public AthenaFailure at(SqlPosition where) {
        return new AthenaFailure(kind, getMessage(), athenaMessage, where, denial, queryExecutionId, getCause());
    }

    public AthenaFailure deniedBy(AccessDenial what) {
        return new AthenaFailure(kind, getMessage(), athenaMessage, position, what, queryExecutionId, getCause());
    }

    public AthenaFailure forExecution(String executionId) {
        return new AthenaFailure(kind, getMessage(), athenaMessage, position, denial, executionId, getCause());
    }

    /** The same failure, told differently: for a caller that knows the context (the workgroup, the endpoint). */
    public AthenaFailure withMessage(String userMessage) {
        return new AthenaFailure(kind, userMessage, athenaMessage, position, denial, queryExecutionId, getCause());
    }

    public Kind kind() {
        return kind;
    }

    /** Athena's (or AWS's) own words, when it said something. */
    public Optional<String> athenaMessage() {
        return Optional.ofNullable(athenaMessage);
    }

    /** Where in the SQL the problem is, for syntax errors and unknown tables or columns. */
    public Optional<SqlPosition> position() {
        return Optional.ofNullable(position);
    }

    /** The denied IAM action and resource, for {@link Kind#ACCESS_DENIED}. */
    public Optional<AccessDenial> denial() {
        return Optional.ofNullable(denial);
    }

    /** The Athena execution the failure belongs to, when one was started. */
    public Optional<String> queryExecutionId() {
        return Optional.ofNullable(queryExecutionId);
    }
}

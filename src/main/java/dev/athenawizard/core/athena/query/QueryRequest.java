package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.project.QuerySection;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run, where, and for how long at most.
 *
 * @param sql            the statement, exactly as the user wrote it (positions in errors refer to it)
 * @param workgroup      the workgroup it runs in, as described by {@code GetWorkGroup}; its settings decide whether
 *                       an output location is sent and whether results may be reused
 * @param catalog        the catalog unqualified names resolve in
 * @param database       the database unqualified names resolve in; empty for none
 * @param outputLocation where results go when the workgroup has no location of its own
 * @param timeout        the deadline, counted from submission; the query is stopped in Athena when it passes
 * @param reuseResults   whether Athena may answer from an identical query's results of the last hour (engine v3)
 */
public record QueryRequest(String sql, WorkgroupInfo workgroup, String catalog, String database,
        Optional<String> outputLocation, Duration timeout, boolean reuseResults) {

    /** Athena's own limit for DML queries. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
    /** How old reused results may be, in minutes (Athena's default). */
    public static final int REUSE_MAX_AGE_MINUTES = 60;

    public QueryRequest {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(workgroup, "workgroup");
        catalog = catalog == null || catalog.isBlank() ? QuerySection.DEFAULT_CATALOG : catalog;
        database = database == null ? "" : database;
        outputLocation = outputLocation == null ? Optional.empty() : outputLocation.filter(s -> !s.isBlank());
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public static QueryRequest of(String sql, WorkgroupInfo workgroup) {
        return new QueryRequest(sql, workgroup, null, null, Optional.empty(), null, true);
    }

    /** The project's query in the project's workgroup. */
    public static QueryRequest of(QuerySection query, WorkgroupInfo workgroup) {
        return of(query.sql(), workgroup).in(query.catalog(), query.database());
    }

    public QueryRequest in(String catalogName, String databaseName) {
        return new QueryRequest(sql, workgroup, catalogName, databaseName, outputLocation, timeout, reuseResults);
    }

    public QueryRequest withTimeout(Duration limit) {
        return new QueryRequest(sql, workgroup, catalog, database, outputLocation, limit, reuseResults);
    }

    public QueryRequest withOutputLocation(String s3Folder) {
        return new QueryRequest(sql, workgroup, catalog, database, Optional.ofNullable(s3Folder), timeout,
                reuseResults);
    }

    public QueryRequest withResultReuse(boolean allowed) {
        return new QueryRequest(sql, workgroup, catalog, database, outputLocation, timeout, allowed);
    }

    /** The output location to send: only where the workgroup has none and would not override or refuse it. */
    Optional<String> outputLocationToSend() {
        return workgroup.acceptsClientOutputLocation() ? outputLocation : Optional.empty();
    }

    boolean sendsResultReuse() {
        return reuseResults && workgroup.supportsResultReuse();
    }
}

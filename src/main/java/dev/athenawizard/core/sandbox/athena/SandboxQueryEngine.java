package dev.athenawizard.core.sandbox.athena;

import dev.athenawizard.core.sandbox.SandboxAccount;
import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import dev.athenawizard.core.sandbox.engine.DuckType;
import dev.athenawizard.core.sandbox.engine.EngineErrors;
import dev.athenawizard.core.sandbox.engine.ParsedStatement;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.ResultColumn;
import dev.athenawizard.core.sandbox.engine.ResultCsv;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.engine.ValueRenderer;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Arns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one query on the engine's executor, doing what Athena does on the caller's behalf: look the tables up in
 * Glue and read their files in S3 (with the caller's permissions), run the SQL, and write the result file to the
 * output location (again as the caller).
 */
final class SandboxQueryEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxQueryEngine.class);
    private static final int CANCEL_CHECK_ROWS = 512;

    private final DuckDbEngine engine;
    private final SandboxCatalog catalog;
    private final AccessControl access;
    private final Clock clock;

    SandboxQueryEngine(DuckDbEngine engine, SandboxCatalog catalog, AccessControl access, Clock clock) {
        this.engine = engine;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    /** What a run needs besides the execution: the parsed SQL, the caller, and where results go on disk. */
    record Job(QueryExecution execution, ParsedStatement statement, Caller caller, Path resultFile) {
    }

    void run(Job job) {
        QueryExecution execution = job.execution();
        if (!execution.start(clock.instant())) {
            return; // stopped while queued
        }
        long scanned = 0;
        QueryExecution.Outcome outcome;
        try {
            List<CatalogTable> tables = resolveTables(job);
            scanned = tables.stream().distinct().mapToLong(CatalogTable::totalBytes).sum();
            long cutoff = execution.workgroup().bytesScannedCutoff().orElse(Long.MAX_VALUE);
            if (scanned > cutoff) {
                outcome = new QueryExecution.Cancelled("Bytes scanned limit was exceeded.", scanned);
            } else {
                requireResultWrite(job);
                outcome = execute(job, scanned);
            }
        } catch (QueryFailure failure) {
            outcome = new QueryExecution.Failed(failure, scanned);
        } catch (SQLException e) {
            outcome = execution.isCancelled() || EngineErrors.isInterrupt(e)
                    ? new QueryExecution.Cancelled(QueryExecution.CANCELLED_BY_USER, scanned)
                    : new QueryExecution.Failed(EngineErrors.translate(e, job.statement()), scanned);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Query {} failed inside the sandbox", execution.id(), e);
            outcome = new QueryExecution.Failed(QueryFailure.of("GENERIC_INTERNAL_ERROR", QueryFailure.SYSTEM, 200,
                    String.valueOf(e.getMessage())), scanned);
        }
        execution.finish(clock.instant(), outcome);
    }

    /** Only SELECT-like statements run here; other valid Athena statements fail honestly as unsupported. */
    private List<CatalogTable> resolveTables(Job job) {
        ParsedStatement statement = job.statement();
        if (!statement.hasTree() || !statement.kind().isSelect()) {
            throw QueryFailure.at(SqlPosition.START, "NOT_SUPPORTED", 1200, "The sandbox runs SELECT queries only; "
                    + statement.kind().substatementType() + " statements need a real Athena");
        }
        QueryRequest request = job.execution().request();
        String defaultDatabase = request.database().orElse("default").toLowerCase(Locale.ROOT);
        List<CatalogTable> tables = new ArrayList<>();
        for (ParsedStatement.TableReference reference : statement.tableReferences()) {
            List<String> parts = reference.parts();
            String catalogName = parts.size() == 3 ? parts.get(0)
                    : request.catalog().orElse(SandboxAccount.CATALOG).toLowerCase(Locale.ROOT);
            String database = parts.size() >= 2 ? parts.get(parts.size() - 2) : defaultDatabase;
            String name = parts.get(parts.size() - 1);
            if (!catalogName.equalsIgnoreCase(SandboxAccount.CATALOG)) {
                throw QueryFailure.at(reference.position(), "CATALOG_NOT_FOUND", 1301,
                        "Catalog '" + catalogName + "' does not exist");
            }
            requireGlue(job.caller(), "glue:GetDatabase", Arns.glueDatabase(job.caller().region(), database));
            requireGlue(job.caller(), "glue:GetTable", Arns.glueTable(job.caller().region(), database, name));
            if (!catalog.hasDatabase(database)) {
                throw QueryFailure.at(reference.position(), "SCHEMA_NOT_FOUND", 1301,
                        "Schema '" + database + "' does not exist");
            }
            CatalogTable table = catalog.table(database, name).orElseThrow(() -> QueryFailure.at(reference.position(),
                    "TABLE_NOT_FOUND", 1301, "Table 'awsdatacatalog." + database + "." + name + "' does not exist"));
            requireRead(job.caller(), table);
            tables.add(table);
        }
        return tables;
    }

    private void requireGlue(Caller caller, String action, List<String> resources) {
        access.glueDenialSeenByAthena(caller, action, resources).ifPresent(denial -> {
            throw QueryFailure.of("PERMISSION_DENIED", QueryFailure.USER, 1000,
                    "Insufficient permissions to execute the query. " + denial);
        });
    }

    /** Athena lists the table's folder and reads each file as the caller. */
    private void requireRead(Caller caller, CatalogTable table) {
        String bucketArn = "arn:aws:s3:::" + SandboxAccount.DATA_BUCKET;
        if (!access.allows(caller, "s3:ListBucket", bucketArn)) {
            throw permissionDeniedOnPath(table.location());
        }
        for (CatalogTable.DataFile file : table.files()) {
            if (!access.allows(caller, "s3:GetObject", bucketArn + "/" + file.key())) {
                throw permissionDeniedOnPath("s3://" + SandboxAccount.DATA_BUCKET + "/" + file.key());
            }
        }
    }

    private static QueryFailure permissionDeniedOnPath(String path) {
        return QueryFailure.of("PERMISSION_DENIED", QueryFailure.USER, 1000, "Permission denied on S3 path: " + path);
    }

    private void requireResultWrite(Job job) {
        Optional<String> location = job.execution().outputLocation();
        if (location.isPresent() && !access.allows(job.caller(), "s3:PutObject",
                "arn:aws:s3:::" + location.get().substring("s3://".length()))) {
            throw QueryFailure.of("PERMISSION_DENIED", QueryFailure.USER, 401, "Access denied when writing output to "
                    + "url '" + location.get() + "'. Please ensure you are allowed to access the S3 bucket. If you are "
                    + "encrypting query results with KMS key, please ensure you are allowed to access your KMS key");
        }
    }

    private QueryExecution.Outcome execute(Job job, long scanned) throws SQLException, IOException {
        QueryExecution execution = job.execution();
        Path partial = job.resultFile().resolveSibling(job.resultFile().getFileName() + ".writing");
        Files.createDirectories(partial.getParent());
        try (Connection session = engine.session(execution.request().database().map(String::toLowerCase)
                .filter(catalog::hasDatabase));
             Statement statement = session.createStatement()) {
            execution.running(statement);
            List<ResultColumn> columns;
            long rows;
            try (ResultSet rs = statement.executeQuery(job.statement().bind(execution.request().executionParameters()));
                 ResultCsv.RowWriter csv = new ResultCsv.RowWriter(partial)) {
                columns = columns(rs.getMetaData(), job.statement());
                csv.write(columns.stream().map(ResultColumn::name).toList());
                rows = writeRows(rs, columns.size(), csv, execution);
            }
            if (rows < 0) {
                return new QueryExecution.Cancelled(QueryExecution.CANCELLED_BY_USER, scanned);
            }
            Files.move(partial, job.resultFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new QueryExecution.Succeeded(columns, job.resultFile(), scanned, rows);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Renders and writes every row; returns how many, or -1 when the query was stopped meanwhile. */
    private static long writeRows(ResultSet rs, int width, ResultCsv.RowWriter csv, QueryExecution execution)
            throws SQLException, IOException {
        long rows = 0;
        List<String> values = new ArrayList<>(width);
        while (rs.next()) {
            values.clear();
            for (int i = 1; i <= width; i++) {
                values.add(ValueRenderer.render(rs.getObject(i)));
            }
            csv.write(values);
            if (++rows % CANCEL_CHECK_ROWS == 0 && execution.isCancelled()) {
                return -1;
            }
        }
        return rows;
    }

    /**
     * Athena's column names: lower case, and {@code _col<i>} for an expression without an alias, where DuckDB would
     * name the column after the expression's text.
     */
    private static List<ResultColumn> columns(ResultSetMetaData meta, ParsedStatement statement) throws SQLException {
        int count = meta.getColumnCount();
        Optional<List<String>> names = statement.outputNames().filter(n -> n.size() == count);
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = names.isPresent() ? names.get().get(i - 1) : meta.getColumnName(i);
            columns.add(ResultColumn.of(name.toLowerCase(Locale.ROOT), DuckType.parse(meta.getColumnTypeName(i))));
        }
        return columns;
    }
}

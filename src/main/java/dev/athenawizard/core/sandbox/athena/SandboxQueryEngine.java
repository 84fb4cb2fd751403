package dev.athenawizard.core.sandbox.athena;

import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.engine.AthenaSql;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import dev.athenawizard.core.sandbox.engine.EngineErrors;
import dev.athenawizard.core.sandbox.engine.ParsedStatement;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.ResultColumn;
import dev.athenawizard.core.sandbox.engine.ResultCsv;
import dev.athenawizard.core.sandbox.engine.ResultText;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.statements.StatementResult;
import dev.athenawizard.core.sandbox.statements.UtilityStatements;
import dev.athenawizard.core.sandbox.statements.ViewStatements;
import dev.athenawizard.core.sandbox.trino.ColumnRead;
import dev.athenawizard.core.sandbox.trino.TranslatedQuery;
import dev.athenawizard.core.sandbox.trino.TrinoTranslator;
import dev.athenawizard.core.sandbox.trino.types.ColumnInfos;
import dev.athenawizard.core.sandbox.trino.types.ResultValues;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import io.trino.sql.tree.CreateView;
import io.trino.sql.tree.DropView;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one statement on the engine's executor, doing what Athena does on the caller's behalf: a query is translated
 * from Trino's SQL (looking tables up in Glue as the caller), its tables' files are read in S3 as the caller, DuckDB
 * runs it, and the result file is written to the output location; SHOW and DESCRIBE are answered from the catalog;
 * {@code CREATE VIEW} and {@code DROP VIEW} change it. Anything else fails honestly as unsupported.
 */
final class SandboxQueryEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxQueryEngine.class);
    private static final int CANCEL_CHECK_ROWS = 512;

    private final DuckDbEngine engine;
    private final SandboxCatalog catalog;
    private final AccessControl access;
    private final Clock clock;
    private final TrinoTranslator translator;
    private final UtilityStatements utility;
    private final ViewStatements views;

    SandboxQueryEngine(DuckDbEngine engine, SandboxCatalog catalog, AccessControl access, Clock clock) {
        this.engine = engine;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
        this.translator = TrinoTranslator.standard();
        this.utility = new UtilityStatements(catalog);
        this.views = new ViewStatements(catalog, translator, clock);
    }

    /** What a run needs besides the execution: the parsed SQL, the caller, and where results go on disk. */
    record Job(QueryExecution execution, ParsedStatement statement, Caller caller, Path resultFile) {
    }

    void run(Job job) {
        QueryExecution execution = job.execution();
        if (!execution.start(clock.instant())) {
            return; // stopped while queued
        }
        long[] scanned = {0};
        QueryExecution.Outcome outcome;
        try {
            outcome = dispatch(job, scanned);
        } catch (QueryFailure failure) {
            outcome = new QueryExecution.Failed(failure, scanned[0]);
        } catch (SQLException e) {
            outcome = execution.isCancelled() || EngineErrors.isInterrupt(e)
                    ? new QueryExecution.Cancelled(QueryExecution.CANCELLED_BY_USER, scanned[0])
                    : new QueryExecution.Failed(EngineErrors.translate(e, job.statement()), scanned[0]);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Query {} failed inside the sandbox", execution.id(), e);
            outcome = new QueryExecution.Failed(QueryFailure.of("GENERIC_INTERNAL_ERROR", QueryFailure.SYSTEM, 200,
                    String.valueOf(e.getMessage())), scanned[0]);
        }
        execution.finish(clock.instant(), outcome);
    }

    private QueryExecution.Outcome dispatch(Job job, long[] scanned) throws SQLException, IOException {
        ParsedStatement statement = job.statement();
        String database = job.execution().request().database().orElse("default").toLowerCase(Locale.ROOT);
        if (statement.kind().isSelect()) {
            return select(job, database, scanned);
        }
        Optional<Statement> tree = statement.tree();
        if (statement.kind().statementType().equals("UTILITY")) {
            requireResultWrite(job);
            return text(job, utility.run(statement.sql(), database));
        }
        if (tree.isPresent() && tree.get() instanceof CreateView create) {
            requireResultWrite(job);
            QueryCatalog lookup = new QueryCatalog(catalog, access, job.caller());
            return text(job, views.create(create, statement.sql(), lookup, database));
        }
        if (tree.isPresent() && tree.get() instanceof DropView drop) {
            requireResultWrite(job);
            return text(job, views.drop(drop, database));
        }
        throw QueryFailure.at(SqlPosition.START, "NOT_SUPPORTED", 1200, "The sandbox runs queries, SHOW, DESCRIBE, "
                + "CREATE VIEW and DROP VIEW; " + statement.kind().substatementType() + " statements need a real Athena");
    }

    private QueryExecution.Outcome select(Job job, String database, long[] scanned) throws SQLException, IOException {
        Query query = boundQuery(job);
        TranslatedQuery translated = translator.translate(query, new QueryCatalog(catalog, access, job.caller()), database);
        List<CatalogTable> tables = new ArrayList<>();
        for (TranslatedQuery.TableName name : translated.tables()) {
            CatalogTable table = catalog.table(name.database(), name.name()).orElseThrow();
            requireRead(job.caller(), table);
            tables.add(table);
        }
        scanned[0] = bytesScanned(tables, translated.columnsRead());
        long cutoff = job.execution().workgroup().bytesScannedCutoff().orElse(Long.MAX_VALUE);
        if (scanned[0] > cutoff) {
            return new QueryExecution.Cancelled("Bytes scanned limit was exceeded.", scanned[0]);
        }
        requireResultWrite(job);
        return execute(job, translated, scanned[0]);
    }

    /** The query with Athena's {@code ExecutionParameters} in place of its {@code ?} placeholders. */
    private static Query boundQuery(Job job) {
        ParsedStatement statement = job.statement();
        List<String> parameters = job.execution().request().executionParameters();
        String bound = statement.bind(parameters);
        if (parameters.isEmpty()) {
            return (Query) statement.tree().orElseThrow();
        }
        try {
            return (Query) AthenaSql.parse(bound).tree().orElseThrow();
        } catch (AthenaSql.SyntaxError e) {
            throw QueryFailure.at(SqlPosition.START, "INVALID_PARAMETER_USAGE", 1000, "The execution parameters do "
                    + "not make a valid query: " + e.getMessage());
        }
    }

    /** What Athena bills: the bytes of the column chunks the query reads in its tables' Parquet files. */
    private static long bytesScanned(List<CatalogTable> tables, Set<ColumnRead> reads) {
        long bytes = 0;
        for (CatalogTable table : tables) {
            Set<String> columns = new HashSet<>();
            reads.stream().filter(r -> r.database().equals(table.database()) && r.table().equals(table.name()))
                    .forEach(r -> columns.add(r.column().toLowerCase(Locale.ROOT)));
            bytes += table.bytesOf(columns);
        }
        return bytes;
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

    private QueryExecution.Outcome execute(Job job, TranslatedQuery translated, long scanned)
            throws SQLException, IOException {
        QueryExecution execution = job.execution();
        Path partial = partialFile(job);
        List<ResultColumn> columns = new ArrayList<>();
        List<TrinoType> types = new ArrayList<>();
        for (TranslatedQuery.OutputColumn column : translated.columns()) {
            columns.add(ColumnInfos.of(column.name(), column.type()));
            types.add(column.type());
        }
        try (Connection session = engine.session(Optional.empty());
             java.sql.Statement statement = session.createStatement()) {
            execution.running(statement);
            long rows;
            try (ResultSet rs = statement.executeQuery(translated.sql());
                 ResultCsv.RowWriter csv = new ResultCsv.RowWriter(partial)) {
                csv.write(columns.stream().map(ResultColumn::name).toList());
                rows = writeRows(rs, types, csv, execution);
            }
            if (rows < 0) {
                return new QueryExecution.Cancelled(QueryExecution.CANCELLED_BY_USER, scanned);
            }
            Files.move(partial, job.resultFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new QueryExecution.Succeeded(columns, job.resultFile(), scanned, rows, false);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A SHOW, DESCRIBE or DDL answer, written as Athena's text result file. */
    private static QueryExecution.Outcome text(Job job, StatementResult result) throws IOException {
        Path partial = partialFile(job);
        try {
            ResultText.write(partial, result.lines());
            Files.move(partial, job.resultFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new QueryExecution.Succeeded(result.columns(), job.resultFile(), 0, result.lines().size(), true);
    }

    private static Path partialFile(Job job) throws IOException {
        Path partial = job.resultFile().resolveSibling(job.resultFile().getFileName() + ".writing");
        Files.createDirectories(partial.getParent());
        return partial;
    }

    /** Renders and writes every row; returns how many, or -1 when the query was stopped meanwhile. */
    private static long writeRows(ResultSet rs, List<TrinoType> types, ResultCsv.RowWriter csv, QueryExecution execution)
            throws SQLException, IOException {
        long rows = 0;
        List<String> values = new ArrayList<>(types.size());
        while (rs.next()) {
            values.clear();
            for (int i = 0; i < types.size(); i++) {
                values.add(ResultValues.render(rs.getObject(i + 1), types.get(i)));
            }
            csv.write(values);
            if (++rows % CANCEL_CHECK_ROWS == 0 && execution.isCancelled()) {
                return -1;
            }
        }
        return rows;
    }
}

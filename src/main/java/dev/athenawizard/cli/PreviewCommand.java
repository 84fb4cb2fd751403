package dev.athenawizard.cli;

import dev.athenawizard.core.DataSizes;
import dev.athenawizard.core.Durations;
import dev.athenawizard.core.athena.query.QueryResult;
import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code athena-wizard preview}: checks SQL locally, runs its LIMIT form in a workgroup and prints the first rows.
 * Usage errors, SQL that does not parse and statements that are not read-only exit 2 before anything is sent.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {"Runs a read-only statement on Athena and prints its first rows to stdout (CSV, JSON or a "
                + "table); a line of statistics (rows, time, data scanned, estimated cost) goes to stderr.",
                "The SQL is checked first, without sending it: a syntax error is reported at its line and column, "
                + "and statements that write (INSERT, DELETE, DROP, CREATE, …) are refused unless --allow-write "
                + "is given. A query is sent with a LIMIT of --limit rows (its own ORDER BY and OFFSET kept, a "
                + "smaller LIMIT of its own kept).",
                "Exit codes: 0 rows printed; 1 Athena failed; 2 nothing sent (bad options or SQL).",
                "Ctrl-C stops the query in Athena."})
final class PreviewCommand implements Callable<Integer> {
    /** picocli's exit code for invalid input: nothing was sent. */
    private static final int NOTHING_SENT = 2;

    private static final Set<String> NUMERIC = Set.of(
            "tinyint", "smallint", "integer", "int", "bigint", "float", "real", "double", "decimal");

    @Mixin
    AwsOptions aws;

    @Option(names = "--workgroup", required = true, paramLabel = "NAME", description = "The workgroup to run in.")
    String workgroup;

    @Option(names = "--catalog", paramLabel = "NAME", defaultValue = QuerySection.DEFAULT_CATALOG,
            description = "Data catalog for unqualified names (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--database", paramLabel = "NAME", description = "Database for unqualified table names.")
    String database;

    @Option(names = "--sql", required = true, paramLabel = "SQL",
            description = "The statement to run (one; a trailing ; and comments are fine).")
    String sql;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Fetch and print at most N rows: a query is sent with LIMIT N (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--allow-write", description = "Also run a statement that is not read-only (INSERT, DELETE, "
            + "UPDATE, MERGE, DROP, CREATE, ALTER, MSCK, UNLOAD, …), as written.")
    boolean allowWrite;

    @Option(names = "--format", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            defaultValue = "csv", description = "csv (default), json or table.")
    OutputFormat format;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
            description = "Stop the query in Athena if it runs longer, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--output-location", paramLabel = "S3_URI",
            description = "Where results go when the workgroup has no output location (s3://bucket/prefix/).")
    String outputLocation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0) {
            return nothingSent("--limit must be 0 or more, not " + limit + ".");
        }
        if (sql.isBlank()) {
            return nothingSent("--sql is empty. Give the statement to preview, e.g. --sql \"SELECT * FROM my_table\".");
        }
        Optional<String> unshowable = FlagValues.unshowable(new String[][] {{"--workgroup", workgroup},
                {"--catalog", catalog}, {"--database", database}, {"--output-location", outputLocation}});
        if (unshowable.isPresent()) { // no name Athena knows holds one; sent, Athena would only answer an error
            return nothingSent(unshowable.get());
        }
        PreviewStatement.Decision decision = PreviewStatement.decide(new SqlAnalyzer().analyze(sql), limit,
                allowWrite);
        if (decision instanceof PreviewStatement.Refuse refusal) {
            return nothingSent(refusal.message());
        }
        PreviewStatement.Send send = (PreviewStatement.Send) decision;
        try (AthenaSession session = new AthenaSession(aws)) {
            WorkgroupInfo wg = session.await(session.workgroups().describe(workgroup));
            PreviewRun run = PreviewRun.run(session, wg, send, catalog, database, timeout, outputLocation, limit,
                    spec.commandLine().getErr());
            TabularWriter.write(tabular(run.table()), format, spec.commandLine().getOut());
            spec.commandLine().getErr().println(run.statsLine(send));
        }
        return 0;
    }

    private int nothingSent(String message) {
        spec.commandLine().getErr().println("athena-wizard preview: " + message);
        return NOTHING_SENT;
    }

    private static Tabular tabular(ResultTable table) {
        List<Tabular.Column> columns = table.columns().stream().map(PreviewCommand::column).toList();
        return new Tabular(columns, table.rows());
    }

    private static Tabular.Column column(ResultColumn c) {
        if (NUMERIC.contains(c.type())) {
            return new Tabular.Column(c.name(), Tabular.JsonType.NUMBER);
        }
        return new Tabular.Column(c.name(), "boolean".equals(c.type()) ? Tabular.JsonType.BOOLEAN
                : Tabular.JsonType.STRING);
    }

    /** A summary that reads as a result, not as an error line (those start with "athena-wizard preview:"). */
    static String statsLine(ResultTable table, QueryResult result, Duration waited, String how) {
        QueryStatistics s = result.statistics();
        return table.rows().size() + (table.rows().size() == 1 ? " row" : " rows")
                + (table.hasMore() ? " (more available)" : "") + " in " + Durations.format(waited)
                + " (queued " + Durations.format(s.queued()) + ", engine " + Durations.format(s.engineExecution())
                + "), " + DataSizes.format(s.dataScannedBytes()) + " scanned, cost "
                + (s.reusedPreviousResult() ? "$0 (reused results)" : usd(s.estimatedCostUsd()))
                + "; " + how + "; execution " + result.executionId();
    }

    private static String usd(BigDecimal amount) {
        return amount.signum() == 0 ? "$0" : "~$" + amount.round(new MathContext(3)).toPlainString();
    }

    /** {@code --timeout 30s}, {@code 5m}, {@code PT2M}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration;
            try {
                duration = Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new TypeConversionException("'" + value + "' would stop the query before it starts; give a "
                        + "time longer than 0, e.g. 30s or 5m.");
            }
            return duration;
        }
    }
}

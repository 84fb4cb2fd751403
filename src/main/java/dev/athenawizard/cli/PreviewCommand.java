package dev.athenawizard.cli;

import dev.athenawizard.core.DataSizes;
import dev.athenawizard.core.Durations;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryResult;
import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.project.QuerySection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
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

/** {@code athena-wizard preview}: runs SQL in a workgroup and prints the first rows. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {"Runs SQL on Athena and prints its first rows to stdout (CSV or JSON); a line of statistics "
                + "(rows, data scanned, estimated cost, time) goes to stderr.",
                "Ctrl-C stops the query in Athena."})
final class PreviewCommand implements Callable<Integer> {
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

    @Option(names = "--sql", required = true, paramLabel = "SQL", description = "The statement to run.")
    String sql;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Print at most N rows (default: ${DEFAULT-VALUE}).")
    int limit;

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
            throw new IllegalArgumentException("--limit must be 0 or more, not " + limit + ".");
        }
        try (AthenaSession session = new AthenaSession(aws)) {
            WorkgroupInfo wg = session.await(session.workgroups().describe(workgroup));
            QueryRequest request = QueryRequest.of(sql, wg).in(catalog, database).withTimeout(timeout)
                    .withOutputLocation(outputLocation);
            RunningQuery query = session.runner().start(request);
            StopOnShutdown stopOnCtrlC = new StopOnShutdown(query, spec.commandLine().getErr());
            try {
                QueryResult result = session.await(query.result());
                ResultTable table = session.await(result.firstRows(limit));
                TabularWriter.write(tabular(table), format, spec.commandLine().getOut());
                spec.commandLine().getErr().println(statsLine(table, result, query.progress().elapsed()));
            } finally {
                stopOnCtrlC.close();
            }
        }
        return 0;
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

    private static String statsLine(ResultTable table, QueryResult result, Duration waited) {
        QueryStatistics s = result.statistics();
        return "athena-wizard preview: " + table.rows().size() + (table.rows().size() == 1 ? " row" : " rows")
                + (table.hasMore() ? " (more available)" : "")
                + ", scanned " + DataSizes.format(s.dataScannedBytes())
                + ", cost " + (s.reusedPreviousResult() ? "$0 (reused results)" : usd(s.estimatedCostUsd()))
                + ", " + Durations.format(waited)
                + " (queued " + Durations.format(s.queued()) + ", engine " + Durations.format(s.engineExecution())
                + "), execution " + result.executionId();
    }

    private static String usd(BigDecimal amount) {
        return amount.signum() == 0 ? "$0" : "~$" + amount.round(new MathContext(3)).toPlainString();
    }

    /** {@code --timeout 30s}, {@code 5m}, {@code PT2M}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

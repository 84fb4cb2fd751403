package dev.athenawizard.cli;

import dev.athenawizard.core.aporia.plan.PlanProblem;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aporia.schema.AporiaIds;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.catalog.TableInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.mapping.MappingSections;
import dev.athenawizard.core.mapping.check.Check;
import dev.athenawizard.core.mapping.check.CheckReport;
import dev.athenawizard.core.mapping.check.MappingChecks;
import dev.athenawizard.core.mapping.edit.AcceptSuggestions;
import dev.athenawizard.core.mapping.edit.MappingHistory;
import dev.athenawizard.core.mapping.edit.SetModelType;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.DeclaredTypes;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.mapping.suggest.MappingSuggester;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import dev.athenawizard.core.project.AccessSection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.CredentialSource;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.core.sql.TableReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code athena-wizard init}: previews a query, maps its columns as "Suggest mapping" proposes, checks the mapping on
 * the preview rows, and writes a complete onboarding project, ready to open in the wizard or to {@code register}.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Creates an onboarding project from a query: runs its preview (read-only statements only, with a LIMIT, "
                    + "as preview does), maps every result column as the wizard's Suggest mapping proposes (each "
                    + "with its reason), runs the checks on the preview rows and prints them, and writes the project "
                    + "to FILE — ready to open in the wizard, or for register.",
            "The project connects as this command did (--profile, --region, --endpoint-url; credentials never go "
                    + "into the file), and lets Aporia's data source use the same key until you change that in the "
                    + "wizard.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written; the checks found nothing that blocks",
            "1:Athena failed, or the workgroup cannot serve Aporia, or FILE could not be written",
            "2:bad usage or SQL; nothing was sent and nothing written",
            "3:written, but the mapping has problems to fix before registering (printed; open FILE in the wizard)"})
final class InitCommand implements Callable<Integer> {
    static final int NOTHING_SENT = 2;
    static final int MAPPING_TO_FIX = 3;

    @Mixin
    AwsOptions aws;

    @Option(names = "--workgroup", required = true, paramLabel = "NAME",
            description = "The workgroup the preview runs in, and Aporia's queries later (it needs an output "
                    + "location).")
    String workgroup;

    @Option(names = "--catalog", paramLabel = "NAME", defaultValue = QuerySection.DEFAULT_CATALOG,
            description = "Data catalog for unqualified names (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--database", required = true, paramLabel = "NAME",
            description = "Database for unqualified table names.")
    String database;

    @Option(names = "--sql", required = true, paramLabel = "SQL",
            description = "The query whose result Aporia monitors (one read-only statement).")
    String sql;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Preview rows the mapping is suggested and checked on (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = PreviewCommand.DurationConverter.class,
            defaultValue = "5m", description = "Stop the preview in Athena if it runs longer (default: "
                    + "${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--model-id", required = true, paramLabel = "ID",
            description = "The model's id in Aporia, e.g. insurance-upsell.")
    String modelId;

    @Option(names = "--model-type", required = true, paramLabel = "TYPE", converter = ModelTypeConverter.class,
            description = "binary, multiclass, multi-label, regression or ranking.")
    ModelType modelType;

    @Option(names = "--model-name", paramLabel = "NAME", description = "The name Aporia shows (default: the id).")
    String modelName;

    /** Not {@code --version}: that prints the program's version, as in every command. */
    @Option(names = "--model-version", paramLabel = "V", defaultValue = "v1",
            description = "The model version's name (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the project, e.g. insurance.athena-wizard.json.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usage = usageProblem();
        if (usage.isPresent()) {
            return nothingSent(usage.get());
        }
        SqlAnalysis analysis = new SqlAnalyzer().analyze(sql);
        PreviewStatement.Decision decision = PreviewStatement.decide(analysis, limit, false);
        if (decision instanceof PreviewStatement.Refuse refusal) {
            return nothingSent(refusal.message().replace("add --allow-write", "use preview --allow-write; init "
                    + "only maps queries"));
        }
        PreviewStatement.Send send = (PreviewStatement.Send) decision;
        try (AthenaSession session = new AthenaSession(aws)) {
            WorkgroupInfo wg = session.await(session.workgroups().describe(workgroup));
            if (!wg.hasOutputLocation()) {
                err.println("athena-wizard init: --workgroup " + workgroup + " has no query result location. Aporia's "
                        + "data source writes its results to S3: pick a workgroup with one (see athena-wizard "
                        + "workgroups). Nothing was written.");
                return 1;
            }
            PreviewRun run = PreviewRun.run(session, wg, send, catalog, database, timeout, null, limit, err);
            err.println(run.statsLine(send));
            List<TableInfo> tables = tablesRead(session, analysis.tables(), err);
            PreviewProfile preview = PreviewProfile.of(run.table(), DeclaredTypes.of(tables));
            Mapping mapping = suggestedMapping(preview, out);
            CheckReport report = MappingChecks.run(mapping, preview);
            printChecks(report, out);
            OnboardingProject project = project(wg, analysis, mapping, preview);
            try {
                new ProjectStore().save(project, output);
            } catch (IOException e) {
                err.println("athena-wizard init: could not write " + output + ": " + e.getMessage());
                return 1;
            }
            return written(project, report, out);
        }
    }

    /** Every flag checked before anything is sent; the message names the flag. */
    private Optional<String> usageProblem() {
        Optional<String> unshowable = FlagValues.unshowable(new String[][] {{"--workgroup", workgroup},
                {"--catalog", catalog}, {"--database", database}, {"--model-id", modelId}, {"--model-name", modelName},
                {"--model-version", version}});
        if (unshowable.isPresent()) {
            return unshowable;
        }
        if (limit < 1) {
            return Optional.of("--limit must be at least 1, not " + limit + ": the mapping is suggested and checked "
                    + "on the preview rows.");
        }
        if (sql.isBlank()) {
            return Optional.of("--sql is empty. Give the query whose result Aporia monitors.");
        }
        if (database.isBlank()) {
            return Optional.of("--database is empty. Name the database of the query's tables.");
        }
        if (!AporiaIds.valid(modelId)) {
            return Optional.of("--model-id '" + modelId + "' may hold only " + AporiaIds.RULE + " characters "
                    + "(Aporia puts it into its API's paths), e.g. insurance-upsell.");
        }
        if (!AporiaIds.valid(version)) {
            return Optional.of("--model-version '" + version + "' may hold only " + AporiaIds.RULE + " characters, like v1 "
                    + "or 2024-06-retrain.");
        }
        if (modelName != null && modelName.isBlank()) {
            return Optional.of("--model-name is empty: leave it out to use the model id, or give the name Aporia "
                    + "shows.");
        }
        if (Files.isDirectory(output)) {
            return Optional.of("--output " + output + " is a folder: give the project file's name, e.g. "
                    + output.resolve(modelId + ProjectStore.EXTENSION) + ".");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("--output " + output + ": the folder " + folder + " does not exist.");
        }
        if (Files.exists(output) && !force) {
            return Optional.of("--output " + output + " exists already; add --force to replace it.");
        }
        return Optional.empty();
    }

    private int nothingSent(String message) {
        spec.commandLine().getErr().println("athena-wizard init: " + message);
        return NOTHING_SENT;
    }

    /**
     * The catalog's description of each table the query reads (their Hive types tell arrays' element types); one
     * that cannot be read is named, and the mapping goes on from the values alone.
     */
    private List<TableInfo> tablesRead(AthenaSession session, List<TableReference> tables, PrintWriter err) {
        List<TableInfo> found = new ArrayList<>();
        for (TableReference t : tables) {
            String db = t.database().orElse(database);
            try {
                found.add(session.await(session.catalog().table(t.catalog().orElse(catalog), db, t.table())));
            } catch (AthenaFailure failure) {
                err.println("athena-wizard init: note: the catalog's description of " + db + "." + t.table()
                        + " could not be read (" + failure.getMessage() + "); types come from the preview's values "
                        + "alone.");
            }
        }
        return found;
    }

    /** Every suggestion accepted, and the model type the flag gives; each printed with its reason. */
    private Mapping suggestedMapping(PreviewProfile preview, PrintWriter out) {
        SuggestionSet suggestions = MappingSuggester.suggest(preview);
        MappingHistory history = new MappingHistory(Mapping.EMPTY, preview);
        history.apply(new AcceptSuggestions(suggestions.columns()));
        history.apply(new SetModelType(Optional.of(modelType)));
        out.println("Mapping (as the wizard's Suggest mapping proposes; open the project in the wizard to change it):");
        for (Suggestion s : suggestions.columns()) {
            out.println("  " + s.summary());
            out.println("      because " + s.reason());
        }
        suggestions.modelType().filter(t -> t.type() != modelType).ifPresent(t -> out.println("  Note: the "
                + "predictions look like a " + t.type().wireName() + " model (" + t.reason() + "), but --model-type "
                + "is " + modelType.wireName() + "."));
        return history.current();
    }

    private static void printChecks(CheckReport report, PrintWriter out) {
        out.println("Checks on " + Words.count(report.rows(), "preview row") + ":");
        for (Check c : report.checks()) {
            out.println("  " + String.format(Locale.ROOT, "%-8s", c.severity()) + c.message());
            if (!c.examples().isEmpty()) {
                out.println("          e.g. " + c.examples().stream().map(RowValue::describe)
                        .collect(Collectors.joining("; ")));
            }
        }
    }

    private OnboardingProject project(WorkgroupInfo wg, SqlAnalysis analysis, Mapping mapping,
                                      PreviewProfile preview) {
        boolean profile = aws.profile != null && !aws.profile.isBlank();
        ConnectionSection connection = new ConnectionSection(ConnectionMode.AWS, aws.resolveRegion().id(),
                profile ? CredentialSource.PROFILE : CredentialSource.DEFAULT_CHAIN, profile ? aws.profile.strip() : "",
                "", aws.endpointUrl == null ? "" : aws.endpointUrl.toString(), null);
        Set<String> databases = new LinkedHashSet<>();
        analysis.tables().forEach(t -> databases.add(t.database().orElse(database)));
        if (databases.isEmpty()) {
            databases.add(database);
        }
        String name = modelName == null ? modelId : modelName.strip();
        OnboardingProject project = OnboardingProject.empty().withName(name).withConnection(connection)
                .withWorkgroup(wg.toSection()).withAccess(new AccessSection(List.copyOf(databases), List.of()))
                .withQuery(new QuerySection(catalog, database, sql, limit))
                .withModel(new ModelSection(modelId, name, "", "", "", null, version, "", ""));
        project = MappingSections.write(project, mapping, preview);
        return project.withModel(project.model().withModelType(MappingSections.modelTypeName(mapping)));
    }

    /** The closing lines: what was written, and what still stands between the project and register. */
    private int written(OnboardingProject project, CheckReport report, PrintWriter out) {
        Mapping m = MappingSections.read(project);
        List<String> fields = new ArrayList<>();
        m.idColumn().ifPresent(e -> fields.add("ID " + e.column()));
        m.timestampColumn().ifPresent(e -> fields.add("timestamp " + e.column()));
        Map.of(Role.RAW_INPUT, "raw input", Role.FEATURE, "feature", Role.PREDICTION, "prediction", Role.ACTUAL,
                "actual").entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !m.inRole(e.getKey()).isEmpty())
                .forEach(e -> fields.add(Words.count(m.inRole(e.getKey()).size(), e.getValue())));
        out.println("Wrote " + output + ": model " + modelId + ", version " + version + ", " + modelType.wireName()
                + "; " + String.join(", ", fields) + ".");
        List<PlanProblem> problems = RegistrationPlanner.plan(project).problems();
        if (report.blocking()) {
            out.println("The mapping has " + Words.count(report.withSeverity(
                    dev.athenawizard.core.mapping.check.Severity.ERROR).size(), "problem") + " to fix before it can "
                    + "be registered (ERROR above): open " + output + " in the wizard, or change the query.");
            return MAPPING_TO_FIX;
        }
        if (!problems.isEmpty()) {
            out.println("Before register, the project still needs:");
            problems.forEach(p -> out.println("  " + p.field() + ": " + p.message()));
            return MAPPING_TO_FIX;
        }
        out.println("Ready to register: athena-wizard register --project " + output);
        return 0;
    }

    /** {@code --model-type binary}; an unknown one is refused with the list, naming the flag (picocli adds it). */
    static final class ModelTypeConverter implements ITypeConverter<ModelType> {
        @Override
        public ModelType convert(String value) {
            return ModelType.fromWireName(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a model type Aporia knows: " + Arrays.stream(ModelType.values())
                    .map(ModelType::wireName).collect(Collectors.joining(", ")) + "."));
        }
    }
}

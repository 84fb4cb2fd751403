package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.TypedText;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link RegistrationPlan} from a project, checking every field it uses; a problem names the field
 * ({@code model.tags[team]}, {@code registration.selectExpr[1]}, …) and says how to fix it. Pure and quick (no I/O):
 * a screen may run it on every keystroke and show each field's problems next to it (after {@link QueryTables#warmUp}
 * ran once in the background: the queries are read with Trino's parser). The queries in the plan name the project's
 * database where the user left it out, since Aporia's connection has no default database ({@link QueryTables}).
 *
 * <pre>{@code
 * PlanResult result = RegistrationPlanner.plan(project);
 * result.problemsAt("model.tags");          // what to show under the tags editor
 * result.plan().ifPresent(plan -> …);       // what Register will send
 * }</pre>
 */
public final class RegistrationPlanner {
    /** The environment when the project names none: the one Aporia's own examples use. */
    public static final String DEFAULT_ENVIRONMENT = "production";

    private RegistrationPlanner() {
    }

    public static PlanResult plan(OnboardingProject project) {
        Problems problems = new Problems();
        Optional<ModelSpec> model = ModelChecks.model(project.model(), problems);
        Optional<String> versionName = ModelChecks.version(project.model(), problems);
        Optional<ModelType> modelType = ModelChecks.modelType(project.model(), problems);
        Optional<MappedSchema> schema = MappedSchema.read(project.mapping(), problems);
        Optional<AthenaSource> source = source(project, problems);
        RegistrationSection registration = project.registration();
        Optional<String> serving = DataSourceChecks.query("query.sql", "the serving query", project.query().sql(),
                problems).flatMap(sql -> qualified("query.sql", "the serving query", sql, project, problems));
        Optional<String> training = optionalQuery("registration.trainingSql", "the training query",
                registration.trainingSql(), project, problems);
        Optional<String> testing = optionalQuery("registration.testingSql", "the test query",
                registration.testingSql(), project, problems);
        schema.ifPresent(s -> {
            checkColumns("registration.trainingColumns", registration.trainingColumns(), s, problems);
            checkColumns("registration.testingColumns", registration.testingColumns(), s, problems);
        });
        CronSchedule.problem(registration.syncSchedule())
                .ifPresent(p -> problems.add("registration.syncSchedule", p));
        if (!problems.isEmpty()) {
            return new PlanResult(Optional.empty(), problems.list());
        }
        MappedSchema mapped = schema.orElseThrow();
        List<DatasetSpec> datasets = new ArrayList<>();
        datasets.add(mapped.dataset(DatasetKind.SERVING, serving.orElseThrow(), DatasetColumns.SAME_AS_SERVING));
        training.ifPresent(sql -> datasets.add(mapped.dataset(DatasetKind.TRAINING, sql,
                registration.trainingColumns())));
        testing.ifPresent(sql -> datasets.add(mapped.dataset(DatasetKind.TESTING, sql,
                registration.testingColumns())));
        String environment = registration.environment().isBlank() ? DEFAULT_ENVIRONMENT
                : registration.environment().strip();
        VersionSpec version = new VersionSpec(versionName.orElseThrow(), modelType.orElseThrow(), mapped.rawInputs(),
                mapped.features(), mapped.predictions());
        return new PlanResult(Optional.of(new RegistrationPlan(model.orElseThrow(), version, source.orElseThrow(),
                datasets, environment, registration.syncSchedule().strip())), List.of());
    }

    private static Optional<AthenaSource> source(OnboardingProject project, Problems problems) {
        Optional<String> region = DataSourceChecks.region(project.connection().region(), problems);
        Optional<String> output = DataSourceChecks.outputLocation(project.workgroup().name(),
                project.workgroup().outputLocation(), problems);
        RegistrationSection registration = project.registration();
        List<PlanProblem> expressions = DataSourceChecks.selectExpr(registration.selectExpr());
        List<PlanProblem> options = DataSourceChecks.readOptions(registration.readOptions());
        problems.addAll(expressions);
        problems.addAll(options);
        if (region.isEmpty() || output.isEmpty() || !expressions.isEmpty() || !options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AthenaSource(region.get(), AthenaSource.jdbcUrl(region.get()), output.get(),
                registration.selectExpr().stream().map(String::strip).toList(),
                new java.util.TreeMap<>(registration.readOptions()), dataSourceKeyId(project.connection())));
    }

    /** The key id Aporia's data source will sign with, when the project says it; empty when only credentials know. */
    static String dataSourceKeyId(ConnectionSection connection) {
        if (!connection.dataSource().sameAsWizard()) {
            return connection.dataSource().accessKeyId().strip();
        }
        if (connection.mode() == ConnectionMode.SANDBOX) {
            return CredentialSource.Sandbox.ACCESS_KEY_ID;
        }
        return connection.credentialSource() == ConnectionSection.CredentialSource.ACCESS_KEY
                ? connection.accessKeyId().strip() : "";
    }

    private static Optional<String> optionalQuery(String field, String what, String sql, OnboardingProject project,
                                                  Problems problems) {
        return sql.isBlank() ? Optional.empty() : DataSourceChecks.query(field, what, sql, problems)
                .flatMap(text -> qualified(field, what, text, project, problems));
    }

    /** The query with the project's database named where the user left it out ({@link QueryTables}). */
    private static Optional<String> qualified(String field, String what, String sql, OnboardingProject project,
                                              Problems problems) {
        QueryTables.Qualified q = QueryTables.qualify(sql, project.query().catalog(), project.query().database());
        q.problem().ifPresent(p -> problems.add(field, ModelChecks.capitalise(what) + ": " + p.message()));
        return q.problem().isPresent() ? Optional.empty() : Optional.of(q.sql());
    }

    private static void checkColumns(String field, DatasetColumns columns, MappedSchema schema, Problems problems) {
        columns.fieldColumns().forEach((name, column) -> {
            if (!schema.fieldNames().contains(name)) {
                problems.add(field + ".fieldColumns[" + TypedText.key(name) + "]", TypedText.quoted(name)
                        + " is not a field of the mapping, so it has no column to rename.");
            } else if (column.isBlank()) {
                problems.add(field + ".fieldColumns[" + TypedText.key(name) + "]", "The field " + name
                        + " is given an empty column.");
            }
        });
    }
}

package dev.athenawizard.core.project;

import java.util.List;
import java.util.Map;

/**
 * Where and how the model is registered.
 *
 * @param target          register through Aporia's API, or only export the script and JSON
 * @param aporiaHost      the Aporia controller host, e.g. {@code https://app.aporia.com}
 * @param environment     Aporia's environment name, e.g. {@code production}
 * @param trainingSql     the training-set query, empty when none is connected
 * @param testingSql      the test-set query, empty when none is connected
 * @param selectExpr      Spark {@code select_expr} expressions applied by Aporia
 * @param readOptions     Spark read options passed to Aporia's reader
 * @param syncSchedule    how often Aporia re-reads the data: a five-field cron expression, empty for Aporia's default
 * @param trainingColumns where the training query's columns differ from the serving mapping's
 * @param testingColumns  where the test query's columns differ from the serving mapping's
 */
public record RegistrationSection(
        Target target,
        String aporiaHost,
        String environment,
        String trainingSql,
        String testingSql,
        List<String> selectExpr,
        Map<String, String> readOptions,
        String syncSchedule,
        DatasetColumns trainingColumns,
        DatasetColumns testingColumns) {

    public static final RegistrationSection DEFAULT =
            new RegistrationSection(Target.APORIA_API, "", "", "", "", null, null, "", null, null);

    public RegistrationSection {
        target = target == null ? Target.APORIA_API : target;
        aporiaHost = aporiaHost == null ? "" : aporiaHost;
        environment = environment == null ? "" : environment;
        trainingSql = trainingSql == null ? "" : trainingSql;
        testingSql = testingSql == null ? "" : testingSql;
        selectExpr = selectExpr == null ? List.of() : List.copyOf(selectExpr);
        readOptions = readOptions == null ? Map.of() : Map.copyOf(readOptions);
        syncSchedule = syncSchedule == null ? "" : syncSchedule;
        trainingColumns = trainingColumns == null ? DatasetColumns.SAME_AS_SERVING : trainingColumns;
        testingColumns = testingColumns == null ? DatasetColumns.SAME_AS_SERVING : testingColumns;
    }

    /** The section as it was before the per-dataset columns existed (kept so earlier callers still compile). */
    public RegistrationSection(Target target, String aporiaHost, String environment, String trainingSql,
                               String testingSql, List<String> selectExpr, Map<String, String> readOptions,
                               String syncSchedule) {
        this(target, aporiaHost, environment, trainingSql, testingSql, selectExpr, readOptions, syncSchedule, null,
                null);
    }

    public enum Target { APORIA_API, EXPORT_ONLY }

    /**
     * How a training or test query's columns differ from the serving query's mapping. Whatever is left empty is
     * read from the column the serving mapping names.
     *
     * @param idColumn        the prediction id column, empty for the serving one
     * @param timestampColumn the timestamp column, empty for the serving one
     * @param fieldColumns    field name → column, for the fields whose column is named differently in this query
     */
    public record DatasetColumns(String idColumn, String timestampColumn, Map<String, String> fieldColumns) {
        public static final DatasetColumns SAME_AS_SERVING = new DatasetColumns("", "", null);

        public DatasetColumns {
            idColumn = idColumn == null ? "" : idColumn;
            timestampColumn = timestampColumn == null ? "" : timestampColumn;
            fieldColumns = fieldColumns == null ? Map.of() : Map.copyOf(fieldColumns);
        }
    }

    /** Where the registration goes: Aporia's API at a host and environment, or only exports. */
    public RegistrationSection withTarget(Target value, String host, String environmentName) {
        return new RegistrationSection(value, host, environmentName, trainingSql, testingSql, selectExpr, readOptions,
                syncSchedule, trainingColumns, testingColumns);
    }

    /** The data source's Spark options: {@code select_expr} and {@code read_options}. */
    public RegistrationSection withSparkOptions(List<String> expressions, Map<String, String> options) {
        return new RegistrationSection(target, aporiaHost, environment, trainingSql, testingSql, expressions, options,
                syncSchedule, trainingColumns, testingColumns);
    }

    /** The training and test datasets (queries and where their columns differ) and the sync schedule. */
    public RegistrationSection withDatasets(String training, DatasetColumns trainingNames, String testing,
                                            DatasetColumns testingNames, String schedule) {
        return new RegistrationSection(target, aporiaHost, environment, training, testing, selectExpr, readOptions,
                schedule, trainingNames, testingNames);
    }
}

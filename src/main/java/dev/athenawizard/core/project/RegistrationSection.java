package dev.athenawizard.core.project;

import java.util.List;
import java.util.Map;

/**
 * Where and how the model is registered.
 *
 * @param target          register through Aporia's API, or only export the script and JSON
 * @param aporiaHost      the Aporia controller host
 * @param environment     Aporia's environment name
 * @param trainingSql     the training-set query, empty when none is connected
 * @param testingSql      the test-set query, empty when none is connected
 * @param selectExpr      Spark {@code select_expr} expressions applied by Aporia
 * @param readOptions     Spark read options passed to Aporia's reader
 * @param syncSchedule    how often Aporia re-reads the serving data (a cron expression or an interval)
 */
public record RegistrationSection(
        Target target,
        String aporiaHost,
        String environment,
        String trainingSql,
        String testingSql,
        List<String> selectExpr,
        Map<String, String> readOptions,
        String syncSchedule) {

    public static final RegistrationSection DEFAULT =
            new RegistrationSection(Target.APORIA_API, "", "", "", "", null, null, "");

    public RegistrationSection {
        target = target == null ? Target.APORIA_API : target;
        aporiaHost = aporiaHost == null ? "" : aporiaHost;
        environment = environment == null ? "" : environment;
        trainingSql = trainingSql == null ? "" : trainingSql;
        testingSql = testingSql == null ? "" : testingSql;
        selectExpr = selectExpr == null ? List.of() : List.copyOf(selectExpr);
        readOptions = readOptions == null ? Map.of() : Map.copyOf(readOptions);
        syncSchedule = syncSchedule == null ? "" : syncSchedule;
    }

    public enum Target { APORIA_API, EXPORT_ONLY }
}

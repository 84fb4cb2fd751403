package dev.athenawizard.core.aporia.plan;

import java.util.List;
import java.util.Optional;

/**
 * Everything one registration sends to Aporia, built from a project by {@link RegistrationPlanner}: the model, its
 * version and schema, the Athena data source, and the datasets (serving first, then training and testing when the
 * project has their queries). It holds no secret: the Aporia token and the data source's secret key join only when
 * the requests are sent, so a plan can be shown, saved in memory and exported freely.
 *
 * @param environment  Aporia's environment the datasets sync into
 * @param syncSchedule a five-field cron expression, empty for Aporia's default
 */
public record RegistrationPlan(ModelSpec model, VersionSpec version, AthenaSource source, List<DatasetSpec> datasets,
                               String environment, String syncSchedule) {
    public RegistrationPlan {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        syncSchedule = syncSchedule == null ? "" : syncSchedule;
    }

    public Optional<DatasetSpec> dataset(DatasetKind kind) {
        return datasets.stream().filter(d -> d.kind() == kind).findFirst();
    }
}

package dev.athenawizard.core.athena.query;

import java.math.BigDecimal;
import java.time.Duration;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;

/**
 * What a finished query cost in time and data, as Athena reported it.
 *
 * @param dataScannedBytes      bytes read from S3
 * @param engineExecution       time the engine spent running it
 * @param queued                time it waited for capacity
 * @param total                 engine, queue and service time together
 * @param reusedPreviousResult  whether Athena answered from an earlier run's results (then nothing was scanned)
 * @param estimatedCostUsd      the on-demand price of this run; see {@link AthenaPricing}
 */
public record QueryStatistics(
        long dataScannedBytes, Duration engineExecution, Duration queued, Duration total,
        boolean reusedPreviousResult, BigDecimal estimatedCostUsd) {

    static QueryStatistics of(QueryExecution execution) {
        QueryExecutionStatistics s = execution.statistics();
        if (s == null) {
            s = QueryExecutionStatistics.builder().build();
        }
        long scanned = orZero(s.dataScannedInBytes());
        boolean reused = s.resultReuseInformation() != null
                && Boolean.TRUE.equals(s.resultReuseInformation().reusedPreviousResult());
        boolean ddl = "DDL".equals(execution.statementTypeAsString());
        QueryState state = QueryState.of(execution.status() == null ? null : execution.status().state());
        return new QueryStatistics(scanned, Duration.ofMillis(orZero(s.engineExecutionTimeInMillis())),
                Duration.ofMillis(orZero(s.queryQueueTimeInMillis())),
                Duration.ofMillis(orZero(s.totalExecutionTimeInMillis())), reused,
                AthenaPricing.costUsd(scanned, state, reused, ddl));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}

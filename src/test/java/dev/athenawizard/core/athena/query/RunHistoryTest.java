package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.workgroup.EngineVersion;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.model.QueryExecution;

class RunHistoryTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static WorkgroupInfo workgroup(String name) {
        return new WorkgroupInfo(name, WorkgroupInfo.State.ENABLED, "", Optional.empty(), new EngineVersion("AUTO", ""),
                Optional.of("s3://results/" + name + "/"), false, OptionalLong.empty(), false);
    }

    private static PastRun ran(long runningMillis) {
        return new PastRun(Duration.ofMillis(100), Duration.ofMillis(runningMillis), NOW);
    }

    @Test
    void remembersTheLastRunOfEachStatement() {
        RunHistory history = new RunHistory(10);
        QueryRequest query = QueryRequest.of("SELECT 1", workgroup("aporia")).in("AwsDataCatalog", "demo");

        history.record(query, ran(4000));
        history.record(query, ran(4200));

        assertThat(history.last(query)).contains(ran(4200));
        assertThat(history.last(QueryRequest.of("SELECT 1", workgroup("aporia")).in("AwsDataCatalog", "demo")))
                .as("an equal request").contains(ran(4200));
    }

    @Test
    void theSameSqlElsewhereIsAnotherStatement() {
        RunHistory history = new RunHistory(10);
        history.record(QueryRequest.of("SELECT 1", workgroup("aporia")).in("AwsDataCatalog", "demo"), ran(4000));

        assertThat(history.last(QueryRequest.of("SELECT 1", workgroup("aporia")).in("AwsDataCatalog", "other")))
                .isEmpty();
        assertThat(history.last(QueryRequest.of("SELECT 1", workgroup("primary")).in("AwsDataCatalog", "demo")))
                .isEmpty();
        assertThat(history.last(QueryRequest.of("SELECT 1 ", workgroup("aporia")).in("AwsDataCatalog", "demo")))
                .isEmpty();
    }

    @Test
    void forgetsTheLeastRecentlyUsedStatementFirst() {
        RunHistory history = new RunHistory(2);
        QueryRequest a = QueryRequest.of("SELECT 'a'", workgroup("aporia"));
        QueryRequest b = QueryRequest.of("SELECT 'b'", workgroup("aporia"));
        QueryRequest c = QueryRequest.of("SELECT 'c'", workgroup("aporia"));

        history.record(a, ran(1));
        history.record(b, ran(2));
        history.last(a);
        history.record(c, ran(3));

        assertThat(history.last(a)).isPresent();
        assertThat(history.last(b)).isEmpty();
        assertThat(history.last(c)).isPresent();
    }

    @Test
    void aRunTakesAthenasTimesAndItsRunningTimeLeavesTheQueueOut() {
        QueryExecution execution = QueryExecution.builder().statistics(s -> s.queryQueueTimeInMillis(700L)
                .engineExecutionTimeInMillis(3000L).totalExecutionTimeInMillis(3900L)).build();

        assertThat(PastRun.of(execution, Duration.ofSeconds(5), NOW))
                .contains(new PastRun(Duration.ofMillis(700), Duration.ofMillis(3200), NOW));
    }

    @Test
    void withoutAthenasTotalTheEngineTimeOrOurOwnClockStandsIn() {
        QueryExecution engineOnly = QueryExecution.builder().statistics(s -> s.queryQueueTimeInMillis(700L)
                .engineExecutionTimeInMillis(3000L)).build();
        QueryExecution noStatistics = QueryExecution.builder().build();

        assertThat(PastRun.of(engineOnly, Duration.ofSeconds(5), NOW)).map(PastRun::running)
                .contains(Duration.ofMillis(3000));
        assertThat(PastRun.of(noStatistics, Duration.ofSeconds(5), NOW)).map(PastRun::running)
                .contains(Duration.ofSeconds(5));
    }

    @Test
    void aRunAnsweredFromEarlierResultsSaysNothingAboutHowLongTheStatementRuns() {
        QueryExecution reused = QueryExecution.builder().statistics(s -> s.totalExecutionTimeInMillis(90L)
                .resultReuseInformation(r -> r.reusedPreviousResult(true))).build();

        assertThat(PastRun.of(reused, Duration.ofMillis(120), NOW)).isEmpty();
    }
}

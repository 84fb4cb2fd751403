package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.athena.model.BatchGetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/** Token de-duplication, result reuse, and the history calls (ListQueryExecutions, BatchGetQueryExecution). */
class QueryHistoryWireTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    @Test
    void theSameTokenGivesTheSameExecutionAndOtherParametersAMismatch() {
        String token = UUID.randomUUID().toString();
        StartQueryExecutionRequest request = StartQueryExecutionRequest.builder().workGroup("aporia")
                .queryString("SELECT 1").clientRequestToken(token).build();

        String first = sandbox.athena().startQueryExecution(request).queryExecutionId();
        String retried = sandbox.athena().startQueryExecution(request).queryExecutionId();

        assertThat(retried).isEqualTo(first);
        assertThatThrownBy(() -> sandbox.athena().startQueryExecution(request.toBuilder().queryString("SELECT 2").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("IDEMPOTENT_PARAMETER_MISMATCH");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Idempotent parameters do not match");
                });
    }

    @Test
    void aRepeatedQueryReusesTheEarlierResultWhenAsked() {
        String sql = "SELECT owner, count(*) AS n FROM aporia_demo.model_predictions GROUP BY owner ORDER BY owner";
        StartQueryExecutionRequest request = StartQueryExecutionRequest.builder().workGroup("aporia").queryString(sql)
                .resultReuseConfiguration(r -> r.resultReuseByAgeConfiguration(a -> a.enabled(true).maxAgeInMinutes(60)))
                .build();
        QueryExecution first = AthenaQueries.await(sandbox.athena(), AthenaQueries.start(sandbox.athena(), request));
        QueryExecution second = AthenaQueries.await(sandbox.athena(), AthenaQueries.start(sandbox.athena(), request.toBuilder()
                .clientRequestToken(UUID.randomUUID().toString()).build()));
        QueryExecution notAsked = AthenaQueries.await(sandbox.athena(), AthenaQueries.start(sandbox.athena(), request.toBuilder()
                .resultReuseConfiguration(r -> r.resultReuseByAgeConfiguration(a -> a.enabled(false))).build()));

        assertThat(first.statistics().resultReuseInformation().reusedPreviousResult()).isFalse();
        assertThat(second.queryExecutionId()).isNotEqualTo(first.queryExecutionId());
        assertThat(second.statistics().resultReuseInformation().reusedPreviousResult()).isTrue();
        assertThat(second.statistics().dataScannedInBytes()).isZero();
        assertThat(second.resultConfiguration().outputLocation()).isEqualTo(first.resultConfiguration().outputLocation());
        assertThat(AthenaQueries.rows(sandbox.athena(), second.queryExecutionId()))
                .isEqualTo(AthenaQueries.rows(sandbox.athena(), first.queryExecutionId()));
        assertThat(notAsked.statistics().resultReuseInformation().reusedPreviousResult()).isFalse();
        assertThat(notAsked.statistics().dataScannedInBytes()).isPositive();
    }

    @Test
    void historyListsNewestFirstAndBatchGetReportsUnknownIds() {
        sandbox.athena().createWorkGroup(b -> b.name("history")
                .configuration(c -> c.resultConfiguration(r -> r.outputLocation("s3://athena-wizard-sandbox-results/h/"))));
        String older = sandbox.athena().startQueryExecution(b -> b.workGroup("history").queryString("SELECT 1")).queryExecutionId();
        String newer = sandbox.athena().startQueryExecution(b -> b.workGroup("history").queryString("SELECT 2")).queryExecutionId();

        List<String> listed = sandbox.athena().listQueryExecutionsPaginator(b -> b.workGroup("history").maxResults(1))
                .stream().flatMap(page -> page.queryExecutionIds().stream()).toList();
        assertThat(listed).containsExactly(newer, older);
        assertThat(sandbox.athena().listQueryExecutions(b -> b.build()).queryExecutionIds()).doesNotContain(newer, older);

        BatchGetQueryExecutionResponse batch = sandbox.athena().batchGetQueryExecution(b -> b.queryExecutionIds(older, "nope", newer));
        assertThat(batch.queryExecutions()).extracting(QueryExecution::query).containsExactly("SELECT 1", "SELECT 2");
        assertThat(batch.unprocessedQueryExecutionIds()).singleElement().satisfies(u -> {
            assertThat(u.queryExecutionId()).isEqualTo("nope");
            assertThat(u.errorMessage()).contains("was not found");
        });
        assertThatThrownBy(() -> sandbox.athena().getQueryExecution(b -> b.queryExecutionId("nope")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.athenaErrorCode()).isEqualTo("QUERY_EXECUTION_NOT_FOUND"));
    }
}

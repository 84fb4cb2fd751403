package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.http.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a StartQueryExecution asked for. {@link #sameParameters} decides whether a repeated
 * {@code ClientRequestToken} is a retry of the same request (same execution) or a mismatch.
 *
 * @param context          {@code QueryExecutionContext} as sent, echoed by GetQueryExecution
 * @param requestedOutput  {@code ResultConfiguration.OutputLocation} as sent, if any
 * @param reuseMaxAgeMinutes the result-reuse age limit, or empty when reuse was not asked for
 */
record QueryRequest(String queryString, ObjectNode context, String workgroup, Optional<String> requestedOutput,
                    String clientRequestToken, Optional<Integer> reuseMaxAgeMinutes, List<String> executionParameters) {

    static QueryRequest from(JsonNode body) {
        String sql = Json.requiredText(body, "QueryString", "queryString");
        if (sql.isBlank()) {
            throw Json.validation("1 validation error detected: Value at 'queryString' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1");
        }
        String token = Json.text(body, "ClientRequestToken").orElseThrow(
                () -> AthenaErrors.invalidInput("clientRequestToken is null or empty"));
        if (token.length() < 32 || token.length() > 128) {
            throw Json.validation("1 validation error detected: Value '" + token + "' at 'clientRequestToken' failed "
                    + "to satisfy constraint: Member must have length between 32 and 128");
        }
        JsonNode reuse = Json.objectOrEmpty(body, "ResultReuseConfiguration").path("ResultReuseByAgeConfiguration");
        Optional<Integer> maxAge = reuse.path("Enabled").asBoolean(false)
                ? Optional.of(reuse.path("MaxAgeInMinutes").asInt(60)) : Optional.empty();
        List<String> parameters = body.has("ExecutionParameters")
                ? Json.MAPPER.convertValue(body.get("ExecutionParameters"), Json.MAPPER.getTypeFactory()
                        .constructCollectionType(List.class, String.class))
                : List.of();
        return new QueryRequest(sql, Json.objectOrEmpty(body, "QueryExecutionContext").deepCopy(),
                Json.text(body, "WorkGroup").orElse(WorkgroupStore.PRIMARY),
                Json.text(Json.objectOrEmpty(body, "ResultConfiguration"), "OutputLocation"), token, maxAge,
                parameters);
    }

    Optional<String> database() {
        return Json.text(context, "Database").filter(s -> !s.isBlank());
    }

    Optional<String> catalog() {
        return Json.text(context, "Catalog").filter(s -> !s.isBlank());
    }

    /** Whether two requests are the same apart from their token: Athena's idempotency comparison. */
    boolean sameParameters(QueryRequest other) {
        return queryString.equals(other.queryString) && database().equals(other.database())
                && catalog().equals(other.catalog()) && workgroup.equals(other.workgroup)
                && requestedOutput.equals(other.requestedOutput)
                && Objects.equals(executionParameters, other.executionParameters);
    }
}

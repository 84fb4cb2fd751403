package dev.athenawizard.core.sandbox.athena;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** All executions of this run of the sandbox, by id and by client request token, in submission order. */
final class QueryRegistry {
    private final Map<String, QueryExecution> byId = new LinkedHashMap<>();
    private final Map<String, QueryExecution> byToken = new HashMap<>();

    /**
     * The execution for a request: the earlier one if its token was seen with the same parameters (an SDK retry),
     * else a new one from {@code create}. The same token with other parameters is Athena's mismatch error.
     */
    synchronized QueryExecution forToken(QueryRequest request, Supplier<QueryExecution> create) {
        QueryExecution earlier = byToken.get(request.clientRequestToken());
        if (earlier != null) {
            if (!earlier.request().sameParameters(request)) {
                throw AthenaErrors.invalidRequest("IDEMPOTENT_PARAMETER_MISMATCH", "Idempotent parameters do not match");
            }
            return earlier;
        }
        QueryExecution created = create.get();
        byId.put(created.id(), created);
        byToken.put(request.clientRequestToken(), created);
        return created;
    }

    synchronized Optional<QueryExecution> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized QueryExecution get(String id) {
        return find(id).orElseThrow(() -> AthenaErrors.invalidRequest("QUERY_EXECUTION_NOT_FOUND",
                "QueryExecution " + id + " was not found"));
    }

    synchronized List<QueryExecution> all() {
        return List.copyOf(byId.values());
    }

    /** A workgroup's executions, newest first. */
    synchronized List<QueryExecution> newestFirst(String workgroup) {
        List<QueryExecution> list = new ArrayList<>();
        for (QueryExecution execution : byId.values()) {
            if (execution.workgroup().name().equals(workgroup)) {
                list.add(0, execution);
            }
        }
        return list;
    }

    /**
     * The newest SUCCEEDED, not itself reused execution whose results may serve {@code request}: same SQL,
     * database, catalog, workgroup and output location, completed within {@code maxAge}.
     */
    synchronized Optional<QueryExecution> reusable(QueryRequest request, Instant now, Duration maxAge) {
        for (QueryExecution candidate : newestFirst(request.workgroup())) {
            QueryRequest earlier = candidate.request();
            boolean same = earlier.queryString().equals(request.queryString())
                    && earlier.database().equals(request.database()) && earlier.catalog().equals(request.catalog())
                    && earlier.requestedOutput().equals(request.requestedOutput())
                    && earlier.executionParameters().equals(request.executionParameters());
            if (same && !candidate.reused() && candidate.state(now) == QueryExecution.State.SUCCEEDED
                    && !candidate.completion().orElseThrow().isBefore(now.minus(maxAge))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

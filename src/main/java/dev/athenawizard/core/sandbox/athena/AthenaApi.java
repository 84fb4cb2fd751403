package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.JsonService;
import dev.athenawizard.core.sandbox.http.ServiceError;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Arns;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Amazon Athena's JSON operations, routed by name ({@code X-Amz-Target: AmazonAthena.<Operation>}). */
public final class AthenaApi implements JsonService {
    private final WorkgroupOps workgroups;
    private final CatalogOps catalog;
    private final QueryOps queries;
    private final QueryRegistry registry;
    private final QueryTimings timings;
    private final AccessControl access;
    private final Clock clock;

    /**
     * @param engineExecutor runs queries; bounded, so extra queries wait (QUEUED) instead of piling onto DuckDB
     */
    public AthenaApi(Path dataDir, SandboxCatalog sandboxCatalog, DuckDbEngine engine, AccessControl access,
                     Clock clock, Duration queryDelay, Duration queueDelay, Executor engineExecutor) {
        WorkgroupStore store = new WorkgroupStore(dataDir, clock);
        this.workgroups = new WorkgroupOps(store, clock);
        this.catalog = new CatalogOps(sandboxCatalog, access);
        this.registry = new QueryRegistry();
        this.timings = new QueryTimings(queryDelay, queueDelay);
        this.access = access;
        this.clock = clock;
        SandboxQueryEngine queryEngine = new SandboxQueryEngine(engine, sandboxCatalog, access, clock);
        this.queries = new QueryOps(store, registry, queryEngine, engineExecutor, access, timings, clock, dataDir);
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, Caller caller) {
        return switch (operation) {
            case "ListWorkGroups" -> workgroupAction(caller, "athena:ListWorkGroups", "*", () -> workgroups.list(request));
            case "GetWorkGroup" -> workgroupAction(caller, "athena:GetWorkGroup", request, () -> workgroups.get(request));
            case "CreateWorkGroup" -> workgroupAction(caller, "athena:CreateWorkGroup",
                    Arns.workgroup(caller.region(), request.path("Name").asText()), () -> workgroups.create(request));
            case "UpdateWorkGroup" -> workgroupAction(caller, "athena:UpdateWorkGroup", request,
                    () -> workgroups.update(request));
            case "DeleteWorkGroup" -> workgroupAction(caller, "athena:DeleteWorkGroup", request,
                    () -> workgroups.delete(request));
            case "ListDataCatalogs" -> catalogAction(caller, "athena:ListDataCatalogs", () -> catalog.listDataCatalogs(request));
            case "GetDataCatalog" -> catalogAction(caller, "athena:GetDataCatalog", () -> catalog.getDataCatalog(request));
            case "ListDatabases" -> catalogAction(caller, "athena:ListDatabases", () -> catalog.listDatabases(request, caller));
            case "GetDatabase" -> catalogAction(caller, "athena:GetDatabase", () -> catalog.getDatabase(request, caller));
            case "ListTableMetadata" -> catalogAction(caller, "athena:ListTableMetadata",
                    () -> catalog.listTableMetadata(request, caller));
            case "GetTableMetadata" -> catalogAction(caller, "athena:GetTableMetadata",
                    () -> catalog.getTableMetadata(request, caller));
            case "StartQueryExecution" -> queries.start(request, caller);
            case "GetQueryExecution" -> queries.get(request, caller);
            case "GetQueryResults" -> queries.results(request, caller);
            case "StopQueryExecution" -> queries.stop(request, caller);
            case "BatchGetQueryExecution" -> queries.batchGet(request, caller);
            case "ListQueryExecutions" -> queries.list(request, caller);
            default -> throw ServiceError.of(400, "UnknownOperationException",
                    "The sandbox does not implement Athena's " + operation + " operation");
        };
    }

    /** Changes how long queries submitted from now on take at least. */
    public void setQueryDelay(Duration delay) {
        timings.setQueryDelay(delay);
    }

    /** Changes how much of that time queries submitted from now on spend QUEUED. */
    public void setQueueDelay(Duration delay) {
        timings.setQueueDelay(delay);
    }

    /** When an execution was submitted and completes on the sandbox's clock; empty for an unknown id. */
    public Optional<Timing> timing(String queryExecutionId) {
        return registry.find(queryExecutionId).map(e -> new Timing(e.id(), e.submitted(), e.completion(),
                e.engineBusy()));
    }

    /** An execution's submission, true completion (empty while DuckDB runs it) and whether DuckDB works on it now. */
    public record Timing(String queryExecutionId, Instant submitted, Optional<Instant> completion, boolean engineBusy) {
    }

    /** Stops every query still queued or running (the sandbox is shutting down). */
    public void stopAll() {
        registry.all().forEach(execution -> execution.stop(clock.instant()));
    }

    private JsonNode workgroupAction(Caller caller, String action, JsonNode request, Supplier<JsonNode> op) {
        return workgroupAction(caller, action, Arns.workgroup(caller.region(), request.path("WorkGroup").asText()), op);
    }

    private JsonNode workgroupAction(Caller caller, String action, String resource,
                                     Supplier<JsonNode> op) {
        access.requireAthena(caller, action, resource);
        return op.get();
    }

    private JsonNode catalogAction(Caller caller, String action, Supplier<JsonNode> op) {
        access.requireAthena(caller, action, Arns.dataCatalog(caller.region(), "AwsDataCatalog"));
        return op.get();
    }
}

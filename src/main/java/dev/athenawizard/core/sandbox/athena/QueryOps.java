package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.athenawizard.core.sandbox.engine.AthenaSql;
import dev.athenawizard.core.sandbox.engine.ParsedStatement;
import dev.athenawizard.core.sandbox.engine.ResultColumn;
import dev.athenawizard.core.sandbox.engine.ResultCsv;
import dev.athenawizard.core.sandbox.engine.ResultText;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.Json;
import dev.athenawizard.core.sandbox.http.Paging;
import dev.athenawizard.core.sandbox.http.ServiceError;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Arns;
import dev.athenawizard.core.sandbox.s3.S3Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The query operations: StartQueryExecution, GetQueryExecution, GetQueryResults, StopQueryExecution,
 * BatchGetQueryExecution and ListQueryExecutions. Starting checks everything Athena checks synchronously (workgroup,
 * syntax, output location, token) and hands the run to the engine's executor; the HTTP thread never waits for DuckDB.
 */
final class QueryOps {
    private static final int MAX_RESULTS = 1000;
    /** Functions whose results change from run to run, which Athena never reuses. */
    private static final Set<String> NON_DETERMINISTIC = Set.of("rand", "random", "uuid", "shuffle", "now",
            "current_timestamp", "localtimestamp");

    private final WorkgroupStore workgroups;
    private final QueryRegistry registry;
    private final SandboxQueryEngine queryEngine;
    private final Executor engineExecutor;
    private final AccessControl access;
    private final QueryTimings timings;
    private final Clock clock;
    private final Path s3Root;
    private final Path managedResults;

    QueryOps(WorkgroupStore workgroups, QueryRegistry registry, SandboxQueryEngine queryEngine,
             Executor engineExecutor, AccessControl access, QueryTimings timings, Clock clock, Path dataDir) {
        this.workgroups = workgroups;
        this.registry = registry;
        this.queryEngine = queryEngine;
        this.engineExecutor = engineExecutor;
        this.access = access;
        this.timings = timings;
        this.clock = clock;
        this.s3Root = dataDir.resolve("s3");
        this.managedResults = dataDir.resolve("athena").resolve("managed-results");
    }

    JsonNode start(JsonNode body, Caller caller) {
        QueryRequest request = QueryRequest.from(body);
        Workgroup workgroup = workgroups.get(request.workgroup());
        access.requireAthena(caller, "athena:StartQueryExecution", Arns.workgroup(caller.region(), workgroup.name()));
        if (!workgroup.enabled()) {
            throw AthenaErrors.invalidInput("WorkGroup " + workgroup.name() + " is disabled.");
        }
        ParsedStatement statement;
        try {
            statement = AthenaSql.parse(request.queryString());
        } catch (AthenaSql.SyntaxError e) {
            throw AthenaErrors.invalidRequest("MALFORMED_QUERY", e.getMessage());
        }
        Optional<S3Location> folder = resultFolder(request, workgroup, caller);
        QueryExecution execution = registry.forToken(request, () -> create(request, statement, workgroup, folder, caller));
        return Json.object().put("QueryExecutionId", execution.id());
    }

    /** Where results go: the workgroup's location if it enforces its settings, else the request's, else the workgroup's. */
    private Optional<S3Location> resultFolder(QueryRequest request, Workgroup workgroup, Caller caller) {
        if (workgroup.managedResults()) {
            if (request.requestedOutput().isPresent() && !workgroup.enforced()) {
                throw AthenaErrors.invalidInput(
                        "ManagedQueryResultsConfiguration and ResultConfiguration cannot be set together.");
            }
            return Optional.empty();
        }
        Optional<String> location = workgroup.enforced() ? workgroup.outputLocation()
                : request.requestedOutput().filter(s -> !s.isBlank()).or(workgroup::outputLocation);
        S3Location folder = OutputLocations.parse(location.orElseThrow(() -> AthenaErrors.invalidInput(
                "No output location provided. An output location is required either through the Workgroup result "
                        + "configuration setting or as an API input.")));
        if (!Files.isDirectory(s3Root.resolve(folder.bucket()))
                || !access.allows(caller, "s3:GetBucketLocation", folder.bucketArn())) {
            throw AthenaErrors.invalidInput("Unable to verify/create output bucket " + folder.bucket());
        }
        return Optional.of(folder);
    }

    private QueryExecution create(QueryRequest request, ParsedStatement statement, Workgroup workgroup,
                                  Optional<S3Location> folder, Caller caller) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Optional<QueryExecution> previous = reusable(request, statement, workgroup, now);
        if (previous.isPresent()) {
            return QueryExecution.reusing(id, request, previous.get(), now);
        }
        String fileName = id + (statement.kind().isSelect() ? ".csv" : ".txt"); // DDL, SHOW, DESCRIBE: text
        Optional<S3Location> resultObject = folder.map(f -> f.resolve(fileName));
        Path resultFile = resultObject.map(o -> o.localPath(s3Root)).orElse(managedResults.resolve(fileName));
        QueryExecution execution = new QueryExecution(id, request, statement.kind(), workgroup,
                resultObject.map(S3Location::uri), now, timings.queryDelay(), timings.queueDelay());
        engineExecutor.execute(() -> queryEngine.run(
                new SandboxQueryEngine.Job(execution, statement, caller, resultFile)));
        return execution;
    }

    /** Result reuse, when asked for: engine v3, a SELECT without random functions, an earlier result still there. */
    private Optional<QueryExecution> reusable(QueryRequest request, ParsedStatement statement, Workgroup workgroup,
                                              Instant now) {
        if (request.reuseMaxAgeMinutes().isEmpty() || !workgroup.runsEngineV3() || !statement.kind().isSelect()
                || statement.callsAny(NON_DETERMINISTIC)) {
            return Optional.empty();
        }
        return registry.reusable(request, now, Duration.ofMinutes(request.reuseMaxAgeMinutes().get()))
                .filter(earlier -> Files.exists(((QueryExecution.Succeeded) earlier.outcome()).resultFile()));
    }

    JsonNode get(JsonNode body, Caller caller) {
        QueryExecution execution = visible(body, caller, "athena:GetQueryExecution");
        ObjectNode response = Json.object();
        response.set("QueryExecution", QueryExecutionJson.of(execution, clock.instant()));
        return response;
    }

    JsonNode stop(JsonNode body, Caller caller) {
        visible(body, caller, "athena:StopQueryExecution").stop(clock.instant());
        return Json.object();
    }

    JsonNode results(JsonNode body, Caller caller) {
        QueryExecution execution = visible(body, caller, "athena:GetQueryResults");
        int maxResults = Json.integer(body, "MaxResults").orElse(MAX_RESULTS);
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw Json.validation("1 validation error detected: Value '" + maxResults + "' at 'maxResults' failed to "
                    + "satisfy constraint: Member must have value less than or equal to 1000");
        }
        QueryExecution.Succeeded succeeded = finished(execution);
        execution.outputLocation().ifPresent(location -> requireResultRead(caller, location));
        long offset = Json.text(body, "NextToken").map(t -> Paging.longOffset(t, Json::validation)).orElse(0L);
        ResultCsv.Page page;
        try {
            page = succeeded.text() ? ResultText.read(succeeded.resultFile(), offset, maxResults)
                    : ResultCsv.read(succeeded.resultFile(), offset, maxResults);
        } catch (java.nio.file.NoSuchFileException e) {
            throw AthenaErrors.invalidRequest("RESULT_NOT_FOUND", "Could not find results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode response = Json.object().put("UpdateCount", 0);
        ObjectNode resultSet = response.putObject("ResultSet");
        ArrayNode rows = resultSet.putArray("Rows");
        for (List<String> row : page.rows()) {
            ArrayNode data = rows.addObject().putArray("Data");
            row.forEach(value -> {
                ObjectNode datum = data.addObject();
                if (value != null) {
                    datum.put("VarCharValue", value);
                }
            });
        }
        ArrayNode columns = resultSet.putObject("ResultSetMetadata").putArray("ColumnInfo");
        for (ResultColumn c : succeeded.columns()) {
            columns.addObject().put("CatalogName", "hive").put("SchemaName", "").put("TableName", "")
                    .put("Name", c.name()).put("Label", c.name()).put("Type", c.type())
                    .put("Precision", c.precision()).put("Scale", c.scale()).put("Nullable", "UNKNOWN")
                    .put("CaseSensitive", c.caseSensitive());
        }
        page.nextOffset().ifPresent(next -> response.put("NextToken", Paging.token(next)));
        return response;
    }

    private QueryExecution.Succeeded finished(QueryExecution execution) {
        QueryExecution.State state = execution.state(clock.instant());
        return switch (state) {
            case SUCCEEDED -> (QueryExecution.Succeeded) execution.outcome();
            case QUEUED, RUNNING -> throw AthenaErrors.invalidRequest("INVALID_QUERY_EXECUTION_STATE",
                    "Query has not yet finished. Current state: " + state);
            case FAILED -> throw AthenaErrors.invalidRequest("INVALID_QUERY_EXECUTION_STATE",
                    "Query did not finish successfully. Final query state: FAILED");
            case CANCELLED -> throw AthenaErrors.invalidRequest("RESULT_NOT_FOUND", "Could not find results");
        };
    }

    /** Athena reads the result file from S3 as the caller. */
    private void requireResultRead(Caller caller, String location) {
        String arn = "arn:aws:s3:::" + location.substring("s3://".length());
        if (!access.allows(caller, "s3:GetObject", arn)) {
            throw ServiceError.frontEnd(400, "AccessDeniedException", access.deniedByPolicy(caller, "s3:GetObject", arn));
        }
    }

    JsonNode batchGet(JsonNode body, Caller caller) {
        JsonNode ids = body.path("QueryExecutionIds");
        if (!ids.isArray() || ids.isEmpty() || ids.size() > 50) {
            throw Json.validation("1 validation error detected: Value at 'queryExecutionIds' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 50 and greater than or equal to 1");
        }
        Instant now = clock.instant();
        ObjectNode response = Json.object();
        ArrayNode found = response.putArray("QueryExecutions");
        ArrayNode unprocessed = response.putArray("UnprocessedQueryExecutionIds");
        for (JsonNode idNode : ids) {
            String id = idNode.asText();
            Optional<QueryExecution> execution = registry.find(id);
            if (execution.isPresent()) {
                access.requireAthena(caller, "athena:BatchGetQueryExecution",
                        Arns.workgroup(caller.region(), execution.get().workgroup().name()));
                found.add(QueryExecutionJson.of(execution.get(), now));
            } else {
                unprocessed.addObject().put("QueryExecutionId", id).put("ErrorCode", "INVALID_INPUT")
                        .put("ErrorMessage", "QueryExecution " + id + " was not found");
            }
        }
        return response;
    }

    JsonNode list(JsonNode body, Caller caller) {
        Workgroup workgroup = workgroups.get(Json.text(body, "WorkGroup").orElse(WorkgroupStore.PRIMARY));
        access.requireAthena(caller, "athena:ListQueryExecutions", Arns.workgroup(caller.region(), workgroup.name()));
        List<String> ids = new ArrayList<>();
        registry.newestFirst(workgroup.name()).forEach(execution -> ids.add(execution.id()));
        return Paging.page(ids, body, 50, Json::validation).toJson("QueryExecutionIds", TextNode::valueOf);
    }

    /** The execution a request names, if the caller may act on its workgroup. */
    private QueryExecution visible(JsonNode body, Caller caller, String action) {
        QueryExecution execution = registry.get(Json.requiredText(body, "QueryExecutionId", "queryExecutionId"));
        access.requireAthena(caller, action, Arns.workgroup(caller.region(), execution.workgroup().name()));
        return execution;
    }
}

package dev.athenawizard.core.aws.policy;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Fills in an {@link AccessScope} with the wizard's own credentials: the account id (STS, only when the request does
 * not know it already), the workgroup's result location ({@code GetWorkGroup}, when not already known) and where the
 * chosen databases' tables keep their data (Glue {@code GetTables}) — or, for a query, where each table it reads keeps
 * its data (Glue {@code GetTable}, table by table). A failed look-up becomes a note on the input it
 * leaves empty, so the policy generator can say what is missing, in the look-up's words, rather than guess.
 */
public final class AccessScopeResolver {
    private final AwsClientFactory clients;
    private final Executor executor;

    public AccessScopeResolver(AwsClientFactory clients, Executor executor) {
        this.clients = clients;
        this.executor = executor;
    }

    /** Runs on the executor; cancelling the future interrupts the call in flight. */
    public CompletableFuture<ResolvedScope> resolve(AwsTarget wizard, ScopeRequest request) {
        return InterruptibleTasks.supply(executor, () -> lookUp(wizard, request));
    }

    private ResolvedScope lookUp(AwsTarget wizard, ScopeRequest request) {
        List<MissingInput> notes = new ArrayList<>();
        String account = request.accountId().isEmpty() ? accountFromSts(wizard, notes) : request.accountId();
        Optional<S3Location> results = request.resultsLocation();
        if (results.isEmpty() && !request.workgroup().isEmpty()) {
            results = describeResults(wizard, request.workgroup(), notes);
        }
        List<TableLocation> tables = List.of();
        if (request.query().isPresent()) {
            try (GlueClient glue = clients.glue(wizard)) {
                tables = new QueryTableLookup(glue, request.query().get(), notes).tables();
            }
        } else if (!request.databases().isEmpty()) {
            try {
                tables = new TableLocations(clients, Runnable::run).of(wizard, request.databases()).join();
            } catch (CompletionException e) {
                notes.add(new MissingInput(PolicyGenerator.DATA_LOCATIONS, "Glue could not list the tables of "
                        + String.join(", ", request.databases()) + ": " + AwsErrors.translate(e).getMessage()));
            }
        }
        Set<String> gluedBuckets = tables.stream().flatMap(t -> t.location().stream()).map(S3Location::bucket)
                .collect(Collectors.toSet());
        List<S3Location> extra = new ArrayList<>();
        for (String bucket : request.dataBuckets()) {
            try {
                if (!gluedBuckets.contains(bucket)) {
                    extra.add(S3Location.bucket(bucket));
                }
            } catch (IllegalArgumentException e) {
                notes.add(new MissingInput(PolicyGenerator.DATA_LOCATIONS, "Data bucket " + e.getMessage()));
            }
        }
        return new ResolvedScope(AccessScope.of(request.region(), account, request.workgroup(), results,
                request.databases(), tables, extra, request.query()), notes);
    }

    private String accountFromSts(AwsTarget wizard, List<MissingInput> notes) {
        try (StsClient sts = clients.sts(wizard)) {
            return sts.getCallerIdentity().account();
        } catch (SdkException e) {
            notes.add(new MissingInput("accountId", "STS could not tell the account id: "
                    + AwsErrors.translate(e).getMessage()));
            return "";
        }
    }

    private Optional<S3Location> describeResults(AwsTarget wizard, String workgroup, List<MissingInput> notes) {
        try (AthenaClient athena = clients.athena(wizard)) {
            WorkgroupInfo info = new WorkgroupService(athena, Runnable::run).describe(workgroup).join();
            return info.outputLocation().flatMap(S3Location::tryParse);
        } catch (CompletionException e) {
            AthenaFailure failure = AwsErrors.translate(e);
            // "not found" names the workgroup already; anything else needs saying which one could not be read
            notes.add(new MissingInput("resultsLocation", failure.kind() == AthenaFailure.Kind.WORKGROUP_NOT_FOUND
                    ? failure.getMessage()
                    : "The settings of workgroup " + workgroup + " could not be read: " + failure.getMessage()));
            return Optional.empty();
        }
    }
}

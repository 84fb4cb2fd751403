package dev.athenawizard.core.athena.workgroup;

import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ManagedQueryResultsConfiguration;
import software.amazon.awssdk.services.athena.model.ResultConfiguration;
import software.amazon.awssdk.services.athena.model.WorkGroup;
import software.amazon.awssdk.services.athena.model.WorkGroupConfiguration;
import software.amazon.awssdk.services.athena.model.WorkGroupState;
import software.amazon.awssdk.services.athena.model.WorkGroupSummary;

/** Lists, describes and creates Athena workgroups. */
public final class WorkgroupService {
    private final AthenaClient athena;
    private final AthenaCalls calls;

    public WorkgroupService(AthenaClient athena, Executor executor) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.calls = new AthenaCalls(executor);
    }

    /** One workgroup's settings ({@code GetWorkGroup}). */
    public CompletableFuture<WorkgroupInfo> describe(String name) {
        return calls.supply(() -> toInfo(athena.getWorkGroup(b -> b.workGroup(name)).workGroup()));
    }

    /**
     * Every workgroup in the region, across all pages of {@code ListWorkGroups}, each described with
     * {@code GetWorkGroup}; one that may be listed but not described is reported, not fatal.
     */
    public CompletableFuture<WorkgroupListing> describeAll() {
        CompletableFuture<List<WorkGroupSummary>> listing = calls.supply(this::listAll);
        List<Future<?>> describing = new CopyOnWriteArrayList<>();
        CompletableFuture<WorkgroupListing> all = listing.thenCompose(found -> describeEach(found, describing));
        return InterruptibleTasks.onCancel(all, () -> {
            listing.cancel(true);
            describing.forEach(call -> call.cancel(true));
        });
    }

    /** Creates a workgroup whose results go to the given S3 folder, on the newest engine, and describes it. */
    public CompletableFuture<WorkgroupInfo> create(NewWorkgroup spec) {
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(
                    AthenaFailure.of(AthenaFailure.Kind.INVALID_REQUEST, String.join(" ", problems)));
        }
        return InterruptibleTasks.then(calls.supply(() -> athena.createWorkGroup(b -> b
                        .name(spec.name())
                        .description(spec.description().isEmpty() ? null : spec.description())
                        .configuration(c -> c
                                .resultConfiguration(r -> r.outputLocation(spec.outputFolder()))
                                .engineVersion(e -> e.selectedEngineVersion(EngineVersion.AUTO))))),
                created -> describe(spec.name()));
    }

    private List<WorkGroupSummary> listAll() {
        List<WorkGroupSummary> all = new ArrayList<>();
        athena.listWorkGroupsPaginator(b -> b.maxResults(50)).forEach(page -> all.addAll(page.workGroups()));
        return all;
    }

    private CompletableFuture<WorkgroupListing> describeEach(List<WorkGroupSummary> summaries,
            List<Future<?>> describing) {
        List<CompletableFuture<Described>> each = new ArrayList<>();
        for (WorkGroupSummary summary : summaries) {
            CompletableFuture<WorkgroupInfo> call = describe(summary.name());
            describing.add(call);
            each.add(call.handle((info, error) -> error == null
                    ? new Described(info, null) : new Described(null, unreadableOrRethrow(summary, error))));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<WorkgroupInfo> described = new ArrayList<>();
            List<WorkgroupListing.Unreadable> unreadable = new ArrayList<>();
            for (CompletableFuture<Described> one : each) {
                Described outcome = one.join();
                if (outcome.info() != null) {
                    described.add(outcome.info());
                } else {
                    unreadable.add(outcome.unreadable());
                }
            }
            described.sort(Comparator.comparing(WorkgroupInfo::name));
            unreadable.sort(Comparator.comparing(WorkgroupListing.Unreadable::name));
            return new WorkgroupListing(described, unreadable);
        });
    }

    /** One workgroup's outcome: described, or listed but unreadable. */
    private record Described(WorkgroupInfo info, WorkgroupListing.Unreadable unreadable) {
    }

    /** Only a denial is about one workgroup; anything else (network, credentials) fails the whole listing. */
    private static WorkgroupListing.Unreadable unreadableOrRethrow(WorkGroupSummary summary, Throwable error) {
        AthenaFailure failure = AwsErrors.translate(error);
        if (failure.kind() != AthenaFailure.Kind.ACCESS_DENIED) {
            throw failure;
        }
        return new WorkgroupListing.Unreadable(summary.name(), state(summary.state()), engine(summary.engineVersion()),
                failure);
    }

    private static WorkgroupInfo toInfo(WorkGroup wg) {
        WorkGroupConfiguration config = wg.configuration() == null
                ? WorkGroupConfiguration.builder().build() : wg.configuration();
        ResultConfiguration results = config.resultConfiguration();
        ManagedQueryResultsConfiguration managed = config.managedQueryResultsConfiguration();
        return new WorkgroupInfo(
                wg.name(),
                state(wg.state()),
                wg.description(),
                Optional.ofNullable(wg.creationTime()),
                engine(config.engineVersion()),
                Optional.ofNullable(results == null ? null : results.outputLocation()),
                Boolean.TRUE.equals(config.enforceWorkGroupConfiguration()),
                config.bytesScannedCutoffPerQuery() == null
                        ? OptionalLong.empty() : OptionalLong.of(config.bytesScannedCutoffPerQuery()),
                managed != null && Boolean.TRUE.equals(managed.enabled()));
    }

    private static WorkgroupInfo.State state(WorkGroupState state) {
        if (state == WorkGroupState.ENABLED) {
            return WorkgroupInfo.State.ENABLED;
        }
        return state == WorkGroupState.DISABLED ? WorkgroupInfo.State.DISABLED : WorkgroupInfo.State.UNKNOWN;
    }

    private static EngineVersion engine(software.amazon.awssdk.services.athena.model.EngineVersion version) {
        return version == null ? new EngineVersion("", "")
                : new EngineVersion(version.selectedEngineVersion(), version.effectiveEngineVersion());
    }
}

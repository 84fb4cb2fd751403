package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.catalog.DatabaseInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.IamPolicy;
import dev.athenawizard.core.aws.policy.MissingInput;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.PolicyResult;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.PermissionSelfTest;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.project.AccessSection;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Access & IAM policy" panel, without a screen: the databases Aporia may read, and the least-privilege policy
 * for them, resolved from AWS (account, result location, the tables' data locations) and generated.
 *
 * <p>The policy belongs to the connection, workgroup and databases it was resolved for; change any of them and it is
 * gone until it is resolved again (the step does that while the panel is on screen: newest wins).
 */
final class PolicyPanelModel {
    static final String LISTING_DATABASES = "Listing the catalog's databases…";
    static final String RESOLVING = "Reading the account, the result location and the tables' data locations…";

    private final PolicyGenerator generator = new PolicyGenerator();

    /** Inputs, bound by the step. */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final StringProperty workgroup = new SimpleStringProperty("");
    final ObjectProperty<Optional<WorkgroupInfo>> workgroupInfo = new SimpleObjectProperty<>(Optional.empty());

    final LatestRun<VerifiedConnection, List<DatabaseInfo>> databaseListing;
    final ObservableList<String> databases = FXCollections.observableArrayList();
    final ObservableList<String> chosenDatabases = FXCollections.observableArrayList();
    final ObservableList<String> dataBuckets = FXCollections.observableArrayList();
    final StringBinding databasesNote;
    final StringBinding bucketsText = Bindings.createStringBinding(() -> dataBuckets.isEmpty() ? ""
            : "Data buckets (from the tables' Glue locations): " + String.join(", ", dataBuckets), dataBuckets);
    final BooleanBinding hasDatabases = Bindings.isNotEmpty(chosenDatabases);
    /** Says why Next waits while no database is ticked; null otherwise. */
    final ObjectBinding<Banner> databasesNeeded;

    final ObjectBinding<PolicyInputs> inputs;
    final LatestRun<PolicyInputs, ResolvedPolicy> resolution;
    final StringBinding policyJson;
    /** What keeps the policy from being complete, each told by the look-up that failed for it. */
    final StringBinding missing;
    /** Look-ups that failed without keeping the policy from being complete. */
    final StringBinding notes;
    final StringProperty message = new SimpleStringProperty("");
    /** The scope the self-test may run on: resolved, with nothing missing it cannot do without. Null otherwise. */
    final ObjectBinding<AccessScope> testableScope;

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    PolicyPanelModel(Executor ui) {
        databaseListing = new LatestRun<>(connection, ui);
        databaseListing.result().addListener((o, was, now) -> showDatabases(now));
        databasesNote = Bindings.createStringBinding(() -> {
            Throwable failure = databaseListing.failure().get();
            if (failure instanceof CancellationException) {
                return "Listing cancelled: Refresh lists the databases again.";
            }
            if (failure != null) {
                return "The databases could not be listed: " + failure.getMessage();
            }
            List<DatabaseInfo> listed = databaseListing.result().get();
            return listed != null && listed.isEmpty() ? "The catalog has no databases." : "";
        }, databaseListing.result(), databaseListing.failure());
        databasesNeeded = Bindings.createObjectBinding(() -> databases.isEmpty() || !chosenDatabases.isEmpty()
                ? null : Banner.warn("databases-needed", "Tick the databases Aporia may read (Access & IAM policy, "
                        + "below): the policy names them, and Next waits for at least one."),
                databases, chosenDatabases);

        inputs = Bindings.createObjectBinding(this::inputs, connection, workgroup, workgroupInfo, chosenDatabases);
        resolution = new LatestRun<>(inputs, ui);
        resolution.result().addListener((o, was, now) -> {
            if (now != null) {
                dataBuckets.setAll(now.resolved().scope().dataBuckets());
                message.set("");
            }
        });
        policyJson = Bindings.createStringBinding(() -> resolution.currentResult()
                .flatMap(r -> r.result().policy()).map(IamPolicy::toJson).orElse(""), resolution.result());
        missing = Bindings.createStringBinding(this::missing, resolution.result(), resolution.failure());
        notes = Bindings.createStringBinding(() -> resolution.currentResult()
                .map(r -> r.resolved().notesBeside(r.result()).stream().map(MissingInput::message)
                        .collect(Collectors.joining("\n")))
                .orElse(""), resolution.result());
        testableScope = Bindings.createObjectBinding(() -> resolution.currentResult()
                .filter(r -> PermissionSelfTest.blockers(r.result()).isEmpty())
                .map(r -> r.resolved().scope()).orElse(null), resolution.result());
    }

    /** The changes the project records. */
    Observable[] persisted() {
        return new Observable[] {chosenDatabases, dataBuckets};
    }

    /** Lists the catalog's databases for the current connection, unless that listing is done or running. */
    void listDatabases(Function<String, CompletableFuture<List<DatabaseInfo>>> lister) {
        if (connection.get() != null && databaseListing.currentResult().isEmpty()) {
            databaseListing.run((c, updates) -> lister.apply(PolicyGenerator.DATA_CATALOG));
        }
    }

    /** Resolves the policy for the current inputs, unless it is resolved or resolving already. */
    void resolve(Function<ScopeRequest, CompletableFuture<ResolvedScope>> resolver) {
        if (inputs.get() != null && resolution.currentResult().isEmpty()) {
            resolution.run((in, updates) -> {
                CompletableFuture<ResolvedScope> resolving = resolver.apply(in.request());
                // cancelling the policy must stop the look-ups, not only the wait for them
                return InterruptibleTasks.cancelling(resolving.thenApply(
                        resolved -> new ResolvedPolicy(resolved, resolved.policy(generator))), resolving);
            });
        }
    }

    void toggle(String database, boolean chosen) {
        if (chosen && !chosenDatabases.contains(database)) {
            chosenDatabases.add(database);
        } else if (!chosen) {
            chosenDatabases.remove(database);
        }
    }

    void copied() {
        message.set("Copied. Paste it into a new IAM policy (JSON tab) and attach it to Aporia's user.");
    }

    /** Called on the UI thread once saving to {@code file} ended. */
    void saved(Path file, Throwable failure) {
        message.set(failure == null ? "Saved to " + file + "."
                : "Could not save the policy: " + FxThread.unwrap(failure).getMessage());
    }

    void load(AccessSection access) {
        chosenDatabases.setAll(access.databases());
        dataBuckets.setAll(access.dataBuckets());
        message.set("");
    }

    AccessSection toAccess() {
        return new AccessSection(List.copyOf(chosenDatabases), List.copyOf(dataBuckets));
    }

    private PolicyInputs inputs() {
        VerifiedConnection c = connection.get();
        if (c == null || workgroup.get().isBlank()) {
            return null;
        }
        Optional<S3Location> results = workgroupInfo.get().flatMap(WorkgroupInfo::outputLocation)
                .flatMap(S3Location::tryParse);
        return new PolicyInputs(c, new ScopeRequest(c.region(), workgroup.get(), results,
                List.copyOf(chosenDatabases), List.of()));
    }

    private String missing() {
        Throwable failure = resolution.failure().get();
        if (failure instanceof CancellationException) {
            return "Cancelled: the policy is not prepared. Refresh prepares it again.";
        }
        if (failure != null) {
            return "The policy could not be prepared: " + failure.getMessage();
        }
        return resolution.currentResult().map(ResolvedPolicy::result)
                .filter(r -> !r.complete()).map(PolicyResult::missingMessage).orElse("");
    }

    /** One database besides Glue's "default" is almost certainly the one: it is ticked for the user. */
    private void showDatabases(List<DatabaseInfo> listed) {
        databases.setAll(listed == null ? List.of() : listed.stream().map(DatabaseInfo::name).toList());
        List<String> candidates = databases.stream().filter(d -> !d.equals("default")).toList();
        if (chosenDatabases.isEmpty() && candidates.size() == 1) {
            chosenDatabases.setAll(candidates);
        }
    }

    /** What a policy is resolved for: the connection (its account and region), and what the user picked. */
    record PolicyInputs(VerifiedConnection connection, ScopeRequest request) {
    }

    /** A resolved scope and the policy generated from it. */
    record ResolvedPolicy(ResolvedScope resolved, PolicyResult result) {
    }
}

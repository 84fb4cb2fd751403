package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.catalog.DatabaseInfo;
import dev.athenawizard.core.athena.workgroup.NewWorkgroup;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.PolicyResult;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.WorkgroupSection;
import dev.athenawizard.ui.FxThread;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Step 2: the workgroup Aporia's queries run in, what Aporia may read, the least-privilege IAM policy for it, and a
 * self-test of that policy as the user Aporia will use.
 */
public final class WorkgroupStep implements WizardStep {
    private final WorkgroupServices services;
    private final WorkgroupModel model = new WorkgroupModel();
    private final ChangeSignal changes;
    private WorkgroupView view;
    private WorkgroupSection saved = WorkgroupSection.EMPTY;

    private AthenaClient athena;
    private WorkgroupService workgroups;
    private CatalogService catalog;
    private VerifiedConnection loadedFor;
    private int policyGeneration;
    private CompletableFuture<?> selfTest;

    public WorkgroupStep(WorkgroupServices services) {
        this.services = services;
        this.changes = new ChangeSignal(model.persisted());
        model.connection.addListener((o, was, now) -> connectionChanged(now));
        model.selected.addListener((o, was, now) -> regeneratePolicy());
        model.chosenDatabases.addListener((javafx.collections.ListChangeListener<String>) c -> regeneratePolicy());
    }

    /** Input: the verified connection from the Connection step (null while there is none). */
    public ObjectProperty<VerifiedConnection> connectionProperty() {
        return model.connection;
    }

    WorkgroupModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Workgroup";
    }

    @Override
    public String summary() {
        return "Pick the Athena workgroup Aporia's queries will run in, see the IAM policy Aporia's user needs, "
                + "and test it.";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new WorkgroupView(model, new WorkgroupView.Actions(this::reload, this::create, this::runSelfTest,
                    this::cancelSelfTest, this::savePolicy));
        }
        return view;
    }

    @Override
    public ObservableBooleanValue complete() {
        return model.complete;
    }

    /** Reads the picked workgroup again: it must still exist and be readable by these credentials. */
    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        if (workgroups == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Verify the connection first."));
        }
        CompletableFuture<WorkgroupInfo> check = workgroups.describe(model.selectedName.get());
        FxThread.onCompletion(check, (info, failure) -> {
            if (info != null) {
                model.rows.replaceAll(row -> row.name().equals(info.name()) ? WorkgroupRow.of(info) : row);
            }
        });
        return check.thenApply(info -> {
            String blocker = WorkgroupModel.blockerOf(info.name(), java.util.Optional.of(info));
            if (!blocker.isEmpty()) {
                throw new IllegalStateException(blocker);
            }
            return info;
        });
    }

    @Override
    public String checkingMessage() {
        return "Reading workgroup " + model.selectedName.get() + "…";
    }

    @Override
    public void load(OnboardingProject project) {
        saved = project.workgroup();
        model.selectedName.set(saved.name());
        model.chosenDatabases.setAll(project.access().databases());
        model.dataBuckets.setAll(project.access().dataBuckets());
        model.checks.clear();
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        return project.withWorkgroup(model.toSection(project.workgroup())).withAccess(model.toAccess());
    }

    @Override
    public Observable changes() {
        return changes;
    }

    @Override
    public void entered() {
        VerifiedConnection connection = model.connection.get();
        if (connection != null && connection != loadedFor) {
            reload();
        }
    }

    @Override
    public void left() {
        cancelSelfTest();
    }

    private void connectionChanged(VerifiedConnection connection) {
        cancelSelfTest();
        if (athena != null) {
            athena.close();
            athena = null;
            workgroups = null;
            catalog = null;
        }
        model.checks.clear();
        model.selfTestSummary.set("");
        // Another connection may see other workgroups (or none): nothing listed before counts until listed again.
        model.rows.clear();
        model.scope.set(null);
        model.policyJson.set("");
        loadedFor = null;
        if (connection != null) {
            athena = services.clients().athena(connection.wizardTarget());
            workgroups = new WorkgroupService(athena, services.aws());
            catalog = new CatalogService(athena, services.aws());
            if (model.newLocation.get().isBlank() && connection.sandbox()) {
                model.newLocation.set("s3://athena-wizard-sandbox-results/aporia-monitoring/");
            }
        }
    }

    /** Lists the workgroups (every page, each described) and the databases, in the background. */
    void reload() {
        VerifiedConnection connection = model.connection.get();
        if (connection == null || workgroups == null) {
            return;
        }
        loadedFor = connection;
        model.loading.set(true);
        model.loadError.set("");
        FxThread.onCompletion(workgroups.describeAll(), (listing, failure) -> {
            if (connection != model.connection.get()) {
                return;
            }
            model.loading.set(false);
            if (failure != null) {
                model.loadError.set("The workgroups could not be listed: " + failure.getMessage());
                return;
            }
            model.showListing(listing);
            regeneratePolicy();
        });
        FxThread.onCompletion(catalog.databases(PolicyGenerator.DATA_CATALOG), (list, failure) -> {
            if (connection != model.connection.get()) {
                return;
            }
            if (failure != null) {
                model.databasesNote.set("The databases could not be listed: " + failure.getMessage());
                return;
            }
            model.databases.setAll(list.stream().map(DatabaseInfo::name).toList());
            model.databasesNote.set(list.isEmpty() ? "The catalog has no databases." : "");
            // One database besides Glue's "default" is almost certainly the one: preselect it.
            List<String> candidates = model.databases.stream().filter(d -> !d.equals("default")).toList();
            if (model.chosenDatabases.isEmpty() && candidates.size() == 1) {
                model.chosenDatabases.setAll(candidates);
            }
        });
    }

    /** "Create workgroup for Aporia": checks the form locally, then asks Athena. */
    void create() {
        NewWorkgroup spec = new NewWorkgroup(model.newName.get(), model.newLocation.get(), model.newDescription.get());
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            model.createMessage.set(String.join("\n", problems));
            return;
        }
        if (model.rows.stream().anyMatch(r -> r.name().equals(spec.name()))) {
            model.createMessage.set("A workgroup named " + spec.name() + " already exists: pick it in the list, or "
                    + "choose another name.");
            return;
        }
        model.creating.set(true);
        model.createMessage.set("");
        FxThread.onCompletion(workgroups.create(spec), (created, failure) -> {
            model.creating.set(false);
            if (failure != null) {
                model.createMessage.set(failure.getMessage());
                return;
            }
            model.rows.add(WorkgroupRow.of(created));
            model.rows.sort(java.util.Comparator.comparing(WorkgroupRow::name));
            model.selectedName.set(created.name());
            model.createMessage.set("Created " + created.name() + ": results go to "
                    + created.outputLocation().orElse("?") + ".");
        });
    }

    /** Resolves the scope (account, result location, table locations) and regenerates the policy; newest wins. */
    private void regeneratePolicy() {
        VerifiedConnection connection = model.connection.get();
        if (connection == null || model.selectedName.get().isEmpty()) {
            return;
        }
        int generation = ++policyGeneration;
        ScopeRequest request = new ScopeRequest(connection.region(), model.selectedName.get(),
                model.selected.get().flatMap(WorkgroupInfo::outputLocation).flatMap(S3Location::tryParse),
                List.copyOf(model.chosenDatabases), List.of());
        model.resolving.set(true);
        FxThread.onCompletion(services.scopes().resolve(connection.wizardTarget(), request), (resolved, failure) -> {
            if (generation != policyGeneration) {
                return;
            }
            model.resolving.set(false);
            if (failure != null) {
                model.policyMissing.set("The policy could not be prepared: " + failure.getMessage());
                model.policyJson.set("");
                return;
            }
            model.scope.set(resolved.scope());
            model.dataBuckets.setAll(resolved.scope().dataBuckets());
            model.policyNotes.set(String.join("\n", resolved.notes()));
            PolicyResult result = services.policies().generate(resolved.scope());
            model.policyJson.set(result.policy().map(p -> p.toJson()).orElse(""));
            model.policyMissing.set(result.complete() ? "" : result.missingMessage());
        });
    }

    void runSelfTest() {
        VerifiedConnection connection = model.connection.get();
        if (connection == null || model.scope.get() == null || !model.policyMissing.get().isEmpty()) {
            return;
        }
        model.checks.clear();
        model.selfTestSummary.set("");
        model.selfTesting.set(true);
        CompletableFuture<SelfTestReport> run = services.selfTest().run(connection.aporiaTarget(), model.scope.get(),
                new SelfTestListener() {
                    @Override
                    public void checking(String action, String resource) {
                        FxThread.run(() -> model.selfTestProgress.set("Trying " + action + " on " + resource + "…"));
                    }

                    @Override
                    public void checked(PermissionCheck check) {
                        FxThread.run(() -> model.checks.add(check));
                    }
                });
        selfTest = run;
        FxThread.onCompletion(run, (report, failure) -> {
            if (selfTest != run) {
                return;
            }
            selfTest = null;
            model.selfTesting.set(false);
            model.selfTestProgress.set("");
            if (failure != null) {
                model.selfTestSummary.set(run.isCancelled() ? "Cancelled." : "The self-test stopped: "
                        + failure.getMessage());
                return;
            }
            model.selfTestSummary.set(summarize(report));
            // What needs doing goes first; the rest keeps the order it was tried in.
            model.checks.setAll(report.checks().stream()
                    .sorted(java.util.Comparator.comparing((PermissionCheck c) -> c.status() != CheckStatus.MISSING))
                    .toList());
        });
    }

    void cancelSelfTest() {
        CompletableFuture<?> running = selfTest;
        if (running != null) {
            running.cancel(true);
        }
    }

    static String summarize(SelfTestReport report) {
        long missing = report.checks().stream().filter(c -> c.status() == CheckStatus.MISSING).count();
        String counts = report.granted().size() + " granted, " + missing + " missing, "
                + report.notCheckable().size() + " not checkable.";
        return (missing == 0 ? "✓ Every permission Aporia needs is granted. " : "✗ " + missing
                + (missing == 1 ? " permission is" : " permissions are") + " missing: add the statements shown. ")
                + counts;
    }

    void savePolicy(Path file) {
        String json = model.policyJson.get();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(file, json + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, services.files());
        FxThread.onCompletion(writing, (ok, failure) -> model.policyMessage.set(failure == null
                ? "Saved to " + file + "." : "Could not save the policy: " + FxThread.unwrap(failure).getMessage()));
    }
}

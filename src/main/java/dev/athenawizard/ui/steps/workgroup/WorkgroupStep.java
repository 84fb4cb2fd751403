package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.session.AwsSession;
import dev.athenawizard.core.aws.session.CurrentSession;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.async.RefusedCredentials;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * Step 2: the workgroup Aporia's queries run in, what Aporia may read, the least-privilege IAM policy for it, and a
 * self-test of that policy as the user Aporia will use.
 *
 * <p>The shape every step copies: this class only wires (lifecycle, models to services); the state is in plain models
 * tested without a stage ({@link WorkgroupModel}, {@link PolicyPanelModel}, {@link SelfTestPanelModel}); the page only
 * binds ({@link WorkgroupView}); AWS comes through an {@link AwsSession} opened for the verified connection.
 */
public final class WorkgroupStep implements WizardStep {
    private final WorkgroupServices services;
    private final WorkgroupModel model = new WorkgroupModel(FxThread::run);
    private final PolicyPanelModel policy = new PolicyPanelModel(FxThread::run);
    private final SelfTestPanelModel selfTest = new SelfTestPanelModel(FxThread::run);
    private final BooleanBinding complete = model.usable.and(policy.hasDatabases);
    /** Output: the workgroup picked, as read with this connection, once the step is done; null before. */
    private final ObjectBinding<WorkgroupInfo> chosen = Bindings.createObjectBinding(
            () -> complete.get() ? model.selected.get().orElse(null) : null, complete, model.selected);
    private final ChangeSignal changes;
    /** The workgroup was read with credentials AWS has refused since: not done any more, until a call works. */
    private final BooleanBinding needsAttention =
            new RefusedCredentials(model.connection, FxThread::run).why().isNotEmpty();
    private WorkgroupView view;
    private final CurrentSession session;
    private Subscription whileShown = Subscription.EMPTY;

    public WorkgroupStep(WorkgroupServices services) {
        this.services = services;
        this.session = new CurrentSession(services.sessions());
        wire(model, policy, selfTest);
        changes = new ChangeSignal(concat(model.persisted(), policy.persisted()));
    }

    /** Each panel's inputs are the outputs of the models before it (the same wiring the model tests use). */
    static void wire(WorkgroupModel model, PolicyPanelModel policy, SelfTestPanelModel selfTest) {
        policy.connection.bind(model.connection);
        policy.workgroup.bind(model.selectedName);
        policy.workgroupInfo.bind(model.selected);
        selfTest.connection.bind(model.connection);
        selfTest.scope.bind(policy.testableScope);
        model.setupProblem.bind(selfTest.setupProblem);
    }

    /** Input: the verified connection from the Connection step (null while there is none). */
    public ObjectProperty<VerifiedConnection> connectionProperty() {
        return model.connection;
    }

    /**
     * Output for the Query step: the workgroup queries run in (name, engine version, output location, per-query scan
     * limit), as last read with the connection on screen; null until the step is done.
     */
    public ObservableValue<WorkgroupInfo> chosenWorkgroup() {
        return chosen;
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
            view = new WorkgroupView(model, policy, selfTest, new WorkgroupView.Actions(
                    this::refresh,
                    () -> model.create.open(model.rows),
                    () -> model.createWith(session().workgroups()::create),
                    () -> selfTest.start(session()::selfTest),
                    selfTest::cancel,
                    this::copyPolicy,
                    this::savePolicy));
        }
        return view;
    }

    /**
     * Refresh: lists the workgroups again, and whatever a cancel or a failure left unread (the databases, the
     * policy) is read again too.
     */
    private void refresh() {
        if (model.connection.get() == null) {
            return;
        }
        model.relist(session().workgroups()::describeAll);
        policy.listDatabases(session().catalog()::databases);
        policy.resolve(session()::resolveScope);
    }

    /** An enabled workgroup with an output location, read with this connection, and a database to read. */
    @Override
    public ObservableBooleanValue complete() {
        return complete;
    }

    @Override
    public ObservableBooleanValue needsAttention() {
        return needsAttention;
    }

    /** Reads the picked workgroup again: it must still exist and be usable with these credentials. */
    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        CompletableFuture<WorkgroupInfo> reading = session().workgroups().describe(model.selectedName.get());
        CompletableFuture<WorkgroupInfo> check = reading.thenApply(info -> {
            FxThread.run(() -> model.reread(info));
            String blocker = WorkgroupModel.blockerOf(info.name(), Optional.of(info));
            if (!blocker.isEmpty()) {
                throw new IllegalStateException(blocker);
            }
            return info;
        });
        return InterruptibleTasks.cancelling(check, reading);
    }

    @Override
    public String checkingMessage() {
        return "Reading workgroup " + model.selectedName.get() + "…";
    }

    @Override
    public void load(OnboardingProject project) {
        model.load(project.workgroup());
        policy.load(project.access());
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        return project.withWorkgroup(model.toSection(project.workgroup())).withAccess(policy.toAccess());
    }

    @Override
    public Observable changes() {
        return changes;
    }

    /** Lists what this connection sees, and keeps the policy resolved for what is picked while the page shows. */
    @Override
    public void entered() {
        if (model.connection.get() == null) {
            return;
        }
        model.list(session().workgroups()::describeAll);
        policy.listDatabases(session().catalog()::databases);
        whileShown = policy.inputs.subscribe(inputs -> {
            if (inputs != null) {
                policy.resolve(session()::resolveScope);
            }
        });
    }

    @Override
    public void left() {
        whileShown.unsubscribe();
        whileShown = Subscription.EMPTY;
        policy.resolution.cancel();
        selfTest.cancel();
    }

    /** The AWS services for the current connection; the session of an earlier connection is closed. */
    private AwsSession session() {
        return session.of(model.connection.get());
    }

    private void copyPolicy() {
        services.dialogs().copyToClipboard(policy.policyJson.get());
        policy.copied();
    }

    private void savePolicy() {
        String json = policy.policyJson.get();
        services.dialogs().chooseFileToSave("Save IAM policy", "aporia-athena-policy.json", "IAM policy (JSON)")
                .ifPresent(file -> FxThread.onCompletion(CompletableFuture.runAsync(() -> write(file, json),
                        services.files()), (ok, failure) -> policy.saved(file, failure)));
    }

    private static void write(Path file, String json) {
        try {
            Files.writeString(file, json.endsWith("\n") ? json : json + "\n", StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Observable[] concat(Observable[] a, Observable[] b) {
        Observable[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.Registration;
import dev.athenawizard.core.aporia.export.PythonScript;
import dev.athenawizard.core.aporia.export.RegistrationJson;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.aws.session.AwsSession;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.WizardStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * Step 5: the model, its version and its Athena data source registered with Aporia through its API (resumable, never
 * duplicating), or handed over as a Python script or JSON.
 *
 * <p>Wiring and lifecycle only, in the Workgroup step's shape: the state is in plain models tested without a stage
 * ({@link RegisterModel} and its panels), the page only binds ({@link RegisterView}), Aporia and AWS come through
 * {@link RegisterServices}.
 *
 * <p>Inputs — what {@code GuiWiring} binds, and all it binds:
 * <ul>
 *   <li>{@link #connectionProperty()} ← the Connection step's {@code verifiedConnection()}: the AWS session for the
 *       training and test previews and their completion, and whether this is the sandbox (its Aporia, any token).
 *       Null blocks Register ("a verified connection") but not the exports.</li>
 *   <li>{@link #projectProperty()} ← {@code ProjectSession.projectProperty()}: everything else arrives through the
 *       project the session holds, as the earlier steps store it — the region and Aporia's key
 *       ({@code connection}), the workgroup and its result location ({@code workgroup}), the serving query with its
 *       catalog and database ({@code query}), and the mapping: fields, id and timestamp columns, actuals, model type
 *       ({@code mapping}, {@code model.modelType}). No Query or Mapping step property is bound: when those steps
 *       store an edit, the shell puts it in the session's project and this step follows (its plan, summary and
 *       outcome are recomputed, an earlier registration is marked out of date). What the earlier steps still lack
 *       is listed here, naming the step to fix it in.</li>
 * </ul>
 * Outputs: {@link #complete()} (registered, or exported in export-only mode, for what is on screen) and the project's
 * {@code model} details and {@code registration} section through {@link #store}. Secrets (the Aporia token, the
 * secret of Aporia's key) go to {@code services.secrets()} only.
 */
public final class RegisterStep implements WizardStep {
    /** The sandbox accepts any token; the transport still needs one to send. */
    private static final String SANDBOX_TOKEN = "sandbox-accepts-any-token";

    private final RegisterServices services;
    private final RegisterModel model = new RegisterModel(FxThread::run);
    private final ChangeSignal changes;
    private RegisterView view;
    private AwsSession session;
    private CatalogCache catalog;
    private Subscription whileShown = Subscription.EMPTY;

    public RegisterStep(RegisterServices services) {
        this.services = services;
        this.changes = new ChangeSignal(model.persisted());
    }

    /** Input: the verified connection from the Connection step (null while there is none). */
    public ObjectProperty<VerifiedConnection> connectionProperty() {
        return model.connection;
    }

    /** Input: the project as the session holds it (the earlier steps' sections, and this step's own). */
    public ObjectProperty<OnboardingProject> projectProperty() {
        return model.project;
    }

    RegisterModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Register";
    }

    @Override
    public String summary() {
        return "Register the model, its version and its Athena data source with Aporia, or export them as a script.";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RegisterView(model, new RegisterView.Actions(this::preview,
                    () -> model.model.newVersion(LocalDate.now()), this::register, model.run::cancel,
                    () -> export(true), () -> export(false)));
        }
        return view;
    }

    /** Registered for what is on screen (or, for export only, exported for it): the wizard's end is earned. */
    @Override
    public ObservableBooleanValue complete() {
        return model.done;
    }

    @Override
    public void load(OnboardingProject project) {
        model.load(project);
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        return model.store(project);
    }

    @Override
    public Observable changes() {
        return changes;
    }

    /** Brings back the secrets this session (or the keychain) holds for the host and the data source's key. */
    @Override
    public void entered() {
        if (model.connection.get() != null) {
            session(); // the training and test editors complete names from this connection's catalog
            model.datasets.catalog.set(catalog);
        }
        whileShown = model.target.aporiaHost.subscribe(host -> host.ifPresent(h -> recall(
                SecretKey.aporiaToken(h.toString()), model.target.token)));
        whileShown = whileShown.and(model.stored.subscribe(p -> {
            ConnectionSection.DataSourceCredentials key = p.connection().dataSource();
            if (!key.sameAsWizard() && !key.accessKeyId().isBlank()) {
                recall(SecretKey.awsSecretAccessKey(key.accessKeyId().strip()), model.dataSource.secret);
            }
        }));
    }

    /** Stops the previews and a registration in flight (Register continues it later), and masks the secrets. */
    @Override
    public void left() {
        whileShown.unsubscribe();
        whileShown = Subscription.EMPTY;
        model.datasets.training.cancel();
        model.datasets.testing.cancel();
        model.run.cancel();
        if (view != null) {
            view.maskSecrets();
        }
    }

    private void recall(SecretKey key, StringProperty target) {
        if (!target.get().isEmpty()) {
            return;
        }
        FxThread.onCompletion(services.secrets().load(key), (found, failure) -> {
            if (found != null && found.isPresent() && target.get().isEmpty()) {
                Secret secret = found.get();
                target.set(secret.reveal());
                secret.clear();
            }
        });
    }

    private void preview(ExtraDatasetModel dataset) {
        dataset.runPreview(request -> DatasetPreviews.run(session(), request));
    }

    /** Keeps the secrets for the session (the token in the keychain too if asked), then registers or continues. */
    private void register() {
        RegistrationRunModel.RunInputs in = model.run.inputs.get();
        if (in == null) {
            return;
        }
        boolean sandbox = in.verified() != null && in.verified().sandbox();
        String tokenText = model.target.token.get();
        if (!sandbox && !tokenText.isBlank()) {
            SecretKey name = SecretKey.aporiaToken(in.host().toString());
            if (model.target.rememberToken.get()) {
                services.secrets().remember(name, Secret.of(tokenText));
            } else {
                services.secrets().put(name, Secret.of(tokenText));
            }
        }
        ConnectionSection.DataSourceCredentials key = in.connection().dataSource();
        if (!key.sameAsWizard() && !key.accessKeyId().isBlank() && !model.dataSource.secret.get().isBlank()) {
            services.secrets().put(SecretKey.awsSecretAccessKey(key.accessKeyId().strip()),
                    Secret.of(model.dataSource.secret.get()));
        }
        Secret token = Secret.of(sandbox || tokenText.isBlank() ? SANDBOX_TOKEN : tokenText);
        model.run.register(i -> prepare(i, token), services.aporia(),
                i -> services.registrations().received(i.host(), token, services.aporia()));
    }

    private CompletableFuture<Registration> prepare(RegistrationRunModel.RunInputs in, Secret token) {
        return services.registrations().prepare(in.plan(), in.connection(), in.host(), token, services.aporia());
    }

    /** The Python script or the requests as JSON, written where the user chooses, off the FX thread. */
    private void export(boolean python) {
        Optional<RegistrationPlan> plan = model.plan.get().plan();
        if (plan.isEmpty() || !model.canExport.get()) {
            return;
        }
        // The sandbox's port lasts as long as the wizard: a script for later reads APORIA_HOST instead.
        Optional<AporiaHost> host = model.target.sandbox.get() ? Optional.empty() : model.target.aporiaHost.get();
        String text = python ? PythonScript.render(plan.get(), host, model.stored.get().name())
                : RegistrationJson.render(plan.get(), host);
        String what = python ? "the Python script" : "the requests as JSON";
        String name = "register_" + plan.get().model().id() + (python ? ".py" : ".json");
        services.dialogs().chooseFileToSave(python ? "Export Python script" : "Export JSON", name,
                python ? "Python script" : "JSON").ifPresent(file -> FxThread.onCompletion(
                        CompletableFuture.runAsync(() -> write(file, text), services.files()),
                        (ok, failure) -> model.run.exported(what, file, plan.get(), failure)));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The AWS services for the current connection; the session of an earlier connection is closed. */
    private AwsSession session() {
        VerifiedConnection connection = model.connection.get();
        if (session != null && session.connection() != connection) {
            session.close();
            session = null;
            catalog = null;
        }
        if (session == null && connection != null) {
            session = services.sessions().open(connection);
            catalog = new CatalogCache(session.catalog(), model.stored.get().query().catalog());
        }
        return session;
    }
}

package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.session.AwsSession;
import dev.athenawizard.core.aws.session.CurrentSession;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.sql.TableName;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.async.RefusedCredentials;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.ShownOnStep;
import dev.athenawizard.ui.shell.WizardStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 3: the SQL whose result Aporia monitors, checked as it is typed and previewed live on Athena.
 *
 * <p>Wiring and lifecycle only, in the Workgroup step's shape: the state is in plain models tested without a stage
 * ({@link QueryModel}, {@link PreviewModel}, {@link HistoryModel}); the page only binds ({@link QueryView}); AWS comes
 * through an {@link AwsSession} opened for the verified connection. Inputs: the verified connection and the chosen
 * workgroup. Output: {@link #preview()}, for the Mapping step.
 */
public final class QueryStep implements WizardStep {
    private static final Logger LOG = LoggerFactory.getLogger(QueryStep.class);
    /** How long closing the window waits for the stops of running queries to reach Athena. */
    private static final long STOP_WAIT_SECONDS = 3;

    private final QueryServices services;
    private final AthenaPreviewRunner runner;
    private final PreviewModel preview;
    private final QueryModel model;
    private final HistoryModel history = new HistoryModel(FxThread::run, ZoneId.systemDefault());
    private final AporiaAccessModel access = new AporiaAccessModel(FxThread::run);
    private final ChangeSignal changes;
    private final ObjectProperty<List<String>> readableDatabases = new SimpleObjectProperty<>(List.of());
    private QueryView view;
    private final CurrentSession session;
    private CatalogCache cache;
    private AwsSession cacheSession;
    private AutoCloseable catalogWatch = () -> { };
    private Subscription whileShown = Subscription.EMPTY;
    /** The preview ran with credentials AWS has refused since: not done any more, until a call works. */
    private final BooleanBinding needsAttention;

    public QueryStep(QueryServices services) {
        this.services = services;
        session = new CurrentSession(services.sessions());
        runner = new AthenaPreviewRunner(() -> session().queries());
        preview = new PreviewModel(FxThread::run, services.pause(), new PreviewModel.Work(
                sql -> InterruptibleTasks.supply(services.checks(), () -> services.analyzer().analyze(sql)),
                runner, services.dialogs()::confirmRun, this::recordRun, Clock.systemUTC()));
        model = new QueryModel(preview);
        wire(model, access);
        changes = new ChangeSignal(model.persisted());
        needsAttention = new RefusedCredentials(preview.connection, FxThread::run).why().isNotEmpty();
        // lives as long as the program: the step is never dropped before the sessions are
        services.sessions().unstopped().onStopped(id -> FxThread.run(() -> preview.stoppedLater(id)));
        history.load(() -> InterruptibleTasks.supply(services.files(), services.history()::list));
    }

    /** Aporia's access is checked for the connection, workgroup and successfully previewed query on screen. */
    static void wire(QueryModel model, AporiaAccessModel access) {
        access.connection.bind(model.preview.connection);
        access.workgroup.bind(model.preview.workgroup);
        access.query.bind(model.aporiaQuery);
    }

    /** Input: the verified connection from the Connection step (null while there is none). */
    public ObjectProperty<VerifiedConnection> connectionProperty() {
        return preview.connection;
    }

    /** Input: the workgroup from the Workgroup step (null until that step is done). */
    public ObjectProperty<WorkgroupInfo> workgroupProperty() {
        return preview.workgroup;
    }

    /** Input: the databases Aporia may read (the Workgroup step's choice); the first is the query's default. */
    public ObjectProperty<List<String>> readableDatabasesProperty() {
        return readableDatabases;
    }

    /**
     * Output for the Mapping step: the latest successful preview of the query on screen, or null while there is none
     * (no query yet, the text, database or workgroup changed since, or the preview failed).
     */
    public ObservableValue<QueryPreview> preview() {
        return model.output;
    }

    @Override
    public String title() {
        return "Query";
    }

    @Override
    public String summary() {
        return "Write the SQL whose result Aporia will monitor; its first rows appear as you type.";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new QueryView(model, history, access, () -> access.start(session()::selfTestQuery));
        }
        return view;
    }

    /** A read-only query that parses. */
    @Override
    public ObservableBooleanValue complete() {
        return model.complete;
    }

    /** The query on screen previewed successfully in this database and workgroup. */
    @Override
    public ObservableBooleanValue done() {
        return model.done;
    }

    @Override
    public ObservableBooleanValue needsAttention() {
        return needsAttention;
    }

    /** Next needs a successful preview of the query on screen: one is run now unless there is one. */
    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        if (model.done.get()) {
            return null;
        }
        CompletableFuture<Void> check = new CompletableFuture<>();
        InvalidationListener outcome = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (model.done.get()) {
                    check.complete(null);
                } else if (preview.run.failure().get() != null) {
                    check.completeExceptionally(new ShownOnStep(preview.status.textProperty().get()));
                }
                if (check.isDone()) {
                    model.done.removeListener(this);
                    preview.run.failure().removeListener(this);
                }
            }
        };
        model.done.addListener(outcome);
        preview.run.failure().addListener(outcome);
        InterruptibleTasks.onCancel(check, preview::stop);
        preview.runNow();
        return check;
    }

    @Override
    public String checkingMessage() {
        return "Previewing the query…";
    }

    @Override
    public void load(OnboardingProject project) {
        model.load(project.query(), project.access().databases());
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        return project.withQuery(model.toSection());
    }

    @Override
    public Observable changes() {
        return changes;
    }

    /** Opens the catalog, loads what the query reads as it changes, and lets previews run while the page shows. */
    @Override
    public void entered() {
        model.defaultDatabase(readableDatabases.get());
        if (preview.connection.get() != null) {
            whileShown = preview.catalog.subscribe(name -> showCatalog())
                    .and(preview.database.subscribe(name -> loadTables(List.of())))
                    .and(preview.analysis.subscribe(analysis -> loadTables(model.readNames())));
        }
        preview.activate();
    }

    /** Nothing runs by itself any more, and a query in flight is stopped in Athena. */
    @Override
    public void left() {
        preview.deactivate();
        access.cancel();
        whileShown.unsubscribe();
        whileShown = Subscription.EMPTY;
        closeQuietly(catalogWatch);
        catalogWatch = () -> { };
    }

    /**
     * The window is closing: every query still running is stopped in Athena before the program ends, and so is every
     * query left running earlier that these credentials can reach (waiting a few seconds at most for the stops to
     * arrive). Any thread.
     */
    public void close() {
        preview.shutDown();
        try {
            runner.stopAll().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            VerifiedConnection connection = preview.connection.get();
            if (connection != null) {
                session.of(connection).stopLeftRunning().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("a query may still be running in Athena: its stop did not complete ({})", e.toString());
        }
        session.close();
    }

    /** The catalog of the query's catalog name, through the current session; the tree and completion follow it. */
    private void showCatalog() {
        AwsSession current = session();
        if (cache == null || cacheSession != current || !cache.catalog().equals(preview.catalog.get())) {
            cache = new CatalogCache(current.catalog(), preview.catalog.get());
            cacheSession = current;
        }
        closeQuietly(catalogWatch);
        CatalogCache shown = cache;
        catalogWatch = shown.subscribe(snapshot -> FxThread.run(() -> {
            if (model.cache.get() == shown) {
                model.catalogSnapshot.set(snapshot);
            }
        }));
        model.cache.set(shown);
        model.catalogSnapshot.set(shown.snapshot());
        shown.loadDatabases();
        loadTables(model.readNames());
    }

    /** Lists the chosen database and describes the tables the query reads: for completion, warnings and output. */
    private void loadTables(List<TableName> read) {
        CatalogCache shown = model.cache.get();
        if (shown == null) {
            return;
        }
        if (!preview.database.get().isEmpty()) {
            shown.loadTables(preview.database.get());
        }
        for (TableName name : read) {
            if (name.catalog().equalsIgnoreCase(shown.catalog()) && !name.database().isEmpty()) {
                shown.loadTables(name.database()).thenRun(() -> shown.loadColumns(name.database(), name.table()));
            }
        }
    }

    private void recordRun(QueryHistory.Entry run) {
        history.record(run, entry -> InterruptibleTasks.supply(services.files(), () -> {
            try {
                return services.history().add(entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The AWS services for the current connection; the session of an earlier connection is closed. */
    private AwsSession session() {
        return session.of(preview.connection.get());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing a catalog subscription failed", e);
        }
    }
}

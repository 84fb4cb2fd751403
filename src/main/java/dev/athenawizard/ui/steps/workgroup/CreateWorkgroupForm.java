package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.workgroup.NewWorkgroup;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.ui.async.FxThread;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Create workgroup for Aporia": a name that is not taken yet, an S3 results location, a description; checked before
 * anything is sent, then created in Athena.
 */
final class CreateWorkgroupForm {
    static final String PREFERRED_NAME = "aporia";
    /** The sandbox's results bucket exists from its first start: a location there works at once. */
    static final String SANDBOX_RESULTS = "s3://athena-wizard-sandbox-results/aporia-monitoring/";

    final BooleanProperty shown = new SimpleBooleanProperty(false);
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty location = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("Queries of Aporia's Athena data source");
    final BooleanProperty creating = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    final StringBinding advice;

    private final ObjectProperty<VerifiedConnection> connection;
    private final Executor ui;
    private CompletableFuture<WorkgroupInfo> inFlight;

    CreateWorkgroupForm(ObjectProperty<VerifiedConnection> connection, Executor ui) {
        this.connection = connection;
        this.ui = ui;
        advice = Bindings.createStringBinding(() -> "Keep the results bucket in the region of the catalog Athena "
                + "uses" + (connection.get() == null ? "" : ", " + connection.get().region())
                + ", as Aporia's guide recommends: Athena writes every query's results there.", connection);
        connection.addListener((o, was, now) -> message.set(""));
    }

    /** Shows the form, with a name no listed workgroup has yet. */
    void open(List<WorkgroupRow> listed) {
        Set<String> taken = listed.stream().map(WorkgroupRow::name).collect(Collectors.toSet());
        if (name.get().isBlank() || taken.contains(name.get().strip())) {
            name.set(freeName(taken));
        }
        if (location.get().isBlank() && connection.get() != null && connection.get().sandbox()) {
            location.set(SANDBOX_RESULTS);
        }
        message.set("");
        shown.set(true);
    }

    void close() {
        shown.set(false);
    }

    /**
     * Stops waiting for the creation. The request may have reached Athena already (a create cannot be called back),
     * so the message says how to find out.
     */
    void cancel() {
        CompletableFuture<WorkgroupInfo> creation = inFlight;
        if (creation == null) {
            return;
        }
        inFlight = null;
        creating.set(false);
        creation.cancel(true);
        message.set("Cancelled. If Athena had already received the request, " + name.get().strip()
                + " exists now: Refresh shows it.");
    }

    /** "aporia", else "aporia-monitoring", else "aporia-monitoring-2", … */
    static String freeName(Set<String> taken) {
        if (!taken.contains(PREFERRED_NAME)) {
            return PREFERRED_NAME;
        }
        String base = PREFERRED_NAME + "-monitoring";
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Checks the form, then creates the workgroup; {@code onCreated} runs on the UI thread. */
    void submit(List<WorkgroupRow> listed, Function<NewWorkgroup, CompletableFuture<WorkgroupInfo>> creator,
            Consumer<WorkgroupInfo> onCreated) {
        NewWorkgroup spec = new NewWorkgroup(name.get(), location.get(), description.get());
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems));
            return;
        }
        if (listed.stream().anyMatch(r -> r.name().equals(spec.name()))) {
            message.set("A workgroup named " + spec.name() + " already exists: pick it in the list, or choose "
                    + "another name.");
            return;
        }
        VerifiedConnection asked = connection.get();
        creating.set(true);
        message.set("");
        CompletableFuture<WorkgroupInfo> creation = creator.apply(spec);
        inFlight = creation;
        creation.whenComplete((created, failure) -> ui.execute(() -> {
            if (inFlight != creation) {
                return; // cancelled: cancel() said so
            }
            inFlight = null;
            creating.set(false);
            if (asked != connection.get()) {
                return; // the connection changed meanwhile: the new one lists for itself
            }
            if (failure != null) {
                message.set(FxThread.unwrap(failure).getMessage());
                return;
            }
            onCreated.accept(created);
            message.set("Created " + created.name() + ": results go to " + created.outputLocation().orElse("?")
                    + ".");
        }));
    }
}

package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.aporia.client.StepState.Outcome;
import dev.athenawizard.core.aporia.plan.DatasetSpec;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.SchemaField;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * One plan's registration with Aporia, step by step (model → version → each dataset), resumable: a run stops at the
 * first failure, and the next run continues from that step, never repeating one that is done.
 *
 * <p>Nothing is duplicated, also across separate runs (a new process, a second click): an existing model answers 409
 * and is kept; the version list is read before a version is created, and a 409 for the version also means it is
 * there; a dataset is connected by its name ({@code serving}, {@code training}, {@code testing}), one per version,
 * so connecting it again replaces its configuration rather than adding a second one.
 *
 * <pre>{@code
 * Registration registration = new Registration(plan, transport, key);
 * registration.start(executor, state -> fx.run(() -> rows.update(state)))   // a screen
 *         .thenAccept(report -> …);                                          // report.complete()? else Retry:
 * registration.start(executor, listener);                                    // continues where it stopped
 * }</pre>
 */
public final class Registration {
    private final RegistrationPlan plan;
    private final AporiaTransport transport;
    private final DataSourceKey key;
    private final List<StepState> states = new ArrayList<>();
    private boolean running;

    public Registration(RegistrationPlan plan, AporiaTransport transport, DataSourceKey key) {
        this.plan = plan;
        this.transport = transport;
        this.key = key;
        RegistrationStep.of(plan).forEach(step -> states.add(StepState.waiting(step)));
    }

    /** The plan this registration sends: when the project changes, make a new registration for the new plan. */
    public RegistrationPlan plan() {
        return plan;
    }

    public AporiaHost host() {
        return transport.host();
    }

    /** The data source's key id, masked ("AKIA…0001"), for a summary line. */
    public String dataSourceKeyId() {
        return key.maskedId();
    }

    public synchronized List<StepState> states() {
        return List.copyOf(states);
    }

    public synchronized boolean complete() {
        return states.stream().allMatch(StepState::done);
    }

    /**
     * Runs on {@code executor}; cancelling the future interrupts the call in flight, and the step it was on waits for
     * the next run.
     */
    public CompletableFuture<RegistrationReport> start(Executor executor, RegistrationListener listener) {
        return InterruptibleTasks.supply(executor, () -> run(listener));
    }

    /**
     * Runs every step not yet done, in order, until one fails; blocks. A run started while another is still stopping
     * (a Retry right after a Cancel) waits for it to end, then continues where it left off.
     */
    public RegistrationReport run(RegistrationListener listener) throws InterruptedException {
        synchronized (this) {
            while (running) {
                wait();
            }
            running = true;
        }
        try {
            for (int i = 0; i < states().size(); i++) {
                StepState state = states().get(i);
                if (state.done()) {
                    continue;
                }
                update(i, StepStatus.RUNNING, "", Outcome.NONE, listener);
                try {
                    StepState result = perform(i, state.step(), listener);
                    update(i, result.status(), result.detail(), result.outcome(), listener);
                    if (result.status() == StepStatus.FAILED) {
                        return report(Optional.of(state.step().label() + ": " + result.detail()));
                    }
                } catch (AporiaCallException e) {
                    update(i, StepStatus.FAILED, e.getMessage(), Outcome.NONE, listener);
                    return report(Optional.of(state.step().label() + ": " + e.getMessage()));
                } catch (InterruptedException e) {
                    update(i, StepStatus.WAITING, "stopped before Aporia answered; the next run does it again",
                            Outcome.NONE, listener);
                    throw e;
                }
            }
            return report(Optional.empty());
        } finally {
            synchronized (this) {
                running = false;
                notifyAll();
            }
        }
    }

    private StepState perform(int index, RegistrationStep step, RegistrationListener listener)
            throws AporiaCallException, InterruptedException {
        AporiaTransport.RetryObserver retrying = (next, attempts, why, pause) -> update(index, StepStatus.RETRYING,
                why + ": trying again in " + seconds(pause) + " (attempt " + next + " of " + attempts + ")",
                Outcome.NONE, listener);
        return switch (step.kind()) {
            case MODEL -> model(step, retrying);
            case VERSION -> version(step, retrying);
            case DATASET -> dataset(step, plan.dataset(step.dataset().orElseThrow()).orElseThrow(), retrying);
        };
    }

    private StepState model(RegistrationStep step, AporiaTransport.RetryObserver retrying)
            throws AporiaCallException, InterruptedException {
        AporiaResponse response = transport.send(AporiaCall.post(Payloads.modelsPath(), Payloads.model(plan.model())),
                "create the model " + plan.model().id(), status -> status == 409, retrying);
        return response.status() == 409
                ? done(step, "already in Aporia (409): kept as it is", Outcome.ALREADY_EXISTED)
                : done(step, "created", Outcome.CREATED);
    }

    private StepState version(RegistrationStep step, AporiaTransport.RetryObserver retrying)
            throws AporiaCallException, InterruptedException {
        String name = plan.version().name();
        Optional<String> unsupported = tensorsUnsupported(retrying);
        if (unsupported.isPresent()) {
            return failed(step, unsupported.get());
        }
        Optional<JsonNode> existing = existingVersion(retrying);
        if (existing.isPresent()) {
            String type = existing.get().path("model_type").asText("");
            if (!type.isEmpty() && !type.equals(plan.version().modelType().wireName())) {
                return failed(step, "Aporia already has version " + name + " of " + plan.model().id() + " as a "
                        + type + " model, and this one is " + plan.version().modelType().wireName()
                        + ": give the new version another name.");
            }
            return done(step, "already in Aporia: kept as it is (a version keeps the schema it was created with; "
                    + "a changed schema needs a new version name)", Outcome.ALREADY_EXISTED);
        }
        AporiaResponse response = transport.send(AporiaCall.post(Payloads.versionsPath(plan.model().id()),
                        Payloads.version(plan.version())),
                "create version " + name + " of the model " + plan.model().id(), status -> status == 409, retrying);
        return response.status() == 409
                ? done(step, "already in Aporia (409): kept as it is", Outcome.ALREADY_EXISTED)
                : done(step, "created: " + plan.version().describeSchema(), Outcome.CREATED);
    }

    /**
     * As the SDK does before sending a tensor: ask {@code /capabilities/} whether schema entries may be objects. An
     * Aporia that does not say yes would refuse the version.
     */
    private Optional<String> tensorsUnsupported(AporiaTransport.RetryObserver retrying)
            throws AporiaCallException, InterruptedException {
        List<String> tensors = Stream.of(plan.version().rawInputs(), plan.version().features(),
                        plan.version().predictions()).flatMap(List::stream)
                .filter(f -> f.type().hasDimensions()).map(SchemaField::name).toList();
        if (tensors.isEmpty()) {
            return Optional.empty();
        }
        AporiaResponse answer = transport.send(AporiaCall.get(Payloads.capabilitiesPath()),
                "read Aporia's capabilities", status -> status >= 400 && status < 500, retrying);
        if (answer.ok() && answer.json().path("is_field_schema_supported").asBoolean(false)) {
            return Optional.empty();
        }
        return Optional.of("This Aporia does not accept tensor fields (its /capabilities/ "
                + (answer.ok() ? "says is_field_schema_supported is not true" : "answered HTTP " + answer.status())
                + "), so it would refuse " + String.join(", ", tensors) + ". Map them as vector instead, or ask "
                + "Aporia to enable tensor support.");
    }

    /** The version of that name when Aporia lists it; empty when it does not (or cannot list versions). */
    private Optional<JsonNode> existingVersion(AporiaTransport.RetryObserver retrying)
            throws AporiaCallException, InterruptedException {
        AporiaResponse answer = transport.send(AporiaCall.get(Payloads.versionsPath(plan.model().id())),
                "list the versions of " + plan.model().id(), status -> status == 404 || status == 405, retrying);
        if (!answer.ok()) {
            return Optional.empty(); // an older controller without the listing: the 409 on create still guards
        }
        JsonNode json = answer.json();
        JsonNode list = json.isArray() ? json
                : Stream.of("versions", "items", "data").map(json::path).filter(JsonNode::isArray).findFirst()
                        .orElse(json.path("versions"));
        for (JsonNode version : list) {
            if (plan.version().name().equals(version.path("name").asText(null))) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    private StepState dataset(RegistrationStep step, DatasetSpec dataset, AporiaTransport.RetryObserver retrying)
            throws AporiaCallException, InterruptedException {
        transport.send(AporiaCall.post(Payloads.datasetsPath(plan.model().id(), plan.version().name()),
                                Payloads.dataset(plan, dataset, KeyText.real(key)))
                        .withTimeout(AporiaCall.CONNECT_TIMEOUT),
                "connect the " + dataset.kind().label(), status -> false, retrying);
        return done(step, "connected: " + describe(dataset), Outcome.CONNECTED);
    }

    /** "reads 10 columns, 1 renamed, actuals for will_buy_insurance". */
    private String describe(DatasetSpec dataset) {
        int renamed = dataset.rawInputs().size() + dataset.features().size() + dataset.predictions().size();
        String text = "id " + dataset.idColumn() + ", time " + dataset.timestampColumn()
                + (renamed == 0 ? "" : ", " + renamed + " field" + (renamed == 1 ? "" : "s") + " from differently "
                + "named columns");
        return dataset.labels().isEmpty() ? text
                : text + ", actuals for " + String.join(", ", dataset.labels().keySet());
    }

    private StepState done(RegistrationStep step, String detail, Outcome outcome) {
        return new StepState(step, StepStatus.DONE, detail, outcome);
    }

    private StepState failed(RegistrationStep step, String detail) {
        return new StepState(step, StepStatus.FAILED, detail, Outcome.NONE);
    }

    private void update(int index, StepStatus status, String detail, Outcome outcome, RegistrationListener listener) {
        StepState state;
        synchronized (this) {
            state = new StepState(states.get(index).step(), status, detail, outcome);
            states.set(index, state);
        }
        listener.changed(state);
    }

    private RegistrationReport report(Optional<String> failure) {
        return new RegistrationReport(states(), failure);
    }

    private static String seconds(Duration pause) {
        long ms = pause.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}

package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.client.DryRun;
import dev.athenawizard.core.aporia.plan.PlanProblem;
import dev.athenawizard.core.aporia.plan.PlanResult;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.Banner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Register step without a screen: the project as this step would store it, its registration plan (checked on
 * every edit, each problem shown at its field), what still keeps Register waiting, and the panels' models.
 *
 * <p>The project is the one source of truth: this step's fields are written into it on every edit, and follow it
 * when something else changes it (a project opened, another step's edit). The plan, the previews and the
 * registration belong to the inputs they were made for and are cleared when those change.
 */
final class RegisterModel {
    /** Where each earlier step's fields live in the project, for "fix it in …". */
    private static final Map<String, String> STEP_OF_FIELD = new LinkedHashMap<>();

    static {
        STEP_OF_FIELD.put("connection.", "Connection");
        STEP_OF_FIELD.put("workgroup.", "Workgroup");
        STEP_OF_FIELD.put("query.", "Query");
        STEP_OF_FIELD.put("mapping.", "Mapping");
        STEP_OF_FIELD.put("model.modelType", "Mapping");
    }

    /** Inputs, bound by the wiring: the verified connection, and the project as the session holds it. */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final ObjectProperty<OnboardingProject> project = new SimpleObjectProperty<>(OnboardingProject.empty());

    final ModelPanelModel model = new ModelPanelModel();
    final DataSourcePanelModel dataSource = new DataSourcePanelModel();
    final DatasetsPanelModel datasets;
    final TargetForm target = new TargetForm();
    final RegistrationRunModel run;

    /** The project with this step's fields in it: what the step stores and registers. */
    final ObjectBinding<OnboardingProject> stored;
    final ObjectBinding<PlanResult> plan;
    /** What the earlier steps left to fix, each with the step to fix it in; null when nothing. */
    final ObjectBinding<Banner> earlierSteps;
    /** Why Register cannot run yet, in a sentence; empty when it can. */
    final StringBinding registerBlockers;
    /** Why the exports cannot be written yet; empty when they can. */
    final StringBinding exportBlockers;
    final BooleanBinding canExport;
    /** Done is earned: registered for what is on screen (or, for export only, exported for it). */
    final BooleanBinding done;
    /** The human summary of what is sent: one {label, text} pair per line. */
    final ObjectBinding<List<String[]>> summary;
    /** Every request, secrets masked. */
    final StringBinding requests;
    /** Moves on every edit of a secret: a registration holds the secrets it was made with. */
    final IntegerProperty secrets = new SimpleIntegerProperty();

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    RegisterModel(Executor ui) {
        datasets = new DatasetsPanelModel(ui);
        run = new RegistrationRunModel(ui);
        stored = Bindings.createObjectBinding(() -> store(project.get()), concat(List.of(project), persisted()));
        plan = Bindings.createObjectBinding(() -> RegistrationPlanner.plan(stored.get()), stored);
        model.plan.bind(plan);
        dataSource.plan.bind(plan);
        dataSource.project.bind(stored);
        datasets.plan.bind(plan);
        datasets.project.bind(stored);
        datasets.connection.bind(connection);
        target.connection.bind(connection);
        target.token.addListener(o -> secrets.set(secrets.get() + 1));
        dataSource.secret.addListener(o -> secrets.set(secrets.get() + 1));

        earlierSteps = Bindings.createObjectBinding(this::earlierSteps, plan);
        exportBlockers = Bindings.createStringBinding(() -> blockers(false), plan, datasets.blockers,
                model.issues, dataSource.optionIssues);
        registerBlockers = Bindings.createStringBinding(() -> blockers(true), plan, datasets.blockers,
                model.issues, dataSource.optionIssues, dataSource.keyProblem, target.hostProblem, target.tokenProblem, target.api, connection,
                target.aporiaHost);
        canExport = Bindings.createBooleanBinding(() -> exportBlockers.get().isEmpty(), exportBlockers);
        run.plan.bind(Bindings.createObjectBinding(() -> plan.get().plan().orElse(null), plan));
        run.inputs.bind(Bindings.createObjectBinding(() -> registerBlockers.get().isEmpty() && target.api.get()
                ? new RegistrationRunModel.RunInputs(plan.get().plan().orElseThrow(),
                        target.aporiaHost.get().orElseThrow(), stored.get().connection(), connection.get(),
                        secrets.get()) : null, registerBlockers, target.api, plan, target.aporiaHost, stored,
                connection, secrets));
        done = Bindings.createBooleanBinding(() -> target.api.get() ? run.registered.get()
                : canExport.get() && run.exported.get(), target.api, run.registered, canExport, run.exported);
        summary = Bindings.createObjectBinding(this::summary, plan, target.aporiaHost, target.api, target.sandbox,
                dataSource.keyText);
        requests = Bindings.createStringBinding(() -> plan.get().plan().map(p -> DryRun.render(p,
                target.aporiaHost.get(), p.source().accessKeyId())).orElse(""), plan, target.aporiaHost);
        project.addListener((o, was, now) -> follow(now));
    }

    /** The changes the project records: every field of this step except the secrets. */
    Observable[] persisted() {
        List<Observable> all = new ArrayList<>();
        all.addAll(List.of(model.persisted()));
        all.addAll(List.of(dataSource.persisted()));
        all.addAll(List.of(datasets.persisted()));
        all.addAll(List.of(target.persisted()));
        return all.toArray(Observable[]::new);
    }

    OnboardingProject store(OnboardingProject p) {
        return p.withModel(model.apply(p.model()))
                .withRegistration(target.apply(datasets.apply(dataSource.apply(p.registration()))));
    }

    /** Takes what the project holds now, for every field that says something else. */
    void follow(OnboardingProject p) {
        model.follow(p.model());
        dataSource.follow(p.registration());
        datasets.follow(p.registration());
        target.follow(p.registration());
    }

    /** Another project: its fields, and nothing computed for the one before. */
    void load(OnboardingProject p) {
        follow(p);
        datasets.training.preview.clear();
        datasets.testing.preview.clear();
        run.clear();
    }

    private Banner earlierSteps() {
        Map<String, List<String>> byStep = new LinkedHashMap<>();
        for (PlanProblem p : plan.get().problems()) {
            STEP_OF_FIELD.entrySet().stream().filter(e -> p.field().startsWith(e.getKey())).findFirst()
                    .ifPresent(e -> byStep.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(p.message()));
        }
        if (byStep.isEmpty()) {
            return null;
        }
        return Banner.warn("earlier-steps", "To register, the earlier steps still need this:\n" + byStep.entrySet()
                .stream().flatMap(e -> e.getValue().stream().map(m -> "• " + e.getKey() + " step: " + m))
                .collect(Collectors.joining("\n")));
    }

    private String blockers(boolean registering) {
        List<String> waits = new ArrayList<>();
        if (earlierSteps.get() != null) {
            waits.add("what the earlier steps still need (above)");
        }
        addIssues(waits, model.issues.get(), "Model");
        addIssues(waits, dataSource.optionIssues.get(), "Data source");
        if (!datasets.blockers.get().isEmpty()) {
            waits.add(datasets.blockers.get());
        }
        if (!datasets.scheduleProblem.get().isEmpty()) {
            waits.add("a sync schedule that reads (Datasets tab)");
        }
        if (waits.isEmpty() && !plan.get().ok()) {
            waits.add(plan.get().problems().get(0).message());
        }
        if (registering) {
            if (!target.api.get()) {
                waits.add("the target: Aporia's API, not export only");
            } else if (connection.get() == null) {
                waits.add("a verified connection (Connection step)");
            }
            if (!target.hostProblem.get().isEmpty()) {
                waits.add("Aporia's host");
            } else if (target.api.get() && target.aporiaHost.get().isEmpty()) {
                waits.add("the sandbox to answer (Connection step)");
            }
            if (!target.tokenProblem.get().isEmpty()) {
                waits.add("Aporia's token");
            }
            if (!dataSource.keyProblem.get().isEmpty()) {
                waits.add("the access key Aporia's data source uses (Data source tab)");
            }
        }
        return waits.isEmpty() ? "" : "Waiting for " + String.join("; ", waits) + ".";
    }

    private static void addIssues(List<String> waits, int count, String tab) {
        if (count > 0) {
            waits.add(count + " field" + (count == 1 ? "" : "s") + " to fix on the " + tab + " tab");
        }
    }

    private List<String[]> summary() {
        if (plan.get().plan().isEmpty()) {
            return List.of();
        }
        RegistrationPlan p = plan.get().plan().get();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Model", p.model().id() + " · \"" + p.model().name() + "\" · version "
                + p.version().name() + " · " + p.version().modelType() + " · " + p.model().tags().size() + " tag"
                + (p.model().tags().size() == 1 ? "" : "s") + " · " + p.model().color() + ", " + p.model().icon()});
        lines.add(new String[] {"Schema", p.version().describeSchema()});
        lines.add(new String[] {"Datasets", p.datasets().stream().map(d -> d.kind().wireName())
                .collect(Collectors.joining(", ")) + " · sync " + (p.syncSchedule().isBlank() ? "on Aporia's "
                + "default schedule" : "on \"" + p.syncSchedule() + "\"") + " · environment " + p.environment()});
        lines.add(new String[] {"Data source", p.source().jdbcUrl() + " · results " + p.source().s3OutputLocation()});
        lines.add(new String[] {"Key", dataSource.keyText.get() + (dataSource.secretNeeded.get()
                ? " Secret ●●●● (masked below too)." : "")});
        lines.add(new String[] {"Aporia", !target.api.get() ? "Export only: nothing is sent from here."
                : target.aporiaHost.get().map(h -> h.apiBase() + (target.sandbox.get() ? " (the sandbox)"
                        : " · token ●●●●")).orElse("(no host yet)")});
        return lines;
    }

    private static Observable[] concat(List<Observable> first, Observable[] rest) {
        return Stream.concat(first.stream(), Stream.of(rest)).toArray(Observable[]::new);
    }
}

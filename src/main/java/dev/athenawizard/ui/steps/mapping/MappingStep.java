package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.mapping.check.CheckReport;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.ShownOnStep;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Step 4: which result columns feed which of Aporia's model fields — the ID and timestamp columns, raw inputs,
 * features in order, predictions and the actuals that grade them — each field with its Aporia type, checked on the
 * preview rows.
 *
 * <p>Inputs and outputs, wired by the shell's builder (typed values flow forward; no step reaches into another):
 * <pre>{@code
 * MappingStep mapping = new MappingStep(new MappingServices(work, Clock.systemDefaultZone()));
 * mapping.previewProperty().bind(query.preview()); // input: the Query step's latest successful preview, or null
 * mapping.modelType();                              // output for Register: the model type chosen here, or empty
 * }</pre>
 * The mapping itself, its preview's schema fingerprint and the model type (and a new version name after retraining)
 * go into the project through {@link #store}. A new preview drops the cards, suggestions and checks made from the old
 * one and keeps what still fits of the mapping; a null preview (the query changed, or failed) leaves nothing checked.
 * {@link #done()} is earned only by a complete mapping whose checks ran on the current preview and found nothing
 * that blocks.
 *
 * <p>Shaped like every step (see {@code ui/steps/package-info}): this class only wires and handles the lifecycle; the
 * state is in {@link MappingModel} and its panel models, tested without a stage; {@link MappingView} only binds.
 */
public final class MappingStep implements WizardStep {
    private final MappingModel model;
    private final ChangeSignal changes;
    private final UndoKeys undoKeys;
    private final ObjectBinding<Optional<ModelType>> modelType;
    private MappingView view;

    public MappingStep(MappingServices services) {
        model = new MappingModel(FxThread::run, services.work(), services.clock());
        changes = new ChangeSignal(model.persisted());
        undoKeys = new UndoKeys(model.editing::undo, model.editing::redo);
        modelType = Bindings.createObjectBinding(() -> model.editing.current().modelType(), model.editing.mapping());
    }

    /** Input: the Query step's latest successful preview (null while there is none). */
    public ObjectProperty<QueryPreview> previewProperty() {
        return model.preview;
    }

    /** Output: the model type chosen here, for the Register step (empty while none is chosen). */
    public ObservableValue<Optional<ModelType>> modelType() {
        return modelType;
    }

    MappingModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Mapping";
    }

    @Override
    public String summary() {
        return "Drag the query's columns onto the model's fields: the ID and timestamp, raw inputs, features, "
                + "predictions and their actuals, each with its Aporia type.";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new MappingView(model);
        }
        return view;
    }

    /** An ID and a timestamp column, a feature and a prediction, and a type for every field. */
    @Override
    public ObservableBooleanValue complete() {
        return model.complete;
    }

    /** The checks ran on the current preview and nothing blocks. */
    @Override
    public ObservableBooleanValue done() {
        return model.done;
    }

    /** Waits for the checks of what is on screen (they run by themselves after every edit) and stops on a problem. */
    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        if (model.done.get()) {
            return null;
        }
        if (model.profile.get() == null) {
            return CompletableFuture.failedFuture(new ShownOnStep("The mapping is checked on the query's preview, "
                    + "and there is none yet."));
        }
        return model.currentChecks().thenApply(report -> {
            if (report instanceof CheckReport r && r.blocking()) {
                throw new ShownOnStep(r.summary());
            }
            return report;
        });
    }

    @Override
    public String checkingMessage() {
        return "Checking the mapping on the preview rows…";
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

    /** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo mapping edits while the page shows. */
    @Override
    public void entered() {
        undoKeys.install(view());
    }

    @Override
    public void left() {
        undoKeys.remove();
    }
}

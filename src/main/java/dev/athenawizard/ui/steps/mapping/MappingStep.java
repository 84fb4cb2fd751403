package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.NothingChanges;
import dev.athenawizard.ui.controls.PlannedStepPage;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** The Mapping step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class MappingStep implements WizardStep {
    private final ReadOnlyBooleanWrapper notComplete = new ReadOnlyBooleanWrapper(false);
    private final PlannedStepPage page = new PlannedStepPage("mapping", List.of(
            "The prediction id and timestamp columns",
            "Raw inputs, features and predictions, each with its Aporia type (numeric, string, boolean, categorical, text, tensor with dimensions, …)",
            "Delayed actuals and the prediction each one is the ground truth of",
            "Checks on the preview rows: unique ids, no empty timestamps, embeddings of the declared length"));

    @Override
    public String title() {
        return "Mapping";
    }

    @Override
    public String summary() {
        return "Drag result columns onto the model's fields: id, timestamp, raw inputs, features, predictions "
                + "and actuals.";
    }

    @Override
    public Node view() {
        return page;
    }

    @Override
    public ObservableBooleanValue complete() {
        return notComplete.getReadOnlyProperty();
    }

    @Override
    public void load(OnboardingProject project) {
        // Nothing to show until the step exists; the project's section is kept as it is.
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        return project;
    }

    @Override
    public Observable changes() {
        return new NothingChanges();
    }
}

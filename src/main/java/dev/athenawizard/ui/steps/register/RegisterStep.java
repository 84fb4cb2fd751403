package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.NothingChanges;
import dev.athenawizard.ui.controls.PlannedStepPage;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** The Register step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class RegisterStep implements WizardStep {
    private final ReadOnlyBooleanWrapper notComplete = new ReadOnlyBooleanWrapper(false);
    private final PlannedStepPage page = new PlannedStepPage("register", List.of(
            "The model id, name and type, and the version",
            "Aporia host and environment; the access key Aporia's data source will use",
            "Serving, training and testing datasets, select_expr and read_options",
            "Registration through Aporia's API (resumable, never duplicating), or a Python script and JSON to run yourself"));

    @Override
    public String title() {
        return "Register";
    }

    @Override
    public String summary() {
        return "Register the model, its version and the Athena data source with Aporia, or export them as a script.";
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

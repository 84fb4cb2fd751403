package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.NothingChanges;
import dev.athenawizard.ui.controls.PlannedStepPage;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** The Workgroup step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class WorkgroupStep implements WizardStep {
    private final ReadOnlyBooleanWrapper notComplete = new ReadOnlyBooleanWrapper(false);
    private final PlannedStepPage page = new PlannedStepPage("workgroup", List.of(
            "The workgroup, with its output location, engine version and scan limit",
            "A new workgroup for Aporia with an S3 results location",
            "The least-privilege IAM policy for what you picked",
            "A permission self-test, one line per permission"));

    @Override
    public String title() {
        return "Workgroup";
    }

    @Override
    public String summary() {
        return "Pick the Athena workgroup Aporia's queries will run in, or create one.";
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

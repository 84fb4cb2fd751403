package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.NothingChanges;
import dev.athenawizard.ui.controls.PlannedStepPage;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** The Connection step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class ConnectionStep implements WizardStep {
    private final ReadOnlyBooleanWrapper notComplete = new ReadOnlyBooleanWrapper(false);
    private final PlannedStepPage page = new PlannedStepPage("connection", List.of(
            "Try without AWS (the built-in sandbox), an access key, an AWS profile, or the default credentials",
            "The region, and an endpoint override for VPC endpoints",
            "Who you are (account, ARN) from STS, and whether Athena answers",
            "The access key Aporia's data source will use"));

    @Override
    public String title() {
        return "Connection";
    }

    @Override
    public String summary() {
        return "Choose how the wizard reaches Athena, and check who you are signed in as.";
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

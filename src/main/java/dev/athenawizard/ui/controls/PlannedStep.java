package dev.athenawizard.ui.controls;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A step that is not built yet: it shows what it will collect, changes nothing in the project, and never claims to be
 * complete, so the wizard cannot pretend to get past it.
 */
public abstract class PlannedStep implements WizardStep {
    private final ReadOnlyBooleanWrapper notComplete = new ReadOnlyBooleanWrapper(false);
    private final String title;
    private final String summary;
    private final PlannedStepPage page;

    protected PlannedStep(String id, String title, String summary, List<String> willCollect) {
        this.title = title;
        this.summary = summary;
        this.page = new PlannedStepPage(id, willCollect);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return summary;
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
        // Nothing to show yet; the project's section is kept as it is.
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

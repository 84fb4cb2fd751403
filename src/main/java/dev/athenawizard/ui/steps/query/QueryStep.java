package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.controls.NothingChanges;
import dev.athenawizard.ui.controls.PlannedStepPage;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** The Query step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class QueryStep implements WizardStep {
    private final ReadOnlyBooleanWrapper notComplete = new ReadOnlyBooleanWrapper(false);
    private final PlannedStepPage page = new PlannedStepPage("query", List.of(
            "The catalog and database for unqualified table names",
            "The SQL, checked as you type, with errors underlined where they are",
            "A live preview of the first rows: column names and Athena types, run time, data scanned and its cost",
            "Cancel that stops the query in Athena, not only on screen"));

    @Override
    public String title() {
        return "Query";
    }

    @Override
    public String summary() {
        return "Write the SQL whose result Aporia will monitor, and preview it on live Athena data.";
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

package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextField;

/**
 * A step for shell tests: a text field that edits the project's SQL, completeness set by the test, and a check whose
 * future the test completes, fails or watches being cancelled.
 */
final class FakeStep implements WizardStep {
    final String title;
    final BooleanProperty complete = new SimpleBooleanProperty(false);
    /** Follows {@link #complete} unless a test unbinds it, as a step with something to prove would. */
    final BooleanProperty done = new SimpleBooleanProperty(false);
    /** What it checked stopped holding since (credentials refused). */
    final BooleanProperty needsAttention = new SimpleBooleanProperty(false);
    final TextField text = new TextField();
    final List<String> events = new ArrayList<>();
    CompletableFuture<Object> check;

    FakeStep(String title) {
        this.title = title;
        text.setId(title.toLowerCase() + "-text");
        done.bind(complete);
    }

    /** Makes the next click on Next wait for a check the test controls. */
    CompletableFuture<Object> pendingCheck() {
        check = new CompletableFuture<>();
        return check;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return "The " + title + " step.";
    }

    @Override
    public Node view() {
        return text;
    }

    @Override
    public BooleanProperty complete() {
        return complete;
    }

    @Override
    public BooleanProperty done() {
        return done;
    }

    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        events.add("check");
        return check;
    }

    @Override
    public String checkingMessage() {
        return "Checking " + title + "…";
    }

    @Override
    public void load(OnboardingProject project) {
        text.setText(project.query().sql());
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        QuerySection q = project.query();
        return project.withQuery(new QuerySection(q.catalog(), q.database(), text.getText(), q.previewLimit()));
    }

    @Override
    public Observable changes() {
        return text.textProperty();
    }

    @Override
    public void entered() {
        events.add("entered");
    }

    @Override
    public void left() {
        events.add("left");
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue needsAttention() {
        return needsAttention;
    }
}

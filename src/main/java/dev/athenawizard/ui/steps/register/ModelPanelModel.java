package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.plan.PlanResult;
import dev.athenawizard.core.mapping.drift.VersionNames;
import dev.athenawizard.core.project.ModelSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Model" tab, without a screen: the model's id, name, description, owner, colour, icon and tags, and the version
 * name, each checked as typed with Aporia's rules (the messages name the field, a tag by its line). The model type is
 * the Mapping step's choice, shown here and changed there.
 */
final class ModelPanelModel {
    final StringProperty id = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("");
    /** A wire name, or empty for Aporia's default. */
    final StringProperty color = new SimpleStringProperty("");
    final StringProperty icon = new SimpleStringProperty("");
    /** One {@code key=value} per line. */
    final StringProperty tagsText = new SimpleStringProperty("");
    final StringProperty version = new SimpleStringProperty("v1");
    /** Input: the model type in the project (the Mapping step's). */
    final StringProperty modelType = new SimpleStringProperty("");
    /** Input: the plan of the project as this step would store it. */
    final ObjectProperty<PlanResult> plan = new SimpleObjectProperty<>();

    final ObjectBinding<LineEntries.Pairs> tags = Bindings.createObjectBinding(
            () -> LineEntries.pairs(tagsText.get(), "tag"), tagsText);
    final StringBinding idProblem = FieldProblems.of(plan, "model.id");
    final StringBinding nameProblem = FieldProblems.of(plan, "model.name");
    final StringBinding colorProblem = FieldProblems.of(plan, "model.color");
    final StringBinding iconProblem = FieldProblems.of(plan, "model.icon");
    final StringBinding versionProblem = FieldProblems.of(plan, "model.version");
    final StringBinding tagsProblem = FieldProblems.ofLines(plan, "model.tags",
            Bindings.createObjectBinding(() -> tags.get().problems(), tags),
            p -> tags.get().at(FieldProblems.key(p)) + p.message(), tags);
    final StringBinding modelTypeText = Bindings.createStringBinding(() -> modelType.get().isBlank()
            ? "Not chosen yet: choose it in the Mapping step." : modelType.get() + " — chosen in the Mapping step, "
                    + "where the predictions are checked against it.", modelType);
    /** How many things on this tab need fixing, for the tab's title. */
    final ObjectBinding<Integer> issues = Bindings.createObjectBinding(() -> (int) java.util.stream.Stream.of(
                    idProblem, nameProblem, colorProblem, iconProblem, versionProblem, tagsProblem)
            .filter(p -> !p.get().isEmpty()).count(), idProblem, nameProblem, colorProblem, iconProblem,
            versionProblem, tagsProblem);

    Observable[] persisted() {
        return new Observable[] {id, name, description, owner, color, icon, tagsText, version};
    }

    /** The section with this tab's fields; the model type stays the project's. */
    ModelSection apply(ModelSection current) {
        return current.withDetails(id.get(), name.get(), description.get(), owner.get(), color.get(), icon.get(),
                tags.get().values(), version.get());
    }

    /**
     * Takes what the project holds now (a project opened, or another step's change such as a new version name after
     * retraining). Text that already says the same is left as typed.
     */
    void follow(ModelSection section) {
        adopt(id, section.id());
        adopt(name, section.name());
        adopt(description, section.description());
        adopt(owner, section.owner());
        adopt(color, section.color());
        adopt(icon, section.icon());
        if (!section.version().equals(new ModelSection(null, null, null, null, null, null, version.get(), null)
                .version())) {
            version.set(section.version()); // a field emptied while typing is stored as v1: leave it empty here
        }
        modelType.set(section.modelType());
        if (!tags.get().values().equals(section.tags())) {
            tagsText.set(LineEntries.render(new TreeMap<>(section.tags())));
        }
    }

    /** Retraining: the version after the current one ({@code v1} → {@code v2}, {@code 2024-05} → next month). */
    void newVersion(LocalDate today) {
        version.set(VersionNames.next(version.get(), today));
    }

    static void adopt(StringProperty field, String value) {
        if (!java.util.Objects.equals(field.get() == null ? "" : field.get(), value)) {
            field.set(value);
        }
    }

    /** The tags as written, for tests and the summary. */
    Map<String, String> tagValues() {
        return tags.get().values();
    }

    /** The fields' messages, for tests. */
    List<String> problems() {
        return java.util.stream.Stream.of(idProblem, nameProblem, colorProblem, iconProblem, versionProblem,
                tagsProblem).map(StringBinding::get).filter(s -> !s.isEmpty()).toList();
    }
}

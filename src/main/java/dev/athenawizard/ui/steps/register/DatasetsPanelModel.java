package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.plan.DatasetKind;
import dev.athenawizard.core.aporia.plan.PlanResult;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.RegistrationSection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Datasets" tab, without a screen: the serving dataset as the Mapping step defined it (id and timestamp columns,
 * actuals linked to their predictions), an optional training and test query each previewed and checked against the
 * model's fields, and how often Aporia reads the data again (a cron schedule, checked as typed).
 */
final class DatasetsPanelModel {
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final ObjectProperty<OnboardingProject> project = new SimpleObjectProperty<>(OnboardingProject.empty());
    final ObjectProperty<PlanResult> plan = new SimpleObjectProperty<>();
    final ExtraDatasetModel training;
    final ExtraDatasetModel testing;
    final StringProperty schedule = new SimpleStringProperty("");
    /** Input: the connection's catalog, for completion in the query editors (null while there is none). */
    final ObjectProperty<dev.athenawizard.core.athena.catalog.CatalogCache> catalog = new SimpleObjectProperty<>();

    final StringBinding serving = Bindings.createStringBinding(() -> serving(project.get().mapping()), project);
    final StringBinding scheduleProblem = FieldProblems.of(plan, "registration.syncSchedule");
    final StringBinding blockers;
    final ObjectBinding<Integer> issues;

    DatasetsPanelModel(Executor ui) {
        training = new ExtraDatasetModel(DatasetKind.TRAINING, ui);
        testing = new ExtraDatasetModel(DatasetKind.TESTING, ui);
        for (ExtraDatasetModel d : List.of(training, testing)) {
            d.connection.bind(connection);
            d.project.bind(project);
            d.plan.bind(plan);
            d.catalog.bind(catalog);
        }
        blockers = Bindings.createStringBinding(() -> Stream.of(training.blocker.get(), testing.blocker.get())
                .filter(b -> !b.isEmpty()).collect(Collectors.joining("; ")), training.blocker, testing.blocker);
        issues = Bindings.createObjectBinding(() -> (int) Stream.of(scheduleProblem.get(), training.blocker.get(),
                        testing.blocker.get(), training.columnsProblem.get(), testing.columnsProblem.get())
                .filter(s -> !s.isEmpty()).count(), scheduleProblem, training.blocker, testing.blocker,
                training.columnsProblem, testing.columnsProblem);
    }

    Observable[] persisted() {
        List<Observable> all = new ArrayList<>(List.of(training.persisted()));
        all.addAll(List.of(testing.persisted()));
        all.add(schedule);
        return all.toArray(Observable[]::new);
    }

    RegistrationSection apply(RegistrationSection current) {
        return current.withDatasets(training.sql.get(), training.columns(), testing.sql.get(), testing.columns(),
                schedule.get());
    }

    void follow(RegistrationSection section) {
        training.follow(section.trainingSql(), section.trainingColumns());
        testing.follow(section.testingSql(), section.testingColumns());
        ModelPanelModel.adopt(schedule, section.syncSchedule());
    }

    /** "Aporia reads the serving query: each row's id from prediction_id, its time from …; actuals: …". */
    static String serving(MappingSection m) {
        if (m.idColumn().isBlank() && m.timestampColumn().isBlank() && m.features().isEmpty()) {
            return "The serving dataset is the Query step's query, mapped in the Mapping step (not done yet).";
        }
        String links = m.actualLinks().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " is the actual of " + e.getValue()).collect(Collectors.joining(", "));
        return "Aporia reads the Query step's query: each row's id from " + orUnset(m.idColumn()) + " and its time "
                + "from " + orUnset(m.timestampColumn()) + "; " + count(m.rawInputs().size(), "raw input") + ", "
                + count(m.features().size(), "feature") + ", " + count(m.predictions().size(), "prediction")
                + (links.isEmpty() ? "; no delayed actuals." : "; delayed actuals: " + links + ".");
    }

    private static String orUnset(String column) {
        return column.isBlank() ? "(not chosen)" : column;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupListing;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.project.AccessSection;
import dev.athenawizard.core.project.WorkgroupSection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Workgroup step's state, without a screen: the account's workgroups, the one picked, what Aporia may read, the
 * generated policy and the self-test's checklist.
 */
public final class WorkgroupModel {
    /** Input from the Connection step. */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();

    final ObservableList<WorkgroupRow> rows = FXCollections.observableArrayList();
    final StringProperty search = new SimpleStringProperty("");
    final FilteredList<WorkgroupRow> visibleRows = new FilteredList<>(rows, row -> true);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty loadError = new SimpleStringProperty("");
    final StringProperty selectedName = new SimpleStringProperty("");
    final ObjectBinding<Optional<WorkgroupInfo>> selected;
    final StringBinding recommended;

    final StringProperty newName = new SimpleStringProperty("aporia");
    final StringProperty newLocation = new SimpleStringProperty("");
    final StringProperty newDescription = new SimpleStringProperty("Queries of Aporia's Athena data source");
    final BooleanProperty creating = new SimpleBooleanProperty(false);
    final StringProperty createMessage = new SimpleStringProperty("");

    final ObservableList<String> databases = FXCollections.observableArrayList();
    final ObservableList<String> chosenDatabases = FXCollections.observableArrayList();
    final ObservableList<String> dataBuckets = FXCollections.observableArrayList();
    final StringProperty databasesNote = new SimpleStringProperty("");

    final ObjectProperty<AccessScope> scope = new SimpleObjectProperty<>();
    final StringProperty policyJson = new SimpleStringProperty("");
    final StringProperty policyMissing = new SimpleStringProperty("");
    final StringProperty policyNotes = new SimpleStringProperty("");
    final BooleanProperty resolving = new SimpleBooleanProperty(false);
    final StringProperty policyMessage = new SimpleStringProperty("");

    final ObservableList<PermissionCheck> checks = FXCollections.observableArrayList();
    final BooleanProperty selfTesting = new SimpleBooleanProperty(false);
    final StringProperty selfTestProgress = new SimpleStringProperty("");
    final StringProperty selfTestSummary = new SimpleStringProperty("");

    /** Next needs an enabled workgroup with an S3 output location: Aporia's data source writes its results there. */
    final BooleanBinding complete;
    /** Why the picked workgroup cannot be used, or empty. */
    final StringBinding blocker;

    public WorkgroupModel() {
        search.addListener((o, was, text) -> visibleRows.setPredicate(row -> matches(row, text)));
        selected = Bindings.createObjectBinding(() -> rows.stream().map(WorkgroupRow::info).flatMap(Optional::stream)
                .filter(w -> w.name().equals(selectedName.get())).findFirst(), rows, selectedName);
        recommended = Bindings.createStringBinding(() -> recommend(rows).orElse(""), rows);
        blocker = Bindings.createStringBinding(() -> blockerOf(selectedName.get(), selected.get()),
                selected, selectedName);
        complete = Bindings.createBooleanBinding(() -> selected.get().isPresent() && blocker.get().isEmpty(),
                selected, blocker);
    }

    /** The changes the project records. */
    Observable[] persisted() {
        return new Observable[] {selectedName, selected, chosenDatabases, dataBuckets};
    }

    void showListing(WorkgroupListing listing) {
        List<WorkgroupRow> all = new java.util.ArrayList<>();
        listing.workgroups().forEach(w -> all.add(WorkgroupRow.of(w)));
        listing.unreadable().forEach(u -> all.add(WorkgroupRow.unreadable(u)));
        all.sort(Comparator.comparing(WorkgroupRow::name));
        rows.setAll(all);
        if (selectedName.get().isEmpty()) {
            selectedName.set(recommended.get());
        }
    }

    WorkgroupSection toSection(WorkgroupSection saved) {
        return selected.get().map(WorkgroupInfo::toSection)
                .orElseGet(() -> selectedName.get().equals(saved.name()) ? saved
                        : new WorkgroupSection(selectedName.get(), "", "", false, null));
    }

    AccessSection toAccess() {
        return new AccessSection(List.copyOf(chosenDatabases), List.copyOf(dataBuckets));
    }

    /**
     * The workgroup a newcomer should take: enabled, with an output location, preferably engine 3, preferably one
     * made for Aporia.
     */
    static Optional<String> recommend(List<WorkgroupRow> rows) {
        return rows.stream().map(WorkgroupRow::info).flatMap(Optional::stream)
                .filter(w -> w.isEnabled() && w.hasOutputLocation())
                .max(Comparator.comparing((WorkgroupInfo w) -> w.name().toLowerCase(Locale.ROOT).contains("aporia"))
                        .thenComparing(WorkgroupInfo::supportsResultReuse)
                        .thenComparing(WorkgroupInfo::name, Comparator.reverseOrder()))
                .map(WorkgroupInfo::name);
    }

    static String blockerOf(String name, Optional<WorkgroupInfo> info) {
        if (name.isEmpty()) {
            return "Pick a workgroup, or create one for Aporia.";
        }
        if (info.isEmpty()) {
            return "The details of " + name + " cannot be read with these credentials.";
        }
        WorkgroupInfo w = info.get();
        if (!w.isEnabled()) {
            return name + " is disabled: queries cannot run in it.";
        }
        if (!w.hasOutputLocation()) {
            return name + " has no query result location. Aporia's data source writes its results to S3, so pick a "
                    + "workgroup with an output location, or create one for Aporia.";
        }
        return "";
    }

    private static boolean matches(WorkgroupRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.outputLocation().toLowerCase(Locale.ROOT).contains(needle)
                || row.description().toLowerCase(Locale.ROOT).contains(needle);
    }
}

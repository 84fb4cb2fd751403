package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.drift.CarryOver;
import dev.athenawizard.core.mapping.drift.ColumnChange;
import dev.athenawizard.core.mapping.drift.VersionNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "What changed" panel, without a screen: when a saved project's query is previewed again (retraining, a new
 * model version), how its columns differ from the saved fingerprint, what left the mapping, and the next version
 * name — which the user takes or leaves.
 */
final class ChangesPanelModel {
    final ObjectProperty<CarryOver> carryOver = new SimpleObjectProperty<>();
    final ObservableList<String> lines = FXCollections.observableArrayList();
    /** The version the saved project names. */
    final StringProperty savedVersion = new SimpleStringProperty("");
    /** The next version's name, when the columns changed; empty otherwise. */
    final StringProperty proposedVersion = new SimpleStringProperty("");
    /** The version name the user took (written to the project's model section); empty until then. */
    final StringProperty acceptedVersion = new SimpleStringProperty("");
    final BooleanBinding shown = carryOver.isNotNull();
    final StringBinding heading;
    final StringBinding versionText;
    final BooleanBinding canUseVersion;
    /** Whether the comparison is with the saved project (else with the last preview of another query). */
    private final javafx.beans.property.BooleanProperty againstSaved = new javafx.beans.property.SimpleBooleanProperty();

    ChangesPanelModel() {
        heading = Bindings.createStringBinding(() -> {
            CarryOver c = carryOver.get();
            if (c == null) {
                return "";
            }
            if (!againstSaved.get()) {
                return "The query changed since the mapping was made on its last preview, and so did its columns. "
                        + "Every mapping that still fits was kept (columns no longer in the result left it: Undo "
                        + "brings them back); the questions are in Suggestions.";
            }
            return c.unchanged() ? "The query's columns are as the saved project knew them: the whole mapping was "
                    + "kept." : "Since the project was saved, the query's columns changed. Every mapping that still "
                    + "fits was kept; the questions are in Suggestions.";
        }, carryOver, againstSaved);
        versionText = Bindings.createStringBinding(() -> {
            if (proposedVersion.get().isEmpty()) {
                return "";
            }
            if (acceptedVersion.get().equals(proposedVersion.get())) {
                return "The new version will be registered as " + acceptedVersion.get() + ".";
            }
            return "Aporia keeps version " + savedVersion.get() + " with its old schema, so a changed schema needs "
                    + "a new version name: " + proposedVersion.get() + ".";
        }, proposedVersion, acceptedVersion, savedVersion);
        canUseVersion = Bindings.createBooleanBinding(() -> !proposedVersion.get().isEmpty()
                && !acceptedVersion.get().equals(proposedVersion.get()), proposedVersion, acceptedVersion);
    }

    /** Shows what carrying the saved mapping onto new data found, and proposes the next version if anything changed. */
    void show(CarryOver c, String saved, LocalDate today) {
        againstSaved.set(true);
        list(c);
        savedVersion.set(saved);
        acceptedVersion.set("");
        proposedVersion.set(c.unchanged() ? "" : VersionNames.next(saved, today));
        carryOver.set(c);
    }

    /** Shows how a preview of a changed query differs from the one the mapping was made on (no new version: nothing
     * was registered in between that the wizard knows of). */
    void showQueryChange(CarryOver c) {
        againstSaved.set(false);
        list(c);
        carryOver.set(null); // shown again even when an earlier change is still on screen
        carryOver.set(c);
    }

    private void list(CarryOver c) {
        List<String> all = new ArrayList<>();
        c.diff().changes().stream().map(ColumnChange::describe).forEach(all::add);
        all.addAll(c.dropped());
        lines.setAll(all);
    }

    void useProposedVersion() {
        acceptedVersion.set(proposedVersion.get());
    }

    void clear() {
        carryOver.set(null);
        lines.clear();
        proposedVersion.set("");
        acceptedVersion.set("");
        savedVersion.set("");
    }
}

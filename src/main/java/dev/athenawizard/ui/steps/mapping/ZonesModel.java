package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.check.Check;
import dev.athenawizard.core.mapping.check.CheckReport;
import dev.athenawizard.core.mapping.edit.AssignRole;
import dev.athenawizard.core.mapping.edit.EditResult;
import dev.athenawizard.core.mapping.edit.LinkActual;
import dev.athenawizard.core.mapping.edit.MoveWithinRole;
import dev.athenawizard.core.mapping.edit.Refusal;
import dev.athenawizard.core.mapping.edit.RenameField;
import dev.athenawizard.core.mapping.edit.Retype;
import dev.athenawizard.core.mapping.edit.Unassign;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import dev.athenawizard.core.mapping.types.TypeFit;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drop zones, without a screen: what each zone holds (with each field's type, link and what the checks found),
 * and every way to change it — a drop, a key, a menu item — as one edit on the mapping. A zone says whether it takes
 * a drag before it is dropped ({@link #refusal}).
 */
final class ZonesModel {
    /** Inputs, bound by the step. */
    final ObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(Mapping.EMPTY);
    final ObjectProperty<PreviewProfile> profile = new SimpleObjectProperty<>();
    final ObjectProperty<CheckReport> report = new SimpleObjectProperty<>();

    final ObservableList<ZoneItem> items = FXCollections.observableArrayList();
    /** Columns selected in the zones (the view keeps it), what keys and menu items act on. */
    final ObservableList<String> selected = FXCollections.observableArrayList();
    /** The column whose field is being renamed inline; empty when none. */
    final StringProperty renaming = new SimpleStringProperty("");
    final StringProperty renameText = new SimpleStringProperty("");
    /** Why the name being typed would be refused; empty when it would do. */
    final StringBinding renameProblem;
    /** What the zone under a drag says about it ("Only one column can be the ID column"); empty when none. */
    final StringProperty dropHint = new SimpleStringProperty("");

    private final EditableMapping editing;
    private final Supplier<Optional<SuggestionSet>> suggested;

    /**
     * @param suggested the last "Suggest mapping" for this preview, whose reasons explain the entries it made
     */
    ZonesModel(EditableMapping editing, Supplier<Optional<SuggestionSet>> suggested) {
        this.editing = editing;
        this.suggested = suggested;
        mapping.addListener(o -> rebuild());
        report.addListener(o -> rebuild());
        profile.addListener(o -> rebuild());
        renameProblem = Bindings.createStringBinding(this::renameProblem, renaming, renameText, mapping);
        rebuild();
    }

    /** The key that puts selected columns in a role: 1 for the ID column … 7 for Ignored. */
    static String keyOf(Role role) {
        return Integer.toString(role.ordinal() + 1);
    }

    static Optional<Role> roleForKey(String key) {
        for (Role role : Role.values()) {
            if (keyOf(role).equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Why the zone of {@code role} would not take these columns; empty when it would. */
    Optional<String> refusal(List<String> columns, Role role) {
        if (columns.isEmpty()) {
            return Optional.of("Nothing to drop.");
        }
        if (role.isSingle() && columns.size() > 1) {
            return Optional.of("Only one column can be the " + role.zone() + ": drag just one.");
        }
        PreviewProfile p = profile.get();
        if (p != null) {
            Optional<String> unknown = columns.stream().filter(c -> !p.has(c)).findFirst();
            if (unknown.isPresent()) {
                return Optional.of(unknown.get() + " is not in this preview's result.");
            }
        }
        return Optional.empty();
    }

    /**
     * Drops columns on a zone: before or after one of its columns, or (with a null {@code target}) at its end. Columns
     * already in that zone move within it (the features' order is the model's feature order).
     */
    void drop(List<String> columns, Role role, String target, boolean after) {
        if (refusal(columns, role).isPresent()) {
            return;
        }
        Mapping m = mapping.get();
        List<String> inRole = m.inRole(role).stream().map(MappedColumn::column).toList();
        if (inRole.containsAll(columns)) {
            if (target != null && columns.contains(target)) {
                return; // dropped onto itself
            }
            List<String> others = inRole.stream().filter(c -> !columns.contains(c)).toList();
            int at = target == null ? others.size() : others.indexOf(target) + (after ? 1 : 0);
            editing.apply(new MoveWithinRole(inOrder(columns, inRole), at));
        } else {
            int at = target == null ? -1 : inRole.indexOf(target) + (after ? 1 : 0);
            editing.apply(new AssignRole(columns, role, at));
        }
    }

    /** The keyboard's and the menu's twin of a drop at the end of a zone. */
    void assign(List<String> columns, Role role) {
        if (!columns.isEmpty()) {
            editing.apply(new AssignRole(columns, role));
        }
    }

    void unassign(List<String> columns) {
        if (!columns.isEmpty()) {
            editing.apply(new Unassign(columns));
        }
    }

    /** Moves columns of one zone up ({@code -1}) or down ({@code +1}) among the others (Alt+↑ / Alt+↓). */
    void move(List<String> columns, int delta) {
        if (columns.isEmpty()) {
            return;
        }
        Mapping m = mapping.get();
        Optional<Role> role = m.roleOf(columns.get(0));
        if (role.isEmpty()) {
            return;
        }
        List<String> inRole = m.inRole(role.get()).stream().map(MappedColumn::column).toList();
        List<String> moving = inOrder(columns, inRole);
        int othersBefore = inRole.indexOf(moving.get(0)) < 0 ? 0 : (int) inRole.subList(0,
                inRole.indexOf(moving.get(0))).stream().filter(c -> !moving.contains(c)).count();
        int others = inRole.size() - moving.size();
        int at = Math.max(0, Math.min(others, othersBefore + delta));
        if (at != othersBefore) {
            editing.apply(new MoveWithinRole(moving, at));
        }
    }

    void retype(List<String> columns, FieldSchema schema) {
        if (!columns.isEmpty()) {
            editing.apply(new Retype(columns, schema));
        }
    }

    void link(String actual, String prediction) {
        editing.apply(new LinkActual(actual, prediction));
    }

    /** The prediction columns an actual can grade. */
    List<String> predictions() {
        return mapping.get().inRole(Role.PREDICTION).stream().map(MappedColumn::column).toList();
    }

    /**
     * Every Aporia type for a column, judged on the preview: what it means when it fits, why not when it cannot
     * (the type menu shows refused ones greyed, with the reason).
     */
    List<TypeOption> typeOptions(String column) {
        Optional<FieldSchema> current = mapping.get().entry(column).flatMap(MappedColumn::schema);
        List<TypeOption> options = new ArrayList<>();
        PreviewProfile p = profile.get();
        for (AporiaFieldType type : AporiaFieldType.values()) {
            FieldSchema asked = FieldSchema.of(type);
            boolean isCurrent = current.map(s -> s.type() == type).orElse(false);
            if (p == null || !p.has(column)) {
                options.add(new TypeOption(asked, type.wireName() + ": " + type.meaning(), true, isCurrent));
                continue;
            }
            TypeFit fit = new TypeAdvisor(p).fit(column, asked);
            String label = fit.schema().label() + ": " + (fit.fits() ? type.meaning()
                    + (fit.verdict() == TypeFit.Verdict.FITS_WITH_WARNING ? " (" + fit.reason() + ")" : "")
                    : "cannot hold it, " + fit.reason());
            options.add(new TypeOption(fit.schema(), label, fit.fits(), isCurrent));
        }
        return options;
    }

    /** Starts renaming a field inline (F2, double-click, the menu). */
    void startRename(String column) {
        Optional<MappedColumn> entry = mapping.get().entry(column);
        if (entry.isPresent() && entry.get().role().isField()) {
            renameText.set(entry.get().field());
            renaming.set(column);
        }
    }

    /** Applies the name being typed; false (and still renaming) when it would be refused. */
    boolean commitRename() {
        String column = renaming.get();
        if (column.isEmpty()) {
            return true;
        }
        if (!renameProblem.get().isEmpty()) {
            return false;
        }
        String name = renameText.get();
        renaming.set("");
        if (!mapping.get().entry(column).map(e -> e.field().equals(name)).orElse(true)) {
            editing.apply(new RenameField(column, name));
        }
        return true;
    }

    void cancelRename() {
        renaming.set("");
    }

    private String renameProblem() {
        String column = renaming.get();
        if (column.isEmpty()) {
            return "";
        }
        PreviewProfile p = profile.get() == null ? EditableMapping.NO_PREVIEW : profile.get();
        EditResult tried = new RenameField(column, renameText.get()).apply(mapping.get(), p);
        return tried.refusals().stream().map(Refusal::reason).findFirst()
                .map(r -> Character.toUpperCase(r.charAt(0)) + r.substring(1) + ".").orElse("");
    }

    private static List<String> inOrder(List<String> columns, List<String> order) {
        return columns.stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
    }

    /** Makes the items again (also when the suggestions that explain entries change). */
    void rebuild() {
        Mapping m = mapping.get();
        Map<String, Check> worst = new HashMap<>();
        if (report.get() != null) {
            report.get().checks().forEach(c -> worst.putIfAbsent(c.column(), c)); // errors come first
        }
        Map<String, Suggestion> reasons = new HashMap<>();
        suggested.get().ifPresent(set -> set.columns().forEach(x -> reasons.putIfAbsent(x.column(), x)));
        List<ZoneItem> all = new ArrayList<>();
        for (Role role : Role.values()) {
            all.add(new ZoneItem.Header(role, role.zone(), hint(role)));
            List<MappedColumn> entries = m.inRole(role);
            if (entries.isEmpty()) {
                all.add(new ZoneItem.Empty(role, "Drop " + (role.isSingle() ? "a column" : "columns") + " here, or "
                        + "select " + (role.isSingle() ? "one" : "them") + " on the left and press "
                        + keyOf(role) + "."));
            }
            for (int i = 0; i < entries.size(); i++) {
                MappedColumn e = entries.get(i);
                Suggestion why = reasons.get(e.column());
                all.add(field(m, e, i, worst.get(e.column()),
                        why != null && why.isSatisfiedBy(m) ? why.reason() : ""));
            }
        }
        items.setAll(all);
    }

    private static ZoneItem.Field field(Mapping m, MappedColumn e, int position, Check worst, String reason) {
        String name = e.renamed() ? e.field() + " ← " + e.column() : e.column();
        String label = e.role() == Role.FEATURE ? (position + 1) + ". " + name : name;
        String type = !e.role().isField() ? "" : e.schema().map(FieldSchema::label).orElse("no type yet");
        String link = switch (e.role()) {
            case ACTUAL -> e.linkedPrediction().isEmpty() ? "grades no prediction yet" : "grades "
                    + e.linkedPrediction();
            case PREDICTION -> m.actualsOf(e.column()).isEmpty() ? "" : "actual: " + String.join(", ",
                    m.actualsOf(e.column()).stream().map(MappedColumn::column).toList());
            default -> "";
        };
        return new ZoneItem.Field(e.role(), e, position, label, type, link, worst == null ? "" : worst.message(),
                worst == null ? null : worst.severity(), reason);
    }

    private static String hint(Role role) {
        return switch (role) {
            case ID -> "one column, unique for every prediction · key " + keyOf(role);
            case TIMESTAMP -> "when each prediction was made · key " + keyOf(role);
            case RAW_INPUT -> "kept with each prediction, not read by the model · key " + keyOf(role);
            case FEATURE -> "what the model reads, in this order (drag or Alt+↑/↓) · key " + keyOf(role);
            case PREDICTION -> "what the model outputs · key " + keyOf(role);
            case ACTUAL -> "what really happened, each grading a prediction · key " + keyOf(role);
            case IGNORED -> "looked at and left out · key " + keyOf(role);
        };
    }

    /**
     * One entry of a field's type menu.
     *
     * @param schema  the type (a tensor with the dimensions its arrays share)
     * @param label   the type and what it means, or why it cannot hold the column
     * @param fits    whether it can be chosen
     * @param current whether the field has it now
     */
    record TypeOption(FieldSchema schema, String label, boolean fits, boolean current) {
    }
}

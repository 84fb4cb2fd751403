package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.ActualLinks;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts columns in a role: a drop on a zone, or "assign to…" from the keyboard or a context menu. A column keeps its
 * field name, and its type if the type still fits; otherwise it gets the type its values call for. An actual is
 * linked to the prediction its name goes with. Only one column can be the ID (or timestamp): the one that was is
 * unassigned.
 *
 * @param columns  the columns, in the order they should appear in the role
 * @param role     the role
 * @param position where among the role's entries to put them (0 = first); negative for the end (a column already
 *                 in the role then stays where it is)
 */
public record AssignRole(List<String> columns, Role role, int position) implements MappingEdit {
    public AssignRole {
        columns = List.copyOf(columns);
    }

    public AssignRole(List<String> columns, Role role) {
        this(columns, role, -1);
    }

    @Override
    public String description() {
        return "Assign " + MappingEdit.columnsText(columns) + " to " + role.zone();
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        if (role.isSingle() && columns.size() > 1) {
            return EditResult.refused(mapping, "", "only one column can be the " + role.zone()
                    + "; select just one");
        }
        TypeAdvisor types = new TypeAdvisor(preview);
        List<Refusal> refusals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<MappedColumn> entries = new ArrayList<>();
        for (String column : columns) {
            if (!preview.has(column)) {
                refusals.add(new Refusal(column, "the preview has no such column"));
                continue;
            }
            Optional<MappedColumn> existing = mapping.entry(column);
            if (role.isSingle()) {
                mapping.inRole(role).stream().filter(e -> !e.column().equals(column)).findFirst().ifPresent(e ->
                        notes.add(e.column() + " was the " + role.zone() + "; it is unassigned now"));
            }
            String field = existing.filter(e -> e.role().isField()).map(MappedColumn::field).orElse(column);
            Optional<FieldSchema> schema = role.isField() ? schema(types, column, existing) : Optional.empty();
            String link = role == Role.ACTUAL ? link(mapping, preview, column, existing) : "";
            entries.add(new MappedColumn(column, role, field, schema, link));
        }
        Mapping out = mapping.putAll(entries, position);
        notes.addAll(MappingEdit.lostLinks(mapping, out));
        return new EditResult(out, refusals, notes);
    }

    private static Optional<FieldSchema> schema(TypeAdvisor types, String column, Optional<MappedColumn> existing) {
        Optional<FieldSchema> kept = existing.flatMap(MappedColumn::schema)
                .filter(s -> types.fit(column, s).fits());
        return kept.isPresent() ? kept : types.propose(column).map(c -> c.schema());
    }

    private static String link(Mapping mapping, PreviewProfile preview, String column,
                               Optional<MappedColumn> existing) {
        List<String> predictions = mapping.inRole(Role.PREDICTION).stream().map(MappedColumn::column).toList();
        String kept = existing.map(MappedColumn::linkedPrediction).orElse("");
        if (!kept.isEmpty() && predictions.contains(kept)) {
            return kept;
        }
        return ActualLinks.guess(preview, column, predictions).orElse("");
    }
}

package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reorders columns within their role (features: the model's feature order).
 *
 * @param columns  the columns to move, all in one role, in the order they should end up in
 * @param position where they go, counted among the role's other entries (0 = first; past the end = last)
 */
public record MoveWithinRole(List<String> columns, int position) implements MappingEdit {
    public MoveWithinRole {
        columns = List.copyOf(columns);
    }

    @Override
    public String description() {
        return "Move " + MappingEdit.columnsText(columns);
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        if (columns.isEmpty()) {
            return new EditResult(mapping, List.of(), List.of());
        }
        Optional<Role> role = mapping.roleOf(columns.get(0));
        for (String column : columns) {
            if (mapping.roleOf(column).isEmpty() || !mapping.roleOf(column).equals(role)) {
                return EditResult.refused(mapping, column, "only columns of one role can be moved together, "
                        + "within that role");
            }
        }
        List<String> order = new ArrayList<>(mapping.inRole(role.get()).stream().map(MappedColumn::column)
                .filter(c -> !columns.contains(c)).toList());
        order.addAll(Math.max(0, Math.min(position, order.size())), columns);
        return new EditResult(mapping.reorder(role.get(), order), List.of(), List.of());
    }
}

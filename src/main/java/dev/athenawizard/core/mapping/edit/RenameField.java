package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.FieldNames;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import java.util.Optional;

/**
 * Gives a field a name of its own (Aporia's "advanced mapping": the field reads the column of another name). A
 * name Aporia would refuse (see {@link FieldNames}) or another field's name is refused.
 */
public record RenameField(String column, String name) implements MappingEdit {
    @Override
    public String description() {
        return "Rename " + column + "'s field to " + name;
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        Optional<MappedColumn> entry = mapping.entry(column);
        if (entry.isEmpty() || !entry.get().role().isField()) {
            return EditResult.refused(mapping, column, "only raw inputs, features, predictions and actuals have "
                    + "field names");
        }
        Optional<String> problem = FieldNames.problem(name);
        if (problem.isPresent()) {
            return EditResult.refused(mapping, column, problem.get());
        }
        Optional<MappedColumn> clash = mapping.entries().stream()
                .filter(e -> e.role().isField() && !e.column().equals(column))
                .filter(e -> FieldNames.identity(e.field()).equals(FieldNames.identity(name))).findFirst();
        if (clash.isPresent()) {
            return EditResult.refused(mapping, column, "'" + name + "' is already the field of "
                    + clash.get().column());
        }
        return new EditResult(mapping.put(entry.get().withField(name)), List.of(), List.of());
    }
}

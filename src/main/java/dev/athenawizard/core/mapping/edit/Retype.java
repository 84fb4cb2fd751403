package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import dev.athenawizard.core.mapping.types.TypeFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets the Aporia type of one column or a selection. Each column is judged on its own: the type is set where it
 * fits and refused, with the reason, where it cannot (numeric on a column of names; a tensor on arrays of varying
 * length). A tensor given without dimensions takes the shape the column's arrays share.
 */
public record Retype(List<String> columns, FieldSchema schema) implements MappingEdit {
    public Retype {
        columns = List.copyOf(columns);
    }

    @Override
    public String description() {
        return "Make " + MappingEdit.columnsText(columns) + " " + schema.label();
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        TypeAdvisor types = new TypeAdvisor(preview);
        List<Refusal> refusals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<MappedColumn> retyped = new ArrayList<>();
        for (String column : columns) {
            Optional<MappedColumn> entry = mapping.entry(column);
            if (entry.isEmpty() || !entry.get().role().isField()) {
                refusals.add(new Refusal(column, "only raw inputs, features, predictions and actuals have a type"));
                continue;
            }
            TypeFit fit = types.fit(column, schema);
            if (!fit.fits()) {
                refusals.add(new Refusal(column, schema.label() + " cannot hold it: " + fit.reason()));
                continue;
            }
            if (fit.verdict() == TypeFit.Verdict.FITS_WITH_WARNING) {
                notes.add(column + ": " + fit.reason());
            }
            retyped.add(entry.get().withSchema(Optional.of(fit.schema())));
        }
        return new EditResult(mapping.putAll(retyped), refusals, notes);
    }
}

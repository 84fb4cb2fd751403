package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.FieldNames;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import dev.athenawizard.core.mapping.types.TypeFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields: every mapped column is in the result; each field's type holds its values (a tensor's length in every
 * row); field names Aporia accepts, once each; at least one feature and one prediction; what is left unmapped.
 */
final class FieldChecks {
    private FieldChecks() {
    }

    static void run(Mapping mapping, PreviewProfile preview, List<Check> out) {
        columns(mapping, preview, out);
        TypeAdvisor types = new TypeAdvisor(preview);
        for (MappedColumn e : mapping.entries()) {
            if (e.role().isField() && preview.has(e.column())) {
                type(e, preview, types, out);
            }
        }
        names(mapping, out);
        required(mapping, out);
        List<String> unassigned = mapping.unassigned(preview.columnNames().stream().distinct().toList());
        if (!unassigned.isEmpty()) {
            out.add(Check.of(Severity.INFO, Topic.UNASSIGNED, "", Words.count(unassigned.size(), "column")
                    + " not mapped, so not sent to Aporia: " + Words.list(unassigned.stream().limit(8).toList())
                    + (unassigned.size() > 8 ? " and " + (unassigned.size() - 8) + " more" : "") + "."));
        }
    }

    private static void columns(Mapping mapping, PreviewProfile preview, List<Check> out) {
        for (MappedColumn e : mapping.entries()) {
            if (!preview.has(e.column())) {
                out.add(Check.of(Severity.ERROR, Topic.COLUMNS, e.column(), e.column() + " is mapped as "
                        + e.role().zone() + " but the query's result has no such column (renamed or removed?)."));
            }
        }
        for (String name : preview.duplicateNames()) {
            boolean mapped = mapping.entry(name).isPresent();
            out.add(Check.of(mapped ? Severity.ERROR : Severity.WARNING, Topic.COLUMNS, name, "The result has more "
                    + "than one column named " + name + "; Aporia reads columns by name, so give each its own alias "
                    + "in the query."));
        }
    }

    private static void type(MappedColumn e, PreviewProfile preview, TypeAdvisor types, List<Check> out) {
        ColumnProfile p = preview.column(e.column()).orElseThrow();
        if (e.schema().isEmpty()) {
            String why = TypeAdvisor.propose(p).map(c -> "e.g. " + c.schema().label() + ": " + c.reason())
                    .orElseGet(() -> TypeAdvisor.noTypeReason(p));
            out.add(Check.of(Severity.ERROR, Topic.TYPE, e.column(), e.column() + " has no Aporia type yet (" + why
                    + ")."));
            return;
        }
        FieldSchema schema = e.schema().get();
        if (schema.type() == AporiaFieldType.TENSOR && !schema.dimensions().isEmpty()) {
            TensorChecks.lengths(e.column(), schema.dimensions(), preview, out);
            TypeFit elements = types.fit(e.column(), FieldSchema.of(AporiaFieldType.VECTOR));
            if (!elements.fits() && p.arrays().map(a -> !a.nested()).orElse(true)) {
                out.add(Check.of(Severity.ERROR, Topic.TYPE, e.column(), e.column() + " cannot be a tensor: "
                        + elements.reason() + "."));
            }
            return;
        }
        TypeFit fit = types.fit(e.column(), schema);
        if (!fit.fits()) {
            out.add(Check.of(Severity.ERROR, Topic.TYPE, e.column(), e.column() + " cannot be " + schema.label() + ": "
                    + fit.reason() + "."));
        } else if (fit.verdict() == TypeFit.Verdict.FITS_WITH_WARNING && !(e.role() == Role.ACTUAL && p.allNull())) {
            out.add(Check.of(Severity.WARNING, Topic.TYPE, e.column(), e.column() + " as " + schema.label() + ": "
                    + fit.reason() + "."));
        }
    }

    private static void names(Mapping mapping, List<Check> out) {
        Map<String, List<MappedColumn>> byName = new LinkedHashMap<>();
        for (MappedColumn e : mapping.entries()) {
            if (!e.role().isField()) {
                continue;
            }
            Optional<String> problem = FieldNames.problem(e.field());
            problem.ifPresent(p -> out.add(Check.of(Severity.ERROR, Topic.FIELD_NAME, e.column(), "The field of "
                    + e.column() + " needs another name: " + p + " (suggested: "
                    + FieldNames.suggestFor(e.field()) + ").")));
            byName.computeIfAbsent(FieldNames.identity(e.field()), k -> new ArrayList<>()).add(e);
        }
        byName.values().stream().filter(l -> l.size() > 1).forEach(l -> out.add(Check.of(Severity.ERROR,
                Topic.FIELD_NAME, l.get(1).column(), "Two fields are named '" + l.get(0).field() + "' ("
                        + Words.list(l.stream().map(x -> x.column() + " in " + x.role().zone()).toList())
                        + "); rename one.")));
    }

    private static void required(Mapping mapping, List<Check> out) {
        if (mapping.inRole(Role.FEATURE).isEmpty()) {
            out.add(Check.of(Severity.ERROR, Topic.REQUIRED_FIELDS, "", "Map at least one feature: Aporia needs the "
                    + "model's inputs."));
        }
        if (mapping.inRole(Role.PREDICTION).isEmpty()) {
            out.add(Check.of(Severity.ERROR, Topic.REQUIRED_FIELDS, "", "Map at least one prediction: Aporia needs "
                    + "the model's outputs."));
        }
    }
}

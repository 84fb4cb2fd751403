package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import dev.athenawizard.core.mapping.types.TypeFit;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One model field of a training or test dataset: the column it is read from in that query, and whether the query's
 * preview has that column with values the field's type can hold (the Mapping step's type rules, {@link TypeAdvisor}).
 *
 * @param role    "id", "timestamp", "feature", …
 * @param field   the field's name ("id column", "timestamp column" for those two)
 * @param type    the field's Aporia type as shown ({@code numeric}, {@code tensor [768]}), empty for id
 * @param column  the column it reads in this query
 * @param verdict how the preview judged it
 * @param message why, for anything but a plain fit
 */
record ColumnCheck(String role, String field, String type, String column, Verdict verdict, String message) {

    enum Verdict {
        /** Not previewed yet: nothing is known. */
        UNCHECKED,
        FITS,
        FITS_WITH_WARNING,
        /** The query has no such column. */
        MISSING,
        /** The column's values cannot be this type. */
        REFUSED;

        boolean blocks() {
            return this == MISSING || this == REFUSED;
        }
    }

    static final String ID = "id column";
    static final String TIMESTAMP = "timestamp column";

    /** Every field the dataset feeds, with the column it reads there, judged on {@code preview} when there is one. */
    static List<ColumnCheck> of(MappingSection mapping, DatasetColumns own, Optional<ResultTable> preview) {
        Optional<TypeAdvisor> advisor = preview.map(t -> new TypeAdvisor(PreviewProfile.of(t)));
        List<String> columns = preview.map(t -> t.columns().stream().map(ResultColumn::name).toList())
                .orElse(List.of());
        List<ColumnCheck> checks = new ArrayList<>();
        checks.add(check("id", ID, "", pick(own.idColumn(), mapping.idColumn()), Optional.empty(), columns,
                advisor));
        checks.add(check("timestamp", TIMESTAMP, AporiaFieldType.DATETIME.wireName(),
                pick(own.timestampColumn(), mapping.timestampColumn()),
                Optional.of(FieldSchema.of(AporiaFieldType.DATETIME)), columns, advisor));
        add(checks, "raw input", mapping.rawInputs(), own, columns, advisor);
        add(checks, "feature", mapping.features(), own, columns, advisor);
        add(checks, "prediction", mapping.predictions(), own, columns, advisor);
        add(checks, "actual", mapping.actuals(), own, columns, advisor);
        return List.copyOf(checks);
    }

    private static void add(List<ColumnCheck> checks, String role, List<FieldMapping> fields, DatasetColumns own,
            List<String> columns, Optional<TypeAdvisor> advisor) {
        for (FieldMapping f : fields) {
            Optional<FieldSchema> schema = schema(f);
            checks.add(check(role, f.field(), schema.map(FieldSchema::label).orElse(f.aporiaType()),
                    pick(own.fieldColumns().get(f.field()), f.column() == null || f.column().isBlank() ? f.field()
                            : f.column()), schema, columns, advisor));
        }
    }

    private static ColumnCheck check(String role, String field, String type, String column,
            Optional<FieldSchema> schema, List<String> columns, Optional<TypeAdvisor> advisor) {
        if (advisor.isEmpty()) {
            return new ColumnCheck(role, field, type, column, Verdict.UNCHECKED, "");
        }
        if (!columns.contains(column)) {
            return new ColumnCheck(role, field, type, column, Verdict.MISSING, "This query has no column "
                    + (column.isBlank() ? "for it" : column) + ": pick the one that holds the " + role
                    + (field.equals(ID) || field.equals(TIMESTAMP) ? "" : " " + field) + ".");
        }
        if (schema.isEmpty()) {
            return new ColumnCheck(role, field, type, column, Verdict.FITS, "");
        }
        TypeFit fit = advisor.get().fit(column, schema.get());
        return new ColumnCheck(role, field, type, column, switch (fit.verdict()) {
            case FITS -> Verdict.FITS;
            case FITS_WITH_WARNING -> Verdict.FITS_WITH_WARNING;
            case REFUSED -> Verdict.REFUSED;
        }, fit.verdict() == TypeFit.Verdict.FITS ? "" : fit.reason());
    }

    private static Optional<FieldSchema> schema(FieldMapping f) {
        try {
            return AporiaFieldType.fromWireName(f.aporiaType()).map(t -> new FieldSchema(t, f.dimensions()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // bad dimensions: the Mapping step says so
        }
    }

    private static String pick(String own, String serving) {
        return own == null || own.isBlank() ? (serving == null ? "" : serving) : own;
    }
}

package dev.athenawizard.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result columns of the last successful preview: a fingerprint to notice when the query's output drifts from
 * what the mapping was made for (a column added, removed or retyped, an embedding whose length changed).
 */
public record SchemaSection(List<ResultColumn> columns) {
    public static final SchemaSection EMPTY = new SchemaSection(List.of());

    public SchemaSection {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /**
     * One result column with its Athena type name ({@code varchar}, {@code array}, ...). Files written before the
     * last three components existed read them as empty: unknown, so never reported as changed. Empty ones are not
     * written, so a fingerprint without them stays readable by the releases before them.
     *
     * @param name         the column label
     * @param type         Athena's result type name
     * @param elementType  for arrays the kind of the innermost elements, for maps and rows the kind of the values
     *                     ({@code number}, {@code text}, {@code boolean}, …); empty when not known or not a container
     * @param shape        the dimensions every array of the preview had ({@code [768]}); empty when they differed,
     *                     were not measured, or the column holds no arrays
     * @param declaredType the Glue/Hive type of the table column it came from ({@code array<double>}); empty if
     *                     unknown
     */
    public record ResultColumn(String name, String type,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String elementType,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> shape,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String declaredType) {
        public ResultColumn {
            type = type == null ? "" : type;
            elementType = elementType == null ? "" : elementType;
            shape = shape == null ? List.of() : List.copyOf(shape);
            declaredType = declaredType == null ? "" : declaredType;
        }

        /** A column known only by name and Athena type (as earlier releases saved it). */
        public ResultColumn(String name, String type) {
            this(name, type, "", List.of(), "");
        }
    }
}

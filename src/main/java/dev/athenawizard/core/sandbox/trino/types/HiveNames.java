package dev.athenawizard.core.sandbox.trino.types;

import java.util.ArrayList;
import java.util.List;

/** A Trino type as a Hive DDL type string, as Glue and DESCRIBE show a view's columns ({@code string}, {@code int}). */
public final class HiveNames {
    private HiveNames() {
    }

    public static String of(TrinoType type) {
        return switch (type.kind()) {
            case INTEGER -> "int";
            case REAL -> "float";
            case VARCHAR -> type.isUnboundedVarchar() ? "string" : "varchar(" + type.precision() + ")";
            case VARBINARY -> "binary";
            case TIMESTAMP, TIMESTAMP_TZ -> "timestamp";
            case ARRAY -> "array<" + of(type.element()) + ">";
            case MAP -> "map<" + of(type.key()) + "," + of(type.value()) + ">";
            case ROW -> {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < type.children().size(); i++) {
                    fields.add(DuckRepresentation.fieldName(type, i) + ":" + of(type.children().get(i)));
                }
                yield "struct<" + String.join(",", fields) + ">";
            }
            case UNKNOWN -> "void";
            default -> type.toString();
        };
    }
}

package dev.athenawizard.core.sandbox.catalog;

import dev.athenawizard.core.sandbox.engine.DuckType;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * DuckDB types as the Hive DDL type strings that Glue and Athena's metadata calls report ({@code string},
 * {@code array<double>}, {@code struct<a:int>}); these differ from the names in query results' ColumnInfo.
 */
public final class HiveTypes {
    private HiveTypes() {
    }

    public static String of(DuckType type) {
        return switch (type.name()) {
            case "LIST" -> "array<" + of(type.element()) + ">";
            case "MAP" -> "map<" + of(type.children().get(0)) + "," + of(type.children().get(1)) + ">";
            case "STRUCT" -> IntStream.range(0, type.children().size())
                    .mapToObj(i -> type.fieldNames().get(i) + ":" + of(type.children().get(i)))
                    .collect(Collectors.joining(",", "struct<", ">"));
            case "DECIMAL" -> "decimal(" + type.precision() + "," + type.scale() + ")";
            case "HUGEINT" -> "decimal(38,0)";
            case "BOOLEAN" -> "boolean";
            case "TINYINT" -> "tinyint";
            case "SMALLINT", "UTINYINT" -> "smallint";
            case "INTEGER", "USMALLINT" -> "int";
            case "BIGINT", "UINTEGER", "UBIGINT" -> "bigint";
            case "FLOAT" -> "float";
            case "DOUBLE" -> "double";
            case "DATE" -> "date";
            case "BLOB" -> "binary";
            default -> type.name().startsWith("TIMESTAMP") ? "timestamp" : "string";
        };
    }
}

package dev.athenawizard.core.sandbox.trino.types;

import dev.athenawizard.core.sandbox.engine.DuckType;
import java.util.ArrayList;
import java.util.List;

/**
 * How each Trino type is held in DuckDB, both ways. Most map one to one; a {@code timestamp with time zone}, which
 * in Trino keeps its zone's name, is a {@code STRUCT(utc TIMESTAMPTZ, zone VARCHAR)}: the instant and the zone as
 * Trino spells it ({@code UTC}, {@code America/New_York}, {@code +01:00}). An anonymous row field is named
 * {@code field0}, {@code field1}, … as Athena prints it.
 */
public final class DuckRepresentation {
    /** The DuckDB type of a Trino {@code timestamp with time zone}. */
    public static final String ZONED_TIMESTAMP = "STRUCT(utc TIMESTAMPTZ, zone VARCHAR)";

    private DuckRepresentation() {
    }

    /** The DuckDB type to {@code CAST} to for a Trino type. */
    public static String sqlType(TrinoType type) {
        return switch (type.kind()) {
            case UNKNOWN -> "INTEGER"; // an untyped NULL: any type will do
            case BOOLEAN -> "BOOLEAN";
            case TINYINT -> "TINYINT";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + type.precision() + "," + type.scale() + ")";
            case VARCHAR, CHAR -> "VARCHAR";
            case VARBINARY -> "BLOB";
            case JSON -> "JSON";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> ZONED_TIMESTAMP;
            case INTERVAL_DAY_SECOND, INTERVAL_YEAR_MONTH -> "INTERVAL";
            case ARRAY -> sqlType(type.element()) + "[]";
            case MAP -> "MAP(" + sqlType(type.key()) + ", " + sqlType(type.value()) + ")";
            case ROW -> rowType(type);
            case UUID -> "UUID";
        };
    }

    /** The DuckDB name of a row field: its Trino name, or {@code field<i>} for an anonymous one. */
    public static String fieldName(TrinoType row, int index) {
        String name = row.fieldNames().get(index);
        return name != null ? name : "field" + index;
    }

    private static String rowType(TrinoType row) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < row.children().size(); i++) {
            fields.add(Sql.identifier(fieldName(row, i)) + " " + sqlType(row.children().get(i)));
        }
        return "STRUCT(" + String.join(", ", fields) + ")";
    }

    /**
     * The Trino type Athena gives a table column DuckDB reads from Parquet. Timestamps are millisecond ones in
     * Athena whatever the file holds; a Parquet timestamp adjusted to UTC is still a plain Hive {@code timestamp}.
     */
    public static TrinoType ofColumn(DuckType duck) {
        return switch (duck.name()) {
            case "BOOLEAN" -> TrinoType.BOOLEAN;
            case "TINYINT" -> TrinoType.TINYINT;
            case "SMALLINT", "UTINYINT" -> TrinoType.SMALLINT;
            case "INTEGER", "USMALLINT" -> TrinoType.INTEGER;
            case "BIGINT", "UINTEGER", "UBIGINT" -> TrinoType.BIGINT;
            case "HUGEINT", "UHUGEINT" -> TrinoType.decimal(38, 0);
            case "FLOAT" -> TrinoType.REAL;
            case "DOUBLE" -> TrinoType.DOUBLE;
            case "DECIMAL" -> TrinoType.decimal(duck.precision(), duck.scale());
            case "DATE" -> TrinoType.DATE;
            case "BLOB" -> TrinoType.VARBINARY;
            case "LIST" -> TrinoType.array(ofColumn(duck.element()));
            case "MAP" -> TrinoType.map(ofColumn(duck.children().get(0)), ofColumn(duck.children().get(1)));
            case "STRUCT" -> TrinoType.row(duck.fieldNames(), duck.children().stream()
                    .map(DuckRepresentation::ofColumn).toList());
            case "UUID" -> TrinoType.UUID;
            case "JSON" -> TrinoType.JSON;
            default -> duck.name().startsWith("TIMESTAMP") ? TrinoType.TIMESTAMP
                    : duck.name().startsWith("TIME") ? TrinoType.time(3) : TrinoType.VARCHAR;
        };
    }

    /** Whether a table column must be converted when read (DuckDB's type is not Trino's representation). */
    public static boolean needsConversion(DuckType duck) {
        return switch (duck.name()) {
            case "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "HUGEINT", "UHUGEINT", "TIMESTAMPTZ",
                    "TIMESTAMP WITH TIME ZONE", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S" -> true;
            case "LIST" -> needsConversion(duck.element());
            case "MAP", "STRUCT" -> duck.children().stream().anyMatch(DuckRepresentation::needsConversion);
            default -> false;
        };
    }
}

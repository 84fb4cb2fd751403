package dev.athenawizard.core.sandbox.trino.types;

import dev.athenawizard.core.sandbox.engine.ResultColumn;

/**
 * Athena's {@code ColumnInfo} for a Trino type: the type's name without parameters ({@code varchar},
 * {@code decimal}, {@code array}; {@code real} reads {@code float}) and Athena's precision and scale for it.
 */
public final class ColumnInfos {
    private ColumnInfos() {
    }

    public static ResultColumn of(String name, TrinoType type) {
        return switch (type.kind()) {
            case UNKNOWN -> plain(name, "unknown");
            case BOOLEAN -> plain(name, "boolean");
            case TINYINT -> new ResultColumn(name, "tinyint", 3, 0, false);
            case SMALLINT -> new ResultColumn(name, "smallint", 5, 0, false);
            case INTEGER -> new ResultColumn(name, "integer", 10, 0, false);
            case BIGINT -> new ResultColumn(name, "bigint", 19, 0, false);
            case REAL -> new ResultColumn(name, "float", 17, 0, false);
            case DOUBLE -> new ResultColumn(name, "double", 17, 0, false);
            case DECIMAL -> new ResultColumn(name, "decimal", type.precision(), type.scale(), false);
            case VARCHAR -> new ResultColumn(name, "varchar", type.precision(), 0, true);
            case CHAR -> new ResultColumn(name, "char", type.precision(), 0, true);
            case VARBINARY -> new ResultColumn(name, "varbinary", 1073741824, 0, false);
            case JSON -> plain(name, "json");
            case DATE -> plain(name, "date");
            case TIME -> new ResultColumn(name, "time", 3, 0, false);
            case TIMESTAMP -> new ResultColumn(name, "timestamp", 3, 0, false);
            case TIMESTAMP_TZ -> new ResultColumn(name, "timestamp with time zone", 3, 0, false);
            case INTERVAL_DAY_SECOND -> plain(name, "interval day to second");
            case INTERVAL_YEAR_MONTH -> plain(name, "interval year to month");
            case ARRAY -> plain(name, "array");
            case MAP -> plain(name, "map");
            case ROW -> plain(name, "row");
            case UUID -> plain(name, "uuid");
        };
    }

    private static ResultColumn plain(String name, String type) {
        return new ResultColumn(name, type, 0, 0, false);
    }
}

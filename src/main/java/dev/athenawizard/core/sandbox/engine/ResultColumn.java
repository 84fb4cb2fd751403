package dev.athenawizard.core.sandbox.engine;

/**
 * One column of a query result as Athena's {@code ColumnInfo} describes it: the Trino type name (not the Hive DDL
 * name), with Athena's fixed precision and scale per type.
 */
public record ResultColumn(String name, String type, int precision, int scale, boolean caseSensitive) {

    public static ResultColumn of(String name, DuckType duck) {
        return switch (duck.name()) {
            case "BOOLEAN" -> plain(name, "boolean");
            case "TINYINT" -> new ResultColumn(name, "tinyint", 3, 0, false);
            case "SMALLINT", "UTINYINT" -> new ResultColumn(name, "smallint", 5, 0, false);
            case "INTEGER", "USMALLINT" -> new ResultColumn(name, "integer", 10, 0, false);
            case "BIGINT", "UINTEGER", "UBIGINT" -> new ResultColumn(name, "bigint", 19, 0, false);
            case "HUGEINT", "UHUGEINT" -> new ResultColumn(name, "decimal", 38, 0, false);
            case "FLOAT" -> new ResultColumn(name, "float", 17, 0, false);
            case "DOUBLE" -> new ResultColumn(name, "double", 17, 0, false);
            case "DECIMAL" -> new ResultColumn(name, "decimal", duck.precision(), duck.scale(), false);
            case "DATE" -> plain(name, "date");
            case "TIME" -> new ResultColumn(name, "time", 3, 0, false);
            case "TIME WITH TIME ZONE", "TIMETZ" -> new ResultColumn(name, "time with time zone", 3, 0, false);
            case "BLOB" -> new ResultColumn(name, "varbinary", 1073741824, 0, false);
            case "LIST" -> plain(name, "array");
            case "MAP" -> plain(name, "map");
            case "STRUCT" -> plain(name, "row");
            case "JSON" -> plain(name, "json");
            case "UUID" -> plain(name, "uuid");
            case "INTERVAL" -> plain(name, "interval day to second");
            default -> duck.isTimestampWithTimeZone() ? new ResultColumn(name, "timestamp with time zone", 3, 0, false)
                    : duck.isTimestamp() ? new ResultColumn(name, "timestamp", 3, 0, false)
                    : new ResultColumn(name, "varchar", 2147483647, 0, true);
        };
    }

    /** A result of a statement that writes rather than reads (Athena reports one {@code rows} column). */
    public static ResultColumn rows() {
        return new ResultColumn("rows", "bigint", 19, 0, false);
    }

    private static ResultColumn plain(String name, String type) {
        return new ResultColumn(name, type, 0, 0, false);
    }
}

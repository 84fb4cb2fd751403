package dev.athenawizard.core.sandbox.engine;

/**
 * One column of a query result as Athena's {@code ColumnInfo} describes it: the Trino type name (not the Hive DDL
 * name), with Athena's fixed precision and scale per type.
 */
public record ResultColumn(String name, String type, int precision, int scale, boolean caseSensitive) {

    /** A text column, as the results of SHOW and DESCRIBE have. */
    public static ResultColumn text(String name) {
        return new ResultColumn(name, "varchar", 2147483647, 0, true);
    }

    /** A result of a statement that writes rather than reads (Athena reports one {@code rows} column). */
    public static ResultColumn rows() {
        return new ResultColumn("rows", "bigint", 19, 0, false);
    }
}

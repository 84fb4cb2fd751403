package dev.athenawizard.core.sandbox.trino.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Trino (Athena engine v3) SQL type: its kind and parameters, spelled as Trino's {@code typeof} spells it
 * ({@code varchar(3)}, {@code decimal(2,1)}, {@code array(integer)}, {@code timestamp(3) with time zone}).
 *
 * @param precision  decimal precision, varchar/char length ({@link #UNBOUNDED} for plain {@code varchar}), or the
 *                   fractional digits of a time, timestamp or timestamp with time zone
 * @param scale      decimal scale
 * @param children   element of an array, key and value of a map, fields of a row
 * @param fieldNames names of a row's fields; null entries for anonymous fields
 */
public record TrinoType(Kind kind, int precision, int scale, List<TrinoType> children, List<String> fieldNames) {

    /** Trino's type families. */
    public enum Kind {
        UNKNOWN, BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, VARCHAR, CHAR, VARBINARY, JSON,
        DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, INTERVAL_DAY_SECOND, INTERVAL_YEAR_MONTH, ARRAY, MAP, ROW, UUID
    }

    public static final int UNBOUNDED = Integer.MAX_VALUE;
    /** Athena's timestamps: table columns and {@code timestamp} without a precision are millisecond ones. */
    public static final int DEFAULT_TIMESTAMP_PRECISION = 3;

    public static final TrinoType UNKNOWN = simple(Kind.UNKNOWN);
    public static final TrinoType BOOLEAN = simple(Kind.BOOLEAN);
    public static final TrinoType TINYINT = simple(Kind.TINYINT);
    public static final TrinoType SMALLINT = simple(Kind.SMALLINT);
    public static final TrinoType INTEGER = simple(Kind.INTEGER);
    public static final TrinoType BIGINT = simple(Kind.BIGINT);
    public static final TrinoType REAL = simple(Kind.REAL);
    public static final TrinoType DOUBLE = simple(Kind.DOUBLE);
    public static final TrinoType VARCHAR = new TrinoType(Kind.VARCHAR, UNBOUNDED, 0, List.of(), List.of());
    public static final TrinoType VARBINARY = simple(Kind.VARBINARY);
    public static final TrinoType JSON = simple(Kind.JSON);
    public static final TrinoType DATE = simple(Kind.DATE);
    public static final TrinoType TIMESTAMP = timestamp(DEFAULT_TIMESTAMP_PRECISION);
    public static final TrinoType TIMESTAMP_TZ = timestampWithTimeZone(DEFAULT_TIMESTAMP_PRECISION);
    public static final TrinoType INTERVAL_DAY_SECOND = simple(Kind.INTERVAL_DAY_SECOND);
    public static final TrinoType INTERVAL_YEAR_MONTH = simple(Kind.INTERVAL_YEAR_MONTH);
    public static final TrinoType UUID = simple(Kind.UUID);

    public TrinoType {
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        fieldNames = Collections.unmodifiableList(new ArrayList<>(fieldNames)); // may hold nulls
    }

    private static TrinoType simple(Kind kind) {
        return new TrinoType(kind, 0, 0, List.of(), List.of());
    }

    public static TrinoType varchar(int length) {
        return new TrinoType(Kind.VARCHAR, length, 0, List.of(), List.of());
    }

    public static TrinoType charOf(int length) {
        return new TrinoType(Kind.CHAR, length, 0, List.of(), List.of());
    }

    public static TrinoType decimal(int precision, int scale) {
        return new TrinoType(Kind.DECIMAL, precision, scale, List.of(), List.of());
    }

    public static TrinoType time(int precision) {
        return new TrinoType(Kind.TIME, precision, 0, List.of(), List.of());
    }

    public static TrinoType timestamp(int precision) {
        return new TrinoType(Kind.TIMESTAMP, precision, 0, List.of(), List.of());
    }

    public static TrinoType timestampWithTimeZone(int precision) {
        return new TrinoType(Kind.TIMESTAMP_TZ, precision, 0, List.of(), List.of());
    }

    public static TrinoType array(TrinoType element) {
        return new TrinoType(Kind.ARRAY, 0, 0, List.of(element), List.of());
    }

    public static TrinoType map(TrinoType key, TrinoType value) {
        return new TrinoType(Kind.MAP, 0, 0, List.of(key, value), List.of());
    }

    /** A row; a null name makes an anonymous field. */
    public static TrinoType row(List<String> names, List<TrinoType> types) {
        if (names.size() != types.size()) {
            throw new IllegalArgumentException("A row needs one name (or null) per field");
        }
        return new TrinoType(Kind.ROW, 0, 0, types, names);
    }

    public boolean is(Kind other) {
        return kind == other;
    }

    public TrinoType element() {
        return children.get(0);
    }

    public TrinoType key() {
        return children.get(0);
    }

    public TrinoType value() {
        return children.get(1);
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    /** tinyint, smallint, integer or bigint. */
    public boolean isIntegral() {
        return kind == Kind.TINYINT || kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    public boolean isNumeric() {
        return isIntegral() || kind == Kind.DECIMAL || kind == Kind.REAL || kind == Kind.DOUBLE;
    }

    public boolean isFloating() {
        return kind == Kind.REAL || kind == Kind.DOUBLE;
    }

    /** varchar or char. */
    public boolean isCharacter() {
        return kind == Kind.VARCHAR || kind == Kind.CHAR;
    }

    public boolean isInterval() {
        return kind == Kind.INTERVAL_DAY_SECOND || kind == Kind.INTERVAL_YEAR_MONTH;
    }

    /** date, timestamp or timestamp with time zone. */
    public boolean isDateLike() {
        return kind == Kind.DATE || kind == Kind.TIMESTAMP || kind == Kind.TIMESTAMP_TZ;
    }

    public boolean isUnboundedVarchar() {
        return kind == Kind.VARCHAR && precision == UNBOUNDED;
    }

    /** Whether values of this type can be compared with {@code <} (Trino's orderable types). */
    public boolean isOrderable() {
        return switch (kind) {
            case MAP, JSON -> false;
            case ARRAY -> element().isOrderable();
            case ROW -> children.stream().allMatch(TrinoType::isOrderable);
            default -> true;
        };
    }

    /** Whether values can be compared with {@code =} (Trino's comparable types). */
    public boolean isComparable() {
        return switch (kind) {
            case JSON -> false;
            case ARRAY -> element().isComparable();
            case MAP -> key().isComparable() && value().isComparable();
            case ROW -> children.stream().allMatch(TrinoType::isComparable);
            default -> true;
        };
    }

    /** Trino's own spelling, as {@code typeof} returns it. */
    @Override
    public String toString() {
        return switch (kind) {
            case UNKNOWN -> "unknown";
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double";
            case DECIMAL -> "decimal(" + precision + "," + scale + ")";
            case VARCHAR -> precision == UNBOUNDED ? "varchar" : "varchar(" + precision + ")";
            case CHAR -> "char(" + precision + ")";
            case VARBINARY -> "varbinary";
            case JSON -> "json";
            case DATE -> "date";
            case TIME -> "time(" + precision + ")";
            case TIMESTAMP -> "timestamp(" + precision + ")";
            case TIMESTAMP_TZ -> "timestamp(" + precision + ") with time zone";
            case INTERVAL_DAY_SECOND -> "interval day to second";
            case INTERVAL_YEAR_MONTH -> "interval year to month";
            case ARRAY -> "array(" + element() + ")";
            case MAP -> "map(" + key() + ", " + value() + ")";
            case ROW -> rowName();
            case UUID -> "uuid";
        };
    }

    private String rowName() {
        StringBuilder name = new StringBuilder("row(");
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                name.append(", ");
            }
            String field = fieldNames.get(i);
            if (field != null) {
                name.append(field).append(' ');
            }
            name.append(children.get(i));
        }
        return name.append(')').toString();
    }
}

package dev.athenawizard.core.sandbox.trino.types;

import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trino's implicit conversions: which type a value may silently become ({@code integer} → {@code bigint} →
 * {@code decimal} → {@code double}, {@code varchar(3)} → {@code varchar}, {@code date} → {@code timestamp} →
 * {@code timestamp with time zone}, element-wise for arrays, maps and rows), the common type two values meet in
 * (for {@code =}, {@code CASE}, {@code UNION}, array elements), and the DuckDB SQL that performs a conversion.
 * Trino never converts implicitly between strings and numbers or dates.
 */
public final class Coercions {
    private Coercions() {
    }

    /** The type both may become, if any (Trino's {@code getCommonSuperType}). */
    public static Optional<TrinoType> commonSuperType(TrinoType a, TrinoType b) {
        if (a.equals(b)) {
            return Optional.of(a);
        }
        if (a.isUnknown()) {
            return Optional.of(b);
        }
        if (b.isUnknown()) {
            return Optional.of(a);
        }
        if (a.isNumeric() && b.isNumeric()) {
            return Optional.of(numericSuperType(a, b));
        }
        if (a.is(Kind.VARCHAR) && b.is(Kind.VARCHAR)) {
            return Optional.of(TrinoType.varchar(Math.max(a.precision(), b.precision())));
        }
        if (a.is(Kind.CHAR) && b.is(Kind.CHAR)) {
            return Optional.of(TrinoType.charOf(Math.max(a.precision(), b.precision())));
        }
        if (a.isCharacter() && b.isCharacter()) { // char(n) and varchar(m) meet in char
            int length = Math.max(a.precision(), b.precision());
            return length == TrinoType.UNBOUNDED ? Optional.of(TrinoType.VARCHAR) : Optional.of(TrinoType.charOf(length));
        }
        if (a.isDateLike() && b.isDateLike()) {
            return Optional.of(dateTimeSuperType(a, b));
        }
        if (a.kind() != b.kind()) {
            return Optional.empty();
        }
        return switch (a.kind()) {
            case ARRAY -> commonSuperType(a.element(), b.element()).map(TrinoType::array);
            case MAP -> commonSuperType(a.key(), b.key())
                    .flatMap(k -> commonSuperType(a.value(), b.value()).map(v -> TrinoType.map(k, v)));
            case ROW -> rowSuperType(a, b);
            case TIME -> Optional.of(TrinoType.time(Math.max(a.precision(), b.precision())));
            default -> Optional.empty();
        };
    }

    /** Whether a value of type {@code from} may be used where {@code to} is expected. */
    public static boolean canCoerce(TrinoType from, TrinoType to) {
        if (from.equals(to) || from.isUnknown()) {
            return true;
        }
        if (from.is(Kind.VARCHAR) && to.is(Kind.VARCHAR)) {
            return to.precision() >= from.precision();
        }
        return commonSuperType(from, to).map(to::equals).orElse(false);
    }

    private static TrinoType numericSuperType(TrinoType a, TrinoType b) {
        if (a.is(Kind.DOUBLE) || b.is(Kind.DOUBLE)) {
            return TrinoType.DOUBLE;
        }
        if (a.is(Kind.REAL) || b.is(Kind.REAL)) {
            return TrinoType.REAL;
        }
        if (a.isIntegral() && b.isIntegral()) {
            return a.kind().ordinal() >= b.kind().ordinal() ? a : b;
        }
        TrinoType x = asDecimal(a);
        TrinoType y = asDecimal(b);
        int scale = Math.max(x.scale(), y.scale());
        int integral = Math.max(x.precision() - x.scale(), y.precision() - y.scale());
        return TrinoType.decimal(Math.min(38, integral + scale), scale);
    }

    /** An exact number as the decimal it converts to: integer is {@code decimal(10,0)}, bigint {@code decimal(19,0)}. */
    public static TrinoType asDecimal(TrinoType type) {
        return switch (type.kind()) {
            case TINYINT -> TrinoType.decimal(3, 0);
            case SMALLINT -> TrinoType.decimal(5, 0);
            case INTEGER -> TrinoType.decimal(10, 0);
            case BIGINT -> TrinoType.decimal(19, 0);
            case DECIMAL -> type;
            default -> throw new IllegalArgumentException("Not an exact number: " + type);
        };
    }

    private static TrinoType dateTimeSuperType(TrinoType a, TrinoType b) {
        int precision = Math.max(a.is(Kind.DATE) ? 0 : a.precision(), b.is(Kind.DATE) ? 0 : b.precision());
        if (a.is(Kind.TIMESTAMP_TZ) || b.is(Kind.TIMESTAMP_TZ)) {
            return TrinoType.timestampWithTimeZone(Math.max(precision, TrinoType.DEFAULT_TIMESTAMP_PRECISION));
        }
        return TrinoType.timestamp(Math.max(precision, TrinoType.DEFAULT_TIMESTAMP_PRECISION));
    }

    private static Optional<TrinoType> rowSuperType(TrinoType a, TrinoType b) {
        if (a.children().size() != b.children().size()) {
            return Optional.empty();
        }
        List<TrinoType> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < a.children().size(); i++) {
            Optional<TrinoType> field = commonSuperType(a.children().get(i), b.children().get(i));
            if (field.isEmpty()) {
                return Optional.empty();
            }
            fields.add(field.get());
            String name = a.fieldNames().get(i);
            names.add(Objects.equals(name, b.fieldNames().get(i)) ? name : null);
        }
        return Optional.of(TrinoType.row(names, fields));
    }

    /** The SQL that turns {@code value} into a value of type {@code to} (which it must be coercible to). */
    public static Typed coerce(Typed value, TrinoType to) {
        TrinoType from = value.type();
        if (from.equals(to)) {
            return value;
        }
        if (from.isUnknown()) {
            return Typed.nullOf(to);
        }
        return new Typed(convert(value.sql(), from, to), to, value.constant());
    }

    private static String convert(String sql, TrinoType from, TrinoType to) {
        if (sameRepresentation(from, to)) {
            return sql;
        }
        if (to.is(Kind.TIMESTAMP_TZ)) {
            return ZonedTimestamps.fromLocal(from.is(Kind.DATE) ? Sql.cast(sql, "TIMESTAMP") : sql, Sql.literal("UTC"));
        }
        if (!containsZoned(to)) {
            return Sql.cast(sql, to);
        }
        return switch (to.kind()) {
            case ARRAY -> "list_transform(" + sql + ", lambda __e: " + convert("__e", from.element(), to.element()) + ")";
            case MAP -> "map_from_entries(list_transform(map_entries(" + sql + "), lambda __e: struct_pack(key := "
                    + convert("__e.key", from.key(), to.key()) + ", value := "
                    + convert("__e.value", from.value(), to.value()) + ")))";
            case ROW -> rowConversion(sql, from, to);
            default -> Sql.cast(sql, to);
        };
    }

    private static String rowConversion(String sql, TrinoType from, TrinoType to) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < to.children().size(); i++) {
            String access = "(" + sql + ")." + Sql.identifier(DuckRepresentation.fieldName(from, i));
            fields.add(Sql.identifier(DuckRepresentation.fieldName(to, i)) + " := "
                    + convert(access, from.children().get(i), to.children().get(i)));
        }
        return "CASE WHEN (" + sql + ") IS NULL THEN NULL ELSE struct_pack(" + String.join(", ", fields) + ") END";
    }

    /** Whether DuckDB holds both types the same way, so no SQL is needed. */
    private static boolean sameRepresentation(TrinoType from, TrinoType to) {
        return DuckRepresentation.sqlType(from).equals(DuckRepresentation.sqlType(to));
    }

    private static boolean containsZoned(TrinoType type) {
        return type.is(Kind.TIMESTAMP_TZ) || type.children().stream().anyMatch(Coercions::containsZoned);
    }
}

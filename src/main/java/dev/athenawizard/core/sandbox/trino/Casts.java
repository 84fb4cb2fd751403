package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import dev.athenawizard.core.sandbox.udf.TrinoUdfs;
import io.trino.sql.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code CAST} and {@code TRY_CAST} with Trino's rules: which casts exist (none from varchar to arrays, say: a
 * {@code TYPE_MISMATCH}), how values convert (a double rounds half away from zero to an integer, renders as
 * {@code 1.0E20} as text; text must be exactly a number or a date to convert), and the errors when a value does not
 * fit ({@code INVALID_CAST_ARGUMENT: Cannot cast 'abc' to INT}). A {@code TRY_CAST} gives NULL instead.
 */
final class Casts {
    private Casts() {
    }

    /** A typed literal such as {@code BIGINT '5'} or {@code REAL '1.5'}: a cast of its text. */
    static Typed literal(Node node, String text, TrinoType type) {
        return cast(node, Typed.constant(Sql.literal(text), TrinoType.varchar(text.length()), text), type, false);
    }

    /** {@code CAST(value AS target)}, or {@code TRY_CAST} when {@code lenient}. */
    static Typed cast(Node node, Typed value, TrinoType target, boolean lenient) {
        TrinoType source = value.type();
        if (source.equals(target)) {
            return value;
        }
        if (source.isUnknown()) {
            return Typed.nullOf(target);
        }
        String sql = convert(node, value.sql(), source, target, lenient);
        return Typed.of(sql, target);
    }

    private static String convert(Node node, String sql, TrinoType source, TrinoType target, boolean lenient) {
        String duckCast = lenient ? "TRY_CAST" : "CAST";
        String duckTarget = DuckRepresentation.sqlType(target);
        if (source.equals(target)) {
            return sql;
        }
        if (target.is(Kind.VARCHAR) || target.is(Kind.CHAR)) {
            String text = toText(node, sql, source, lenient);
            return target.precision() == TrinoType.UNBOUNDED || source.isCharacter() && source.precision() <= target.precision()
                    ? text : "substr(" + text + ", 1, " + target.precision() + ")";
        }
        if (source.isNumeric() && target.isNumeric() || source.is(Kind.BOOLEAN) && target.isNumeric()
                || source.isNumeric() && target.is(Kind.BOOLEAN)) {
            if (source.isFloating() && (target.isIntegral() || target.is(Kind.DECIMAL))) {
                sql = target.isIntegral() ? "round(" + sql + ")" : sql; // Trino rounds half away from zero
            }
            return duckCast + "(" + sql + " AS " + duckTarget + ")";
        }
        if (source.isCharacter()) {
            return fromText(node, sql, source, target, lenient);
        }
        if (source.is(Kind.JSON)) {
            return fromJson(node, sql, target, lenient);
        }
        if (target.is(Kind.JSON)) {
            return toJson(node, sql, source);
        }
        if (source.isDateLike() && target.isDateLike()) {
            return dateTime(sql, source, target);
        }
        if (source.is(Kind.ARRAY) && target.is(Kind.ARRAY)) {
            return "list_transform(" + sql + ", lambda __c: " + convert(node, "__c", source.element(), target.element(),
                    lenient) + ")";
        }
        if (source.is(Kind.MAP) && target.is(Kind.MAP)) {
            return "map_from_entries(list_transform(map_entries(" + sql + "), lambda __c: struct_pack(key := "
                    + convert(node, "__c.key", source.key(), target.key(), lenient) + ", value := "
                    + convert(node, "__c.value", source.value(), target.value(), lenient) + ")))";
        }
        if (source.is(Kind.ROW) && target.is(Kind.ROW) && source.children().size() == target.children().size()) {
            return rowCast(node, sql, source, target, lenient);
        }
        if (source.is(Kind.VARBINARY) && target.is(Kind.VARBINARY) || source.is(Kind.UUID) && target.is(Kind.UUID)) {
            return sql;
        }
        throw Failures.typeMismatch(node, "Cannot cast " + source + " to " + target);
    }

    private static String rowCast(Node node, String sql, TrinoType source, TrinoType target, boolean lenient) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < target.children().size(); i++) {
            String access = "(" + sql + ")." + Sql.identifier(DuckRepresentation.fieldName(source, i));
            fields.add(Sql.identifier(DuckRepresentation.fieldName(target, i)) + " := "
                    + convert(node, access, source.children().get(i), target.children().get(i), lenient));
        }
        return "CASE WHEN (" + sql + ") IS NULL THEN NULL ELSE struct_pack(" + String.join(", ", fields) + ") END";
    }

    /** A value as Trino writes it as text. */
    static String toText(Node node, String sql, TrinoType source, boolean lenient) {
        return switch (source.kind()) {
            case VARCHAR, CHAR -> sql;
            case DOUBLE -> TrinoUdfs.DOUBLE_TO_VARCHAR + "(" + sql + ")";
            case REAL -> TrinoUdfs.REAL_TO_VARCHAR + "(" + sql + ")";
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, UUID -> Sql.cast(sql, "VARCHAR");
            case TIMESTAMP -> "strftime(" + sql + ", " + Sql.literal(timestampFormat(source.precision())) + ")";
            case TIMESTAMP_TZ -> "(strftime(" + ZonedTimestamps.local(sql) + ", "
                    + Sql.literal(timestampFormat(source.precision())) + ") || ' ' || " + ZonedTimestamps.zone(sql) + ")";
            case TIME -> "strftime(TIMESTAMP '1970-01-01' + " + sql + ", '%H:%M:%S.%g')";
            case JSON -> (lenient ? TrinoUdfs.TRY_JSON_TO_VARCHAR : TrinoUdfs.JSON_TO_VARCHAR) + "(" + Sql.cast(sql, "VARCHAR") + ")";
            case VARBINARY -> "decode(" + sql + ")";
            default -> throw Failures.typeMismatch(node, "Cannot cast " + source + " to varchar");
        };
    }

    /** strftime's form of a timestamp with {@code precision} fraction digits, as Trino writes it. */
    static String timestampFormat(int precision) {
        return switch (precision) {
            case 0 -> "%Y-%m-%d %H:%M:%S";
            case 1, 2, 3 -> "%Y-%m-%d %H:%M:%S.%g";
            default -> "%Y-%m-%d %H:%M:%S.%f";
        };
    }

    private static String fromText(Node node, String sql, TrinoType source, TrinoType target, boolean lenient) {
        String prefix = lenient ? "trino_try_" : "trino_";
        return switch (target.kind()) {
            case BIGINT -> prefix + "varchar_to_bigint(" + sql + ")";
            case TINYINT, SMALLINT, INTEGER -> rangeChecked("trino_try_varchar_to_bigint(" + sql + ")", sql, target, lenient);
            case DOUBLE -> prefix + "varchar_to_double(" + sql + ")";
            case REAL -> Sql.cast(prefix + "varchar_to_double(" + sql + ")", "FLOAT");
            case DECIMAL -> checked("TRY_CAST(trim(" + sql + ") AS " + DuckRepresentation.sqlType(target) + ")", sql,
                    "'Cannot cast VARCHAR ''' || " + sql + " || ''' to " + target.toString().toUpperCase(Locale.ROOT)
                            .replace(",", ", ") + ". Value is not a number.'", lenient);
            case BOOLEAN -> prefix + "varchar_to_boolean(" + sql + ")";
            case DATE -> prefix + "varchar_to_date(" + sql + ")";
            case TIMESTAMP -> prefix + "varchar_to_timestamp(" + sql + ")";
            case TIMESTAMP_TZ -> ZonedTimestamps.fromInstant(prefix + "varchar_to_instant(" + sql + ")",
                    "trino_try_varchar_to_zone(" + sql + ")");
            case VARBINARY -> "encode(" + sql + ")";
            case JSON -> "to_json(" + sql + ")";
            case UUID -> (lenient ? "TRY_CAST(" : "CAST(") + sql + " AS UUID)";
            default -> throw Failures.typeMismatch(node, "Cannot cast " + source + " to " + target);
        };
    }

    /** Trino names the narrower integer types in its message, whether the text is no number or too large. */
    private static String rangeChecked(String bigint, String original, TrinoType target, boolean lenient) {
        String name = switch (target.kind()) {
            case TINYINT -> "TINYINT";
            case SMALLINT -> "SMALLINT";
            default -> "INT";
        };
        return checked("TRY_CAST(" + bigint + " AS " + DuckRepresentation.sqlType(target) + ")", original,
                "'Cannot cast ''' || " + original + " || ''' to " + name + "'", lenient);
    }

    /** {@code converted}, failing with {@code message} where it is NULL but the input is not. */
    private static String checked(String converted, String original, String messageSql, boolean lenient) {
        if (lenient) {
            return converted;
        }
        return "(CASE WHEN " + original + " IS NULL THEN NULL ELSE coalesce(" + converted + ", "
                + Sql.fail("INVALID_CAST_ARGUMENT", messageSql) + ") END)";
    }

    private static String fromJson(Node node, String sql, TrinoType target, boolean lenient) {
        String text = Sql.cast(sql, "VARCHAR");
        return switch (target.kind()) {
            case VARCHAR, CHAR -> toText(node, sql, TrinoType.JSON, lenient);
            case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, DATE ->
                    fromText(node, (lenient ? TrinoUdfs.TRY_JSON_TO_VARCHAR : TrinoUdfs.JSON_TO_VARCHAR) + "(" + text + ")",
                            TrinoType.VARCHAR, target, lenient);
            case ARRAY, MAP, ROW -> (lenient ? "TRY_CAST(" : "CAST(") + sql + " AS " + DuckRepresentation.sqlType(target) + ")";
            default -> throw Failures.typeMismatch(node, "Cannot cast json to " + target);
        };
    }

    private static String toJson(Node node, String sql, TrinoType source) {
        return switch (source.kind()) {
            case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, VARCHAR, ARRAY, MAP, ROW ->
                    Sql.cast(TrinoUdfs.JSON_PARSE + "(CAST(to_json(" + sql + ") AS VARCHAR))", "JSON");
            default -> throw Failures.typeMismatch(node, "Cannot cast " + source + " to json");
        };
    }

    private static String dateTime(String sql, TrinoType source, TrinoType target) {
        String local = switch (source.kind()) {
            case DATE -> Sql.cast(sql, "TIMESTAMP");
            case TIMESTAMP -> sql;
            default -> ZonedTimestamps.local(sql);
        };
        return switch (target.kind()) {
            case DATE -> Sql.cast(source.is(Kind.DATE) ? sql : local, "DATE");
            case TIMESTAMP -> source.is(Kind.TIMESTAMP) ? sql : local;
            default -> source.is(Kind.TIMESTAMP_TZ) ? sql : ZonedTimestamps.fromLocal(local, "'UTC'");
        };
    }
}

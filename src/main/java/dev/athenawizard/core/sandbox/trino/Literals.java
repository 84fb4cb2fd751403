package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.TypeNames;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import dev.athenawizard.core.sandbox.udf.TrinoDateTimes;
import dev.athenawizard.core.sandbox.udf.TrinoJson;
import io.trino.sql.tree.BinaryLiteral;
import io.trino.sql.tree.BooleanLiteral;
import io.trino.sql.tree.CharLiteral;
import io.trino.sql.tree.DecimalLiteral;
import io.trino.sql.tree.DoubleLiteral;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.IntervalLiteral;
import io.trino.sql.tree.Literal;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.NullLiteral;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.TimeLiteral;
import io.trino.sql.tree.TimestampLiteral;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Trino's literals and their types: {@code 1} integer, {@code 1.5} decimal(2,1), {@code 'ab'} varchar(2), … */
final class Literals {
    private static final Pattern DECIMAL = Pattern.compile("([+-]?)0*(\\d*)(?:\\.(\\d*))?");
    private static final Pattern INTERVAL_DAY_TIME = Pattern.compile(
            "(\\d+)(?: (\\d+)(?::(\\d+)(?::(\\d+)(?:\\.(\\d+))?)?)?)?|(\\d+):(\\d+)(?::(\\d+)(?:\\.(\\d+))?)?");

    private Literals() {
    }

    static Typed translate(Literal literal) {
        if (literal instanceof LongLiteral number) {
            long value = number.getParsedValue();
            TrinoType type = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? TrinoType.INTEGER : TrinoType.BIGINT;
            return Typed.constant(Sql.cast(Long.toString(value), type), type, value);
        }
        if (literal instanceof DoubleLiteral number) {
            double value = number.getValue();
            return Typed.constant(Sql.cast(Double.toString(value), "DOUBLE"), TrinoType.DOUBLE, value);
        }
        if (literal instanceof DecimalLiteral decimal) {
            return decimal(decimal, decimal.getValue());
        }
        if (literal instanceof StringLiteral string) {
            String value = string.getValue();
            return Typed.constant(Sql.literal(value), TrinoType.varchar(value.codePointCount(0, value.length())), value);
        }
        if (literal instanceof CharLiteral text) {
            String value = text.getValue();
            return Typed.constant(Sql.literal(value), TrinoType.charOf(value.codePointCount(0, value.length())), value);
        }
        if (literal instanceof BooleanLiteral bool) {
            return Typed.constant(bool.getValue() ? "true" : "false", TrinoType.BOOLEAN, bool.getValue());
        }
        if (literal instanceof NullLiteral) {
            return Typed.nullOf(TrinoType.UNKNOWN);
        }
        if (literal instanceof BinaryLiteral binary) {
            return Typed.of("from_hex(" + Sql.literal(HexFormat.of().formatHex(binary.getValue())) + ")",
                    TrinoType.VARBINARY);
        }
        if (literal instanceof TimestampLiteral timestamp) {
            return timestamp(literal, timestamp.getValue());
        }
        if (literal instanceof TimeLiteral time) {
            return Typed.of(Sql.cast(Sql.literal(time.getValue()), "TIME"), TrinoType.time(fraction(time.getValue())));
        }
        if (literal instanceof IntervalLiteral interval) {
            return interval(interval);
        }
        if (literal instanceof GenericLiteral generic) {
            return generic(generic);
        }
        throw Failures.notSupported(literal, "this literal");
    }

    private static Typed decimal(Literal node, String text) {
        Matcher m = DECIMAL.matcher(text.strip());
        if (!m.matches() || m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty())) {
            throw Failures.of(node, "INVALID_LITERAL", "'" + text + "' is not a valid decimal literal");
        }
        String integral = m.group(2);
        String fraction = m.group(3) == null ? "" : m.group(3);
        int scale = fraction.length();
        int precision = Math.max(1, integral.length() + scale);
        if (precision > 38) {
            throw Failures.of(node, "INVALID_LITERAL", "Decimal literal precision " + precision + " is too large");
        }
        BigDecimal value = new BigDecimal(m.group(1) + (integral.isEmpty() ? "0" : integral)
                + (scale > 0 ? "." + fraction : ""));
        TrinoType type = TrinoType.decimal(precision, scale);
        return Typed.constant(Sql.cast(value.toPlainString(), type), type, value);
    }

    /** {@code TIMESTAMP '2024-01-01 10:00:00'} or, with a zone, a {@code timestamp with time zone}. */
    private static Typed timestamp(Literal node, String text) {
        Optional<TrinoDateTimes.ParsedTimestamp> parsed = TrinoDateTimes.parseTimestamp(text);
        if (parsed.isEmpty()) {
            throw Failures.of(node, "INVALID_LITERAL", "'" + text + "' is not a valid timestamp literal");
        }
        TrinoDateTimes.ParsedTimestamp value = parsed.get();
        int precision = Math.max(TrinoType.DEFAULT_TIMESTAMP_PRECISION, value.fractionDigits());
        String local = Sql.cast(Sql.literal(TrinoDateTimes.isoLocal(value.local())), "TIMESTAMP");
        if (value.zone().isEmpty()) {
            return Typed.of(local, TrinoType.timestamp(Math.min(precision, 6)));
        }
        String zone = value.zone().get();
        return Typed.of(ZonedTimestamps.fromLocal(local, Sql.literal(zone), Optional.of(zone)),
                TrinoType.timestampWithTimeZone(Math.min(precision, 6)));
    }

    private static int fraction(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? 0 : (int) text.substring(dot + 1).chars().takeWhile(Character::isDigit).count();
    }

    private static Typed generic(GenericLiteral literal) {
        String type = literal.getType().toLowerCase(Locale.ROOT);
        String value = literal.getValue();
        switch (type) {
            case "date":
                try {
                    LocalDate date = LocalDate.parse(value.strip());
                    return Typed.of(Sql.cast(Sql.literal(date.toString()), "DATE"), TrinoType.DATE);
                } catch (DateTimeParseException e) {
                    throw Failures.of(literal, "INVALID_LITERAL", "'" + value + "' is not a valid date literal");
                }
            case "decimal":
                return decimal(literal, value);
            case "json":
                return TrinoJson.canonical(value)
                        .map(json -> Typed.constant(Sql.cast(Sql.literal(json), "JSON"), TrinoType.JSON, json))
                        .orElseThrow(() -> Failures.of(literal, "INVALID_LITERAL",
                                "'" + value + "' is not a valid JSON literal"));
            case "timestamp":
                return timestamp(literal, value);
            case "char":
                return Typed.constant(Sql.literal(value), TrinoType.charOf(value.length()), value);
            case "varchar":
                return Typed.constant(Sql.literal(value), TrinoType.varchar(value.length()), value);
            default:
                Optional<TrinoType> simple = TypeNames.simple(type);
                if (simple.isEmpty()) {
                    throw Failures.of(literal, "TYPE_NOT_FOUND", "Unknown type: " + type);
                }
                return Casts.literal(literal, value, simple.get());
        }
    }

    /** {@code INTERVAL '2' DAY}, {@code INTERVAL '1-6' YEAR TO MONTH}, {@code INTERVAL '1 12:00' DAY TO MINUTE}. */
    private static Typed interval(IntervalLiteral literal) {
        String sign = literal.getSign() == IntervalLiteral.Sign.NEGATIVE ? "-" : "";
        String value = literal.getValue().strip();
        IntervalLiteral.IntervalField start = literal.getStartField();
        try {
            if (start == IntervalLiteral.IntervalField.YEAR || start == IntervalLiteral.IntervalField.MONTH) {
                long months;
                if (start == IntervalLiteral.IntervalField.YEAR && literal.getEndField().isPresent()) {
                    String[] parts = value.split("-", 2);
                    months = Long.parseLong(parts[0]) * 12 + Long.parseLong(parts[1]);
                } else {
                    months = Long.parseLong(value) * (start == IntervalLiteral.IntervalField.YEAR ? 12 : 1);
                }
                return Typed.of("to_months(" + sign + months + ")", TrinoType.INTERVAL_YEAR_MONTH);
            }
            long micros = dayTimeMicros(value, start, literal.getEndField());
            return Typed.of("to_microseconds(" + sign + micros + ")", TrinoType.INTERVAL_DAY_SECOND);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw Failures.of(literal, "INVALID_LITERAL", "'" + literal.getValue() + "' is not a valid interval literal");
        }
    }

    private static long dayTimeMicros(String value, IntervalLiteral.IntervalField start,
                                      Optional<IntervalLiteral.IntervalField> end) {
        long[] unitMicros = {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L};
        int first = switch (start) {
            case DAY -> 0;
            case HOUR -> 1;
            case MINUTE -> 2;
            default -> 3;
        };
        if (end.isEmpty()) {
            if (first == 3) {
                return new BigDecimal(value).movePointRight(6).longValueExact();
            }
            return Long.parseLong(value) * unitMicros[first];
        }
        String[] parts = value.split("[ :]");
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            int unit = first + i;
            if (unit == 3) {
                total += new BigDecimal(parts[i]).movePointRight(6).longValue();
            } else {
                total += Long.parseLong(parts[i]) * unitMicros[unit];
            }
        }
        return total;
    }

    /** A local date-time as SQL for a TIMESTAMP. */
    static String timestampSql(LocalDateTime local) {
        return Sql.cast(Sql.literal(TrinoDateTimes.isoLocal(local)), "TIMESTAMP");
    }
}

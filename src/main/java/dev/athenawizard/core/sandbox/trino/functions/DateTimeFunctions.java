package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import dev.athenawizard.core.sandbox.udf.TrinoDateTimes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trino's date and time functions (docs {@code functions/datetime.md}): a date stays a date ({@code date_add('day',
 * 1, DATE …)}), a zoned timestamp keeps its zone and is read in it, {@code date_diff} counts whole units,
 * {@code date_format}/{@code date_parse} use MySQL's specifiers ({@code %i} minutes, {@code %s} seconds),
 * {@code format_datetime}/{@code parse_datetime} Joda's patterns. Athena's session zone is UTC.
 */
final class DateTimeFunctions {
    private static final List<String> DATE_TIME = List.of("date", "timestamp(p)", "timestamp(p) with time zone");
    private static final Set<String> DATE_UNITS = Set.of("day", "week", "month", "quarter", "year");
    private static final Set<String> UNITS = Set.of("millisecond", "second", "minute", "hour", "day", "week", "month",
            "quarter", "year");
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("year", "year"),
            Map.entry("quarter", "quarter"), Map.entry("month", "month"), Map.entry("week", "week"),
            Map.entry("week_of_year", "week"), Map.entry("day", "day"), Map.entry("day_of_month", "day"),
            Map.entry("day_of_week", "isodow"), Map.entry("dow", "isodow"), Map.entry("day_of_year", "dayofyear"),
            Map.entry("doy", "dayofyear"), Map.entry("year_of_week", "isoyear"), Map.entry("yow", "isoyear"));

    private DateTimeFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        FIELDS.forEach((name, duck) -> DATE_TIME.forEach(t -> b.scalar(name + "(" + t + ") -> bigint",
                c -> c.result(bigint(duck + "(" + local(c, 0) + ")")))));
        for (String t : List.of("timestamp(p)", "timestamp(p) with time zone")) {
            b.scalar("hour(" + t + ") -> bigint", c -> c.result(bigint("hour(" + local(c, 0) + ")")));
            b.scalar("minute(" + t + ") -> bigint", c -> c.result(bigint("minute(" + local(c, 0) + ")")));
            b.scalar("second(" + t + ") -> bigint", c -> c.result(bigint("second(" + local(c, 0) + ")")));
            b.scalar("millisecond(" + t + ") -> bigint",
                    c -> c.result(bigint("(microsecond(" + local(c, 0) + ") // 1000) % 1000")));
        }
        b.scalar("timezone_hour(timestamp(p) with time zone) -> bigint", c -> c.result(bigint(offsetSeconds(c.sql(0)) + " // 3600")));
        b.scalar("timezone_minute(timestamp(p) with time zone) -> bigint",
                c -> c.result(bigint("(" + offsetSeconds(c.sql(0)) + " % 3600) // 60")));
        DATE_TIME.forEach(t -> b.scalar("date_trunc(varchar, " + t + ")", DateTimeFunctions::dateTrunc));
        DATE_TIME.forEach(t -> b.scalar("date_add(varchar, bigint, " + t + ")", DateTimeFunctions::dateAdd));
        DATE_TIME.forEach(t -> b.scalar("date_diff(varchar, " + t + ", " + t + ") -> bigint", DateTimeFunctions::dateDiff));
        b.scalar("date_format(timestamp(p), varchar) -> varchar",
                c -> c.result(RegexpFunctions.udf(c, "date_format", c.sql(0), c.sql(1))));
        b.scalar("date_format(timestamp(p) with time zone, varchar) -> varchar",
                c -> c.result(RegexpFunctions.udf(c, "date_format", ZonedTimestamps.local(c.sql(0)), c.sql(1))));
        b.scalar("date_parse(varchar, varchar) -> timestamp(3)",
                c -> c.result(RegexpFunctions.udf(c, "date_parse", c.sql(0), c.sql(1))));
        b.scalar("format_datetime(timestamp(p), varchar) -> varchar",
                c -> c.result(RegexpFunctions.udf(c, "format_datetime", c.sql(0), "'UTC'", c.sql(1))));
        b.scalar("format_datetime(timestamp(p) with time zone, varchar) -> varchar", c -> c.result(RegexpFunctions.udf(c,
                "format_datetime", ZonedTimestamps.local(c.sql(0)), ZonedTimestamps.zone(c.sql(0)), c.sql(1))));
        b.scalar("parse_datetime(varchar, varchar) -> timestamp(3) with time zone", c -> c.result(ZonedTimestamps.fromInstant(
                RegexpFunctions.udf(c, "parse_datetime_instant", c.sql(0), c.sql(1)),
                RegexpFunctions.udf(c, "parse_datetime_zone", c.sql(0), c.sql(1)))));
        b.scalar("from_iso8601_timestamp(varchar) -> timestamp(3) with time zone", c -> c.result(ZonedTimestamps.fromInstant(
                RegexpFunctions.udf(c, "iso8601_instant", c.sql(0)), RegexpFunctions.udf(c, "iso8601_zone", c.sql(0)))));
        b.scalar("from_iso8601_date(varchar) -> date", c -> c.result(RegexpFunctions.udf(c, "iso8601_date", c.sql(0))));
        b.scalar("to_iso8601(date) -> varchar", c -> c.result("CAST(" + c.sql(0) + " AS VARCHAR)"));
        b.scalar("to_iso8601(timestamp(p)) -> varchar", c -> c.result("strftime(" + c.sql(0) + ", "
                + Sql.literal(isoFormat(c.type(0).precision())) + ")"));
        b.scalar("to_iso8601(timestamp(p) with time zone) -> varchar", c -> c.result("trino_to_iso8601(" + ZonedTimestamps.local(c.sql(0))
                + ", " + ZonedTimestamps.zone(c.sql(0)) + ", " + c.type(0).precision() + ")"));
        b.scalar("from_unixtime(double) -> timestamp(3) with time zone",
                c -> c.result(ZonedTimestamps.fromInstant(unixtime(c.sql(0)), "'UTC'")));
        b.scalar("from_unixtime(double, varchar) -> timestamp(3) with time zone",
                c -> c.result(ZonedTimestamps.fromInstant(unixtime(c.sql(0)), zone(c, 1))));
        b.scalar("from_unixtime(double, bigint, bigint) -> timestamp(3) with time zone", c -> c.result(
                ZonedTimestamps.fromInstant(unixtime(c.sql(0)), "trino_offset_zone(" + c.sql(1) + ", " + c.sql(2) + ")")));
        b.scalar("to_unixtime(timestamp(p)) -> double", c -> c.result("epoch(" + c.sql(0) + ")"));
        b.scalar("to_unixtime(timestamp(p) with time zone) -> double", c -> c.result("epoch(" + ZonedTimestamps.instant(c.sql(0)) + ")"));
        b.scalar("to_milliseconds(interval day to second) -> bigint", c -> c.result(bigint("round(epoch(" + c.sql(0) + ") * 1000)")));
        b.scalar("at_timezone(timestamp(p) with time zone, varchar) -> timestamp(p) with time zone",
                c -> c.result(ZonedTimestamps.fromInstant(ZonedTimestamps.instant(c.sql(0)), zone(c, 1))));
        b.scalar("at_timezone(timestamp(p), varchar) -> timestamp(p) with time zone",
                c -> c.result(ZonedTimestamps.fromInstant("CAST(" + c.sql(0) + " AS TIMESTAMPTZ)", zone(c, 1))));
        b.scalar("with_timezone(timestamp(p), varchar) -> timestamp(p) with time zone",
                c -> c.result(ZonedTimestamps.fromLocal(c.sql(0), zone(c, 1), constantZone(c, 1))));
        b.scalar("current_timezone() -> varchar", c -> c.result("'UTC'"));
        b.scalar("now() -> timestamp(3) with time zone", c -> c.result(ZonedTimestamps.fromInstant("get_current_timestamp()", "'UTC'")));
        DATE_TIME.forEach(t -> b.scalar("last_day_of_month(" + t + ") -> date", c -> c.result("last_day(" + local(c, 0) + ")")));
        b.scalar("date(varchar) -> date", c -> c.result(RegexpFunctions.udf(c, "varchar_to_date", c.sql(0))));
        b.scalar("date(timestamp(p)) -> date", c -> c.result("CAST(" + c.sql(0) + " AS DATE)"));
        b.scalar("date(timestamp(p) with time zone) -> date", c -> c.result("CAST(" + ZonedTimestamps.local(c.sql(0)) + " AS DATE)"));
        b.scalar("date(date) -> date", c -> c.result(c.sql(0)));
    }

    /** The local date-time of a date, timestamp or zoned timestamp argument, as a DuckDB TIMESTAMP (or DATE). */
    static String local(Invocation c, int index) {
        return c.type(index).is(Kind.TIMESTAMP_TZ) ? ZonedTimestamps.local(c.sql(index)) : c.sql(index);
    }

    private static String bigint(String sql) {
        return "CAST(" + sql + " AS BIGINT)";
    }

    private static String unixtime(String seconds) {
        return "CAST(make_timestamp(CAST(round(" + seconds + " * 1000) AS BIGINT) * 1000) AS TIMESTAMPTZ)";
    }

    /** The zone offset of a zoned timestamp at its instant, in seconds. */
    private static String offsetSeconds(String zoned) {
        return "date_diff('second', " + ZonedTimestamps.utcLocal(zoned) + ", " + ZonedTimestamps.local(zoned) + ")";
    }

    private static Optional<String> constantZone(Invocation c, int index) {
        return c.textIfConstant(index).flatMap(TrinoDateTimes::zoneKey);
    }

    /** A zone argument: checked and spelled as Trino does when constant, checked at run time otherwise. */
    static String zone(Invocation c, int index) {
        Optional<String> text = c.textIfConstant(index);
        if (text.isPresent()) {
            return Sql.literal(TrinoDateTimes.zoneKey(text.get()).orElseThrow(() -> c.runtimeFailure(
                    "INVALID_FUNCTION_ARGUMENT", "Time zone not supported: " + text.get())));
        }
        return RegexpFunctions.udf(c, "zone_key", c.sql(index));
    }

    /** The unit argument in lower case; a constant one is checked now. */
    private static String unit(Invocation c, Set<String> allowed, String what) {
        Optional<String> text = c.textIfConstant(0);
        if (text.isPresent()) {
            String unit = text.get().toLowerCase(Locale.ROOT);
            if (!allowed.contains(unit)) {
                throw c.runtimeFailure("INVALID_FUNCTION_ARGUMENT", "'" + text.get() + "' is not a valid " + what + " field");
            }
            return unit;
        }
        throw c.failure("NOT_SUPPORTED", "The sandbox needs the unit of " + c.name() + " written as a constant; Athena "
                + "does not. Try this query on Athena, or write the unit as a string literal");
    }

    private static Typed dateTrunc(Invocation c) {
        TrinoType type = c.type(1);
        return switch (type.kind()) {
            case DATE -> Typed.of("CAST(date_trunc(" + Sql.literal(unit(c, DATE_UNITS, "DATE")) + ", " + c.sql(1)
                    + ") AS DATE)", type);
            case TIMESTAMP -> Typed.of("date_trunc(" + Sql.literal(unit(c, UNITS, "Timestamp")) + ", " + c.sql(1) + ")", type);
            default -> Typed.of(ZonedTimestamps.fromLocal("date_trunc(" + Sql.literal(unit(c, UNITS, "Timestamp")) + ", "
                    + ZonedTimestamps.local(c.sql(1)) + ")", ZonedTimestamps.zone(c.sql(1))), type);
        };
    }

    private static Typed dateAdd(Invocation c) {
        TrinoType type = c.type(2);
        String unit = unit(c, type.is(Kind.DATE) ? DATE_UNITS : UNITS, type.is(Kind.DATE) ? "DATE" : "Timestamp");
        String interval = interval(unit, c.sql(1));
        return switch (type.kind()) {
            case DATE -> Typed.of("CAST(" + c.sql(2) + " + " + interval + " AS DATE)", type);
            case TIMESTAMP -> Typed.of("(" + c.sql(2) + " + " + interval + ")", type);
            default -> Typed.of(DATE_UNITS.contains(unit)
                    ? ZonedTimestamps.fromLocal("(" + ZonedTimestamps.local(c.sql(2)) + " + " + interval + ")",
                    ZonedTimestamps.zone(c.sql(2)))
                    : ZonedTimestamps.fromInstant("(" + ZonedTimestamps.instant(c.sql(2)) + " + " + interval + ")",
                    ZonedTimestamps.zone(c.sql(2))), type);
        };
    }

    /** {@code value} units as a DuckDB interval. */
    private static String interval(String unit, String value) {
        return switch (unit) {
            case "millisecond" -> "to_milliseconds(" + value + ")";
            case "second" -> "to_seconds(" + value + ")";
            case "minute" -> "to_minutes(" + value + ")";
            case "hour" -> "to_hours(" + value + ")";
            case "day" -> "to_days(CAST(" + value + " AS INTEGER))";
            case "week" -> "to_weeks(CAST(" + value + " AS INTEGER))";
            case "month" -> "to_months(CAST(" + value + " AS INTEGER))";
            case "quarter" -> "to_months(CAST(3 * " + value + " AS INTEGER))";
            default -> "to_years(CAST(" + value + " AS INTEGER))";
        };
    }

    /** Whole units from the first to the second, read in the first one's zone as Trino does. */
    private static Typed dateDiff(Invocation c) {
        TrinoType type = c.type(1);
        String unit = unit(c, type.is(Kind.DATE) ? DATE_UNITS : UNITS, type.is(Kind.DATE) ? "DATE" : "Timestamp");
        String from = c.sql(1);
        String to = c.sql(2);
        if (type.is(Kind.TIMESTAMP_TZ)) {
            String zone = ZonedTimestamps.icuZone(ZonedTimestamps.zone(c.sql(1)), Optional.empty());
            from = "timezone(" + zone + ", " + ZonedTimestamps.instant(c.sql(1)) + ")";
            to = "timezone(" + zone + ", " + ZonedTimestamps.instant(c.sql(2)) + ")";
        }
        return c.result(bigint("datesub(" + Sql.literal(unit) + ", " + from + ", " + to + ")"));
    }

    private static String isoFormat(int precision) {
        return switch (precision) {
            case 0 -> "%Y-%m-%dT%H:%M:%S";
            case 1, 2, 3 -> "%Y-%m-%dT%H:%M:%S.%g";
            default -> "%Y-%m-%dT%H:%M:%S.%f";
        };
    }
}

package dev.athenawizard.core.sandbox.trino.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBStruct;

/**
 * Renders DuckDB's values (as JDBC returns them) in the notation of Athena's results, knowing each value's Trino
 * type: timestamps {@code 2017-01-01 00:00:00.000} (with their zone's name when zoned), doubles in Java notation
 * ({@code 1.0E20}), decimals with their scale, arrays {@code [1, null]} with strings unquoted, maps {@code {k=v}}
 * with keys in ascending order, rows {@code {a=1, field1=x}}, varbinary as lower-case hex bytes, intervals
 * {@code 2 03:00:00.000} and {@code 1-6}.
 */
public final class ResultValues {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ResultValues() {
    }

    /** The rendered value, or null for SQL NULL. */
    public static String render(Object value, TrinoType type) throws SQLException {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        append(value, type, out);
        return out.toString();
    }

    private static void append(Object value, TrinoType type, StringBuilder out) throws SQLException {
        if (value == null) {
            out.append("null");
            return;
        }
        switch (type.kind()) {
            case DECIMAL -> out.append(((BigDecimal) value).setScale(type.scale(), RoundingMode.HALF_UP).toPlainString());
            case CHAR -> out.append(pad(value.toString(), type.precision()));
            case VARBINARY -> hex(value, out);
            case DATE -> out.append(date(value));
            case TIME -> out.append(fraction(LocalTime.parse(value.toString()).atDate(LocalDate.EPOCH), 3).substring(11));
            case TIMESTAMP -> out.append(fraction(localDateTime(value), type.precision()));
            case TIMESTAMP_TZ -> zoned((DuckDBStruct) value, type.precision(), out);
            case INTERVAL_DAY_SECOND -> out.append(dayToSecond(((Number) value).longValue()));
            case INTERVAL_YEAR_MONTH -> out.append(yearToMonth(((Number) value).longValue()));
            case ARRAY -> array((Object[]) ((Array) value).getArray(), type.element(), out);
            case MAP -> map((Map<?, ?>) value, type, out);
            case ROW -> row((DuckDBStruct) value, type, out);
            default -> out.append(value);
        }
    }

    private static void array(Object[] elements, TrinoType element, StringBuilder out) throws SQLException {
        out.append('[');
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(elements[i], element, out);
        }
        out.append(']');
    }

    private static void map(Map<?, ?> map, TrinoType type, StringBuilder out) throws SQLException {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort(ResultValues::compareKeys);
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(entries.get(i).getKey(), type.key(), out);
            out.append('=');
            append(entries.get(i).getValue(), type.value(), out);
        }
        out.append('}');
    }

    private static void row(DuckDBStruct struct, TrinoType type, StringBuilder out) throws SQLException {
        Map<String, Object> fields = struct.getMap();
        out.append('{');
        for (int i = 0; i < type.children().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            String name = DuckRepresentation.fieldName(type, i);
            out.append(name).append('=');
            append(fields.get(name), type.children().get(i), out);
        }
        out.append('}');
    }

    /** Map keys in ascending order: numbers as numbers ({@code 9} before {@code 10}), anything else as text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
        Object x = a.getKey();
        Object y = b.getKey();
        if (x instanceof Number n && y instanceof Number m) {
            return new BigDecimal(n.toString()).compareTo(new BigDecimal(m.toString()));
        }
        if (x instanceof Comparable && y != null && x.getClass() == y.getClass()) {
            return ((Comparable) x).compareTo(y);
        }
        return String.valueOf(x).compareTo(String.valueOf(y));
    }

    private static void zoned(DuckDBStruct struct, int precision, StringBuilder out) throws SQLException {
        Map<String, Object> fields = struct.getMap();
        OffsetDateTime instant = (OffsetDateTime) fields.get("utc");
        String zone = (String) fields.get("zone");
        ZoneId zoneId = zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone);
        out.append(fraction(instant.atZoneSameInstant(zoneId).toLocalDateTime(), precision)).append(' ').append(zone);
    }

    private static String date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate().toString() : value.toString();
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }

    /** {@code yyyy-MM-dd HH:mm:ss} and {@code digits} fraction digits, rounded half up as Athena rounds. */
    static String fraction(LocalDateTime value, int digits) {
        int keep = Math.min(digits, 9);
        long unit = (long) Math.pow(10, 9 - keep);
        long nanos = value.getNano();
        long rounded = (nanos + unit / 2) / unit * unit;
        LocalDateTime t = rounded >= 1_000_000_000L ? value.withNano(0).plusSeconds(1) : value.withNano((int) rounded);
        String base = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        if (keep == 0) {
            return base;
        }
        return base + "." + String.format(Locale.ROOT, "%09d", t.getNano()).substring(0, keep);
    }

    /** Trino's {@code interval day to second}: {@code D HH:mm:ss.SSS}, from microseconds. */
    static String dayToSecond(long micros) {
        String sign = micros < 0 ? "-" : "";
        long millis = Math.abs(micros) / 1000;
        long days = millis / 86_400_000;
        long rest = millis % 86_400_000;
        return String.format(Locale.ROOT, "%s%d %02d:%02d:%02d.%03d", sign, days, rest / 3_600_000,
                rest / 60_000 % 60, rest / 1000 % 60, rest % 1000);
    }

    /** Trino's {@code interval year to month}: {@code Y-M}, from months. */
    static String yearToMonth(long months) {
        String sign = months < 0 ? "-" : "";
        return sign + Math.abs(months) / 12 + "-" + Math.abs(months) % 12;
    }

    private static String pad(String text, int length) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < length) {
            padded.append(' ');
        }
        return padded.toString();
    }

    private static void hex(Object value, StringBuilder out) throws SQLException {
        byte[] bytes = value instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) value;
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(HEX[(bytes[i] >> 4) & 0xF]).append(HEX[bytes[i] & 0xF]);
        }
    }
}

package dev.athenawizard.core.sandbox.engine;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBStruct;

/**
 * Renders DuckDB values (as JDBC returns them) in the text notation of Athena's {@code VarCharValue}: timestamps
 * {@code 2017-01-01 00:00:00.000}, doubles in Java notation ({@code 1.0E20}), arrays {@code [1.0, 2.0]} with strings
 * unquoted and {@code null}, maps {@code {k=v}} with keys in ascending order, rows {@code {a=1, b=x}} and
 * varbinary as lower-case hex bytes separated by spaces.
 */
public final class ValueRenderer {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ValueRenderer() {
    }

    /** The rendered value, or null for SQL NULL (a datum without {@code VarCharValue}). */
    public static String render(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        append(value, out);
        return out.toString();
    }

    private static void append(Object value, StringBuilder out) throws SQLException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Double || value instanceof Float || value instanceof String
                || value instanceof Boolean || value instanceof Number && !(value instanceof BigDecimal)) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Timestamp timestamp) {
            out.append(TIMESTAMP.format(timestamp.toLocalDateTime()));
        } else if (value instanceof LocalDateTime dateTime) {
            out.append(TIMESTAMP.format(dateTime));
        } else if (value instanceof OffsetDateTime dateTime) {
            out.append(TIMESTAMP.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC))).append(" UTC");
        } else if (value instanceof LocalTime time) {
            out.append(TIME.format(time));
        } else if (value instanceof Array array) {
            appendList((Object[]) array.getArray(), out);
        } else if (value instanceof DuckDBStruct struct) {
            appendEntries(new ArrayList<>(struct.getMap().entrySet()), out);
        } else if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            entries.sort(ValueRenderer::compareKeys);
            appendEntries(entries, out);
        } else if (value instanceof Blob blob) {
            appendHex(blob.getBytes(1, (int) blob.length()), out);
        } else if (value instanceof byte[] bytes) {
            appendHex(bytes, out);
        } else {
            out.append(value); // dates, UUIDs, intervals and JSON already print as Athena does
        }
    }

    private static void appendList(Object[] elements, StringBuilder out) throws SQLException {
        out.append('[');
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(elements[i], out);
        }
        out.append(']');
    }

    private static void appendEntries(List<? extends Map.Entry<?, ?>> entries, StringBuilder out) throws SQLException {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : entries) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(entry.getKey(), out);
            out.append('=');
            append(entry.getValue(), out);
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
        return Comparator.<String>naturalOrder().compare(String.valueOf(x), String.valueOf(y));
    }

    private static void appendHex(byte[] bytes, StringBuilder out) {
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(HEX[(bytes[i] >> 4) & 0xF]).append(HEX[bytes[i] & 0xF]);
        }
    }
}

package dev.athenawizard.core.sandbox.udf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.IllegalFormatException;
import java.util.Locale;

/**
 * Trino's {@code format(fmt, args…)}: Java's {@code String.format}, each argument first turned into the Java value
 * Trino hands over (integers as {@code Long}, decimals as {@code BigDecimal}, doubles as {@code Double}, dates and
 * times as java.time values, zoned timestamps as {@code ZonedDateTime}).
 */
public final class TrinoFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrinoFormat() {
    }

    /**
     * @param types  the Trino type kinds of the arguments, comma-separated (e.g. {@code VARCHAR,INTEGER})
     * @param values the arguments as a JSON array
     */
    public static String format(String format, String types, String values) {
        String[] kinds = types.isEmpty() ? new String[0] : types.split(",");
        Object[] args = new Object[kinds.length];
        try {
            JsonNode array = JSON.readTree(values);
            for (int i = 0; i < kinds.length; i++) {
                args[i] = value(kinds[i], array.get(i));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            return String.format(Locale.ENGLISH, format, args);
        } catch (IllegalFormatException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", e.getMessage());
        }
    }

    private static Object value(String kind, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (kind) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> node.asLong();
            case "REAL", "DOUBLE" -> node.asDouble();
            case "DECIMAL" -> new BigDecimal(node.asText());
            case "BOOLEAN" -> node.asBoolean();
            case "DATE" -> LocalDate.parse(node.asText());
            case "TIME" -> LocalTime.parse(node.asText());
            case "TIMESTAMP" -> LocalDateTime.parse(node.asText());
            case "TIMESTAMP_TZ" -> {
                String[] parts = node.asText().split("@", 2);
                yield LocalDateTime.parse(parts[0]).atZone(TrinoDateTimes.zoneId(parts[1]));
            }
            default -> node.isTextual() ? node.asText() : node.toString();
        };
    }
}

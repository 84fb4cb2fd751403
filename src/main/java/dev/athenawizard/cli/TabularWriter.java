package dev.athenawizard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a {@link Tabular}: CSV with a header row (RFC 4180 quoting; a missing value is an empty field, an empty
 * string is {@code ""}), a JSON array of objects keyed by column name, or a table aligned for the terminal.
 */
final class TabularWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GAP = "  ";

    private TabularWriter() {
    }

    static void write(Tabular data, OutputFormat format, PrintWriter out) {
        switch (format) {
            case CSV -> csv(data, out);
            case JSON -> json(data, out);
            case TABLE -> table(data, out);
        }
        out.flush();
    }

    private static void csv(Tabular data, PrintWriter out) {
        List<String> header = data.columns().stream().map(Tabular.Column::name).toList();
        out.println(csvLine(header));
        data.rows().forEach(row -> out.println(csvLine(row)));
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            boolean quote = cell.isEmpty() || cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                    || cell.contains("\r");
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return line.toString();
    }

    private static void json(Tabular data, PrintWriter out) {
        ArrayNode array = JSON.createArrayNode();
        for (List<String> row : data.rows()) {
            ObjectNode object = array.addObject();
            for (int i = 0; i < data.columns().size(); i++) {
                Tabular.Column column = data.columns().get(i);
                putTyped(object, column, row.get(i));
            }
        }
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers and booleans print as JSON values when their text is one (NaN and Infinity stay strings). */
    private static void putTyped(ObjectNode object, Tabular.Column column, String value) {
        if (value == null) {
            object.putNull(column.name());
            return;
        }
        switch (column.jsonType()) {
            case NUMBER -> {
                try {
                    object.put(column.name(), new BigDecimal(value));
                } catch (NumberFormatException e) {
                    object.put(column.name(), value);
                }
            }
            case BOOLEAN -> {
                if (value.equals("true") || value.equals("false")) {
                    object.put(column.name(), Boolean.parseBoolean(value));
                } else {
                    object.put(column.name(), value);
                }
            }
            default -> object.put(column.name(), value);
        }
    }

    private static void table(Tabular data, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(data.columns().stream().map(c -> c.name().toUpperCase(Locale.ROOT)).toList());
        for (List<String> row : data.rows()) {
            lines.add(row.stream().map(TabularWriter::tableCell).toList());
        }
        int[] widths = new int[data.columns().size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                text.append(i == widths.length - 1 ? line.get(i) : pad(line.get(i), widths[i]) + GAP);
            }
            out.println(text.toString().stripTrailing());
        }
    }

    /** One line per row: line breaks inside a value are shown escaped. */
    private static String tableCell(String cell) {
        return cell == null ? "-" : cell.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}

package dev.athenawizard.ui.controls.results;

import java.util.Locale;
import java.util.Set;

/**
 * How a value in Athena's text notation reads in one line of a result table: NULL apart, arrays and maps shortened
 * to their first elements and their size ({@code [0.12, -0.03, … ] (768)}), line breaks shown as {@code ⏎}. Copying
 * a cell still gives the whole value.
 */
final class ValueFormat {
    /** Arrays and maps up to this many elements, and this long, are shown whole. */
    static final int WHOLE_ELEMENTS = 8;
    static final int WHOLE_LENGTH = 80;
    private static final int SHOWN_ELEMENTS = 2;
    private static final int LONG_TEXT = 300;
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "integer", "int", "bigint", "double",
            "real", "float", "decimal");

    private ValueFormat() {
    }

    static boolean isNumeric(String athenaType) {
        return NUMERIC.contains(baseType(athenaType));
    }

    /** {@code array(double)}, {@code array<double>} and {@code array} are all "array". */
    static String baseType(String athenaType) {
        String t = athenaType.toLowerCase(Locale.ROOT).strip();
        int cut = t.length();
        for (char c : new char[] {'(', '<', ' '}) {
            int at = t.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return t.substring(0, cut);
    }

    /** The one-line form of a non-null value of the given Athena type. */
    static String display(String value, String athenaType) {
        String base = baseType(athenaType);
        boolean bracketed = value.length() >= 2 && (value.startsWith("[") && value.endsWith("]")
                || value.startsWith("{") && value.endsWith("}"));
        if ((base.equals("array") || base.equals("map") || base.equals("row") || base.equals("json")) && bracketed) {
            return collection(value, base);
        }
        String line = value.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
        return line.length() > LONG_TEXT ? line.substring(0, LONG_TEXT) + "…" : line;
    }

    private static String collection(String value, String base) {
        int count = 0;
        int depth = 0;
        int shownEnd = -1;
        boolean inQuotes = false;
        boolean empty = value.substring(1, value.length() - 1).isBlank();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '[' || c == '{' || c == '(')) {
                depth++;
            } else if (!inQuotes && (c == ']' || c == '}' || c == ')')) {
                depth--;
            } else if (!inQuotes && depth == 0 && c == ',') {
                count++;
                if (count == SHOWN_ELEMENTS) {
                    shownEnd = i;
                }
            }
        }
        int elements = empty ? 0 : count + 1;
        if (elements <= WHOLE_ELEMENTS && value.length() <= WHOLE_LENGTH) {
            return value;
        }
        char open = value.charAt(0);
        char close = value.charAt(value.length() - 1);
        String head = shownEnd > 0 ? value.substring(1, shownEnd) : value.substring(1, Math.min(value.length() - 1,
                WHOLE_LENGTH));
        String unit = base.equals("array") ? "" : base.equals("map") ? " entries" : " fields";
        return open + shorten(head) + ", … " + close + " (" + elements + unit + ")";
    }

    /** {@code 0.123456, -0.0345} → {@code 0.12, -0.03}: an embedding reads as its first values, roughly. */
    private static String shorten(String head) {
        StringBuilder out = new StringBuilder();
        for (String part : head.split(",", -1)) {
            String p = part.strip();
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(p.matches("-?\\d+\\.\\d{3,}") ? p.substring(0, p.indexOf('.') + 3) : p);
        }
        return out.toString();
    }
}

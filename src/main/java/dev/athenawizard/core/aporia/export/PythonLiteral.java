package dev.athenawizard.core.aporia.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Python source literals for strings, lists and dicts, escaped so that any text round-trips exactly. */
final class PythonLiteral {
    private PythonLiteral() {
    }

    /** A string literal; text with line breaks becomes a triple-quoted string that keeps them readable. */
    static String string(String text) {
        boolean multiline = text.contains("\n");
        StringBuilder out = new StringBuilder(multiline ? "\"\"\"" : "\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append(!multiline || i + 1 == text.length() || text.charAt(i + 1) == '"'
                        ? "\\\"" : "\""); // inside triple quotes only a run of quotes needs escaping
                case '\n' -> out.append(multiline ? "\n" : "\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(multiline ? "\"\"\"" : "\"").toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    static String strings(List<String> values) {
        return values.stream().map(PythonLiteral::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A dict of strings, one entry per line at the given indent (the closing brace one level out). */
    static String dict(Map<String, String> map, String indent) {
        if (map.isEmpty()) {
            return "{}";
        }
        return map.entrySet().stream()
                .map(e -> indent + "    " + string(e.getKey()) + ": " + string(e.getValue()) + ",\n")
                .collect(Collectors.joining("", "{\n", indent + "}"));
    }
}

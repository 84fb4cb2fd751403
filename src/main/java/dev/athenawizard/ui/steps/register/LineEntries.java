package dev.athenawizard.ui.steps.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text the user types one entry per line — tags and read options as {@code name=value}, {@code select_expr} as one
 * expression per line — read into the project's list or map, remembering the line each entry came from so that every
 * message can name it. Blank lines are ignored.
 */
final class LineEntries {
    private LineEntries() {
    }

    /** A list read from text, with the (1-based) line of each entry. */
    record Lines(List<String> values, List<Integer> lineOf) {
        Lines {
            values = List.copyOf(values);
            lineOf = List.copyOf(lineOf);
        }

        /** "Line 3: " for the entry at {@code index}; empty when unknown. */
        String at(int index) {
            return index >= 0 && index < lineOf.size() ? "Line " + lineOf.get(index) + ": " : "";
        }
    }

    /**
     * A map read from {@code name=value} lines, in the order written.
     *
     * @param problems the lines that could not be read, each naming its line
     */
    record Pairs(Map<String, String> values, Map<String, Integer> lineOf, List<String> problems) {
        Pairs {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            lineOf = Map.copyOf(lineOf);
            problems = List.copyOf(problems);
        }

        String at(String name) {
            Integer line = lineOf.get(name);
            return line == null ? "" : "Line " + line + ": ";
        }
    }

    static Lines lines(String text) {
        List<String> values = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                values.add(lines[i].strip());
                lineOf.add(i + 1);
            }
        }
        return new Lines(values, lineOf);
    }

    /** @param what "tag", "read option": how a message names an entry */
    static Pairs pairs(String text, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String where = "Line " + (i + 1) + ": ";
            if (equals < 0) {
                problems.add(where + "write the " + what + " as name=value, e.g. "
                        + (what.equals("tag") ? "team=growth" : "fetchsize=10000") + ".");
                continue;
            }
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (values.containsKey(name)) {
                problems.add(where + "the " + what + " \"" + name + "\" is already given on line " + lineOf.get(name)
                        + "; keep one.");
                continue;
            }
            values.put(name, value);
            lineOf.put(name, i + 1);
        }
        return new Pairs(values, lineOf, problems);
    }

    static String render(List<String> values) {
        return String.join("\n", values);
    }

    static String render(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}

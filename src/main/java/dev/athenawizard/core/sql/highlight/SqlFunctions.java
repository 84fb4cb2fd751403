package dev.athenawizard.core.sql.highlight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The Trino functions of {@code trino-functions.tsv}, for completion and for telling a call from a keyword. */
public final class SqlFunctions {
    private static final List<SqlFunction> ALL = load();
    private static final WordSet NAMES = new WordSet(ALL.stream().map(SqlFunction::name).toList());

    /**
     * Keywords that a parenthesis after them does not make a call: {@code IN (…)}, {@code OVER (…)}, {@code AS (…)}.
     * Every other keyword that names a function ({@code count}, {@code date}, {@code year}) is a call before one.
     */
    private static final Set<String> CLAUSE_KEYWORDS = Set.of("IN", "EXISTS", "AS", "OVER", "USING", "ON", "AND",
            "OR", "NOT", "WHEN", "THEN", "ELSE", "WITH", "FROM", "JOIN", "WHERE", "BY", "WINDOW", "VALUES", "SELECT",
            "LATERAL", "SETS", "CUBE", "ROLLUP", "TABLE", "INTO", "HAVING", "UNION", "ALL", "ANY", "SOME", "DISTINCT",
            "CASE", "IS", "BETWEEN", "LIKE", "ESCAPE", "LIMIT", "OFFSET", "FETCH", "SET", "RECURSIVE", "PARTITION",
            "ORDER", "ROWS", "RANGE", "GROUPS", "EXCEPT", "INTERSECT", "RETURN", "PATTERN", "DEFINE", "MEASURES",
            "SUBSET", "PERMUTE", "FILTER", "UNNEST", "ARRAY", "ROW", "MAP", "INTERVAL", "DECIMAL");

    private static final WordSet CLAUSES = new WordSet(CLAUSE_KEYWORDS);

    private SqlFunctions() {
    }

    /** Every function, sorted by name. */
    public static List<SqlFunction> all() {
        return ALL;
    }

    public static boolean isFunction(CharSequence text, int start, int end) {
        return NAMES.contains(text, start, end);
    }

    /** Whether a keyword followed by {@code (} is a function call rather than a clause. */
    static boolean isCallingKeyword(CharSequence text, int start, int end) {
        return !CLAUSES.contains(text, start, end) && NAMES.contains(text, start, end);
    }

    private static List<SqlFunction> load() {
        InputStream in = SqlFunctions.class.getResourceAsStream("trino-functions.tsv");
        if (in == null) {
            throw new IllegalStateException("trino-functions.tsv is missing from the classpath");
        }
        List<SqlFunction> functions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException("trino-functions.tsv: expected 3 tab-separated fields: " + line);
                }
                String arguments = parts[1].equals("-") ? "" : parts[1];
                functions.add(new SqlFunction(parts[0].toLowerCase(Locale.ROOT), arguments, parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        functions.sort(Comparator.comparing(SqlFunction::name));
        return Collections.unmodifiableList(functions.stream()
                .collect(Collectors.toMap(SqlFunction::name, f -> f, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList());
    }
}

package dev.athenawizard.core.sandbox.conformance;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One query of the conformance corpus with the answer Athena gives: result columns and rows, or an error.
 *
 * @param line the entry's first line in the corpus file, to find it from a failure
 * @param columns "name type" of each result column; null when the entry expects an error
 * @param rows the expected rows; a value starting with {@code ~} is a regular expression the whole value matches
 * @param error the expected StateChangeReason (or its beginning when {@code errorIsPrefix}); null for results
 */
record CorpusEntry(String category, int line, String sql, List<String> columns, List<List<String>> rows,
                   String error, boolean errorIsPrefix, String source) {

    CorpusEntry {
        Objects.requireNonNull(category);
        Objects.requireNonNull(sql);
        Objects.requireNonNull(source);
        if ((error == null) == (columns == null)) {
            throw new IllegalArgumentException("line " + line + ": an entry expects either columns or an error");
        }
    }

    boolean expectsError() {
        return error != null;
    }

    /** Whether an actual value (null for SQL NULL) is the expected one. */
    static boolean valueMatches(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected.startsWith("~")) {
            return Pattern.compile(expected.substring(1), Pattern.DOTALL).matcher(actual).matches();
        }
        return expected.equals(actual);
    }
}

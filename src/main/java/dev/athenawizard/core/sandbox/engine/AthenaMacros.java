package dev.athenawizard.core.sandbox.engine;

import java.util.List;

/**
 * DuckDB macros for common Trino/Athena functions whose DuckDB names or argument orders differ, so typical Athena
 * SQL runs unchanged. Trino functions with the same name and meaning in DuckDB ({@code cardinality},
 * {@code date_trunc}, {@code date_diff}, {@code count_if}, {@code approx_quantile}, …) need none.
 */
final class AthenaMacros {
    private AthenaMacros() {
    }

    /** Macro definitions as {@code name(args) AS body}; each becomes {@code CREATE MACRO <catalog>.main.…}. */
    static final List<String> DEFINITIONS = List.of(
            "from_iso8601_timestamp(s) AS CAST(s AS TIMESTAMPTZ)",
            "from_iso8601_date(s) AS CAST(s AS DATE)",
            "to_unixtime(ts) AS epoch(ts)",
            "from_unixtime(x) AS to_timestamp(x)",
            // Trino's date_add(unit, value, timestamp) replaces DuckDB's date_add(timestamp, interval)
            "date_add(unit, n, ts) AS ts + n * CAST('1 ' || unit AS INTERVAL)",
            "approx_distinct(x) AS approx_count_distinct(x)",
            "arbitrary(x) AS any_value(x)",
            "regexp_like(s, pattern) AS regexp_matches(s, pattern)",
            "json_extract_scalar(j, path) AS json_extract_string(j, path)",
            "day_of_week(ts) AS isodow(ts)",
            "is_nan(x) AS isnan(x)",
            "approx_percentile(x, p) AS approx_quantile(x, p)",
            // Trino's slice takes a length, DuckDB's list_slice an end index
            "slice(a, start, length) AS list_slice(a, start, start + length - 1)",
            "array_join(a, delimiter) AS array_to_string(a, delimiter)",
            "array_max(a) AS list_max(a)",
            "array_min(a) AS list_min(a)",
            "arrays_overlap(a, b) AS list_has_any(a, b)",
            "sequence(first, last) AS generate_series(first, last)",
            "regexp_split(s, pattern) AS regexp_split_to_array(s, pattern)",
            "json_parse(s) AS CAST(s AS JSON)",
            "json_format(j) AS CAST(j AS VARCHAR)",
            // MySQL-style formats: %i is minutes and %s seconds there, %M and %S in DuckDB
            "date_format(ts, format) AS strftime(ts, replace(replace(format, '%i', '%M'), '%s', '%S'))",
            "to_iso8601(ts) AS strftime(ts, '%Y-%m-%dT%H:%M:%S.%g')",
            "last_day_of_month(d) AS last_day(d)",
            "to_utf8(s) AS encode(s)",
            "codepoint(c) AS unicode(c)");
}

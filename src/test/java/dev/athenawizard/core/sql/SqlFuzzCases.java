package dev.athenawizard.core.sql;

import dev.athenawizard.testing.BadText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hostile SQL for the fuzz tests of the SQL layer and the sandbox's translator, made from the Athena query corpus. */
public final class SqlFuzzCases {
    private SqlFuzzCases() {
    }

    /** SQL pieces worth putting anywhere. */
    static final List<String> SQL_BITS = List.of("(", ")", "'", "\"", "`", ";", "--", "/*", "*/", ",", ".", "*",
            " SELECT ", " FROM ", " WHERE ", " LIMIT ", " LIMIT 5", " OFFSET 2", " ORDER BY 1", " UNION ALL ",
            " WITH x AS (SELECT 1) ", " JOIN ", " ON ", " AS ", " CASE WHEN ", " END ", " IN (", " ARRAY[",
            " MAP(", " ROW(", " -> ", " x -> x ", " DROP TABLE t", " INSERT INTO t ", " DELETE FROM t",
            " CREATE TABLE t AS ", " EXPLAIN ", " EXPLAIN ANALYZE ", " SHOW TABLES", " DESCRIBE t", " MSCK ",
            " UNLOAD (", " TABLE t", " VALUES (1)", " INTERVAL '1' DAY ", " TIMESTAMP '", "1e999", "9".repeat(40),
            "U&'\\0041'", "X'", "?", "\n", "\r\n", "\t", "\u00a0", "\u3000");

    /** {@code count} hostile statements: the special values, some extremes, then mutated corpus queries. */
    public static List<String> hostileSql(Random random, int count) {
        List<String> base = AthenaQueryCorpus.queries().stream().map(AthenaQueryCorpus.Entry::sql).toList();
        // the longest inputs take seconds each (Trino's parser): whole only in deeper runs, else cut to a tenth
        int longest = BadText.scale() > 1 ? Integer.MAX_VALUE : 10_000;
        int depth = BadText.scale() > 1 ? 2_000 : 200;
        List<String> out = new ArrayList<>();
        List<String> extremes = new ArrayList<>(BadText.SPECIAL);
        extremes.addAll(List.of("(".repeat(5_000) + "SELECT 1" + ")".repeat(5_000), "SELECT " + "-".repeat(10_000) + "1",
                "SELECT " + "1 + ".repeat(5_000) + "1", "SELECT " + "ARRAY[".repeat(depth) + "1" + "]".repeat(depth),
                "SELECT 'unterminated", "SELECT \"unterminated", "SELECT /* unterminated", "SELECT 1;;;; SELECT 2",
                "SELECT * FROM t WHERE x = '" + "'".repeat(10_001), ";", "-- only a comment", "SELECT 1 --"));
        extremes.forEach(sql -> out.add(sql.length() <= longest ? sql : sql.substring(0, longest)));
        while (out.size() < count) {
            String s = base.get(random.nextInt(base.size()));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(s.length() + 1);
                s = switch (random.nextInt(5)) {
                    case 0 -> s.substring(0, at) + SQL_BITS.get(random.nextInt(SQL_BITS.size())) + s.substring(at);
                    case 1 -> s.substring(0, at);
                    case 2 -> s.substring(0, at) + BadText.soup(random) + s.substring(at);
                    case 3 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(20)));
                    default -> BadText.mutate(s, random);
                };
            }
            out.add(s);
        }
        return out;
    }
}

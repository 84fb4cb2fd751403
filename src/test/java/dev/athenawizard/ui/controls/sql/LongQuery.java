package dev.athenawizard.ui.controls.sql;

import java.util.Locale;

/** A realistic 5,000-line Athena query: a chain of CTEs with comments, strings, functions, CASE and window functions. */
final class LongQuery {
    private LongQuery() {
    }

    static String lines(int lines) {
        StringBuilder sql = new StringBuilder("WITH\n");
        int block = 0;
        while (countLines(sql) < lines - 12) {
            sql.append(String.format(Locale.ROOT, """
                    -- step %1$d: recent predictions of owner %1$d
                    s%1$d AS (
                      SELECT p.prediction_id, p.prediction_timestamp, lower(p.raw_text) AS text_%1$d,
                             CASE WHEN p.amount > %1$d.5 THEN 'large' ELSE 'small' END AS size,
                             rank() OVER (PARTITION BY p.owner ORDER BY p.proba DESC) AS r
                      FROM aporia_demo.model_predictions p
                      WHERE p.owner = 'owner_%1$d' AND p.prediction_timestamp > now() - INTERVAL '30' DAY
                    ),
                    """, block));
            block++;
        }
        sql.append("last AS (SELECT 1 AS one)\nSELECT *\nFROM s0\n");
        while (countLines(sql) < lines) {
            sql.append("UNION ALL SELECT * FROM s0\n");
        }
        return sql.toString();
    }

    private static int countLines(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}

package dev.athenawizard.core.sql.highlight;

import java.util.List;

/** Real-world shaped Athena (Trino) queries that every lexical tool of the editor must handle. */
final class AthenaQueries {
    private AthenaQueries() {
    }

    static final List<String> CORPUS = List.of(
            "SELECT prediction_id, prediction_timestamp, raw_text, amount, owner,\n"
                    + "       is_new, embeddings, will_buy_insurance, proba, did_buy_insurance\n"
                    + "FROM model_predictions\n"
                    + "WHERE prediction_timestamp > now() - INTERVAL '30' DAY",
            "WITH recent AS (\n  SELECT * FROM aporia_demo.model_predictions -- last month\n"
                    + "  WHERE prediction_timestamp >= date_add('day', -30, current_date)\n)\n"
                    + "SELECT owner, count(*) AS n, avg(amount) FROM recent GROUP BY owner ORDER BY n DESC LIMIT 10;",
            "SELECT p.prediction_id, e.x\nFROM model_predictions p\nCROSS JOIN UNNEST(p.embeddings) AS e (x)\n"
                    + "WHERE cardinality(p.embeddings) = 768",
            "SELECT owner, amount, rank() OVER (PARTITION BY owner ORDER BY amount DESC) AS r,\n"
                    + "  sum(amount) OVER (ORDER BY prediction_timestamp ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)\n"
                    + "FROM model_predictions",
            "SELECT transform(embeddings, x -> x * 2), filter(ARRAY[1, 2, 3], v -> v <> 2),\n"
                    + "  reduce(ARRAY[1.5, 2e3, .5], 0, (s, x) -> s + x, s -> s)\nFROM training_set",
            "SELECT \"Weird Column\", \"select\", \"a\"\"b\" FROM \"My Table\" WHERE 'it''s' = raw_text",
            "/* header\n comment */ SELECT 1 AS one, 2.50 AS two, 1E-3 AS three -- trailing\n;",
            "SELECT * FROM t ORDER BY a LIMIT 10 OFFSET 20",
            "SELECT * FROM t OFFSET 5 ROWS FETCH FIRST 3 ROWS ONLY",
            "SELECT a FROM t1 UNION ALL SELECT b FROM t2 EXCEPT SELECT c FROM t3",
            "SELECT map(ARRAY['a', 'b'], ARRAY[1, 2])['a'], json_extract_scalar(j, '$.x.y') FROM t",
            "SELECT CASE WHEN amount > 100 THEN 'big' WHEN amount IS NULL THEN NULL ELSE 'small' END AS size FROM t",
            "SELECT x'00ff', U&'caf\\00E9', TIMESTAMP '2024-01-01 00:00:00', DATE '2024-01-01' FROM t",
            "SELECT a || b, a != b, a >= b, a <= b, a % 3, -a, +b FROM t WHERE c IN (1, 2) AND d BETWEEN 1 AND 2",
            "SELECT count(*) FILTER (WHERE is_new) FROM t GROUP BY ROLLUP (owner, is_new) HAVING count(*) > 1",
            "SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id) AND t.v NOT LIKE 'a%' ESCAPE '\\'",
            "EXPLAIN SELECT * FROM t",
            "SHOW TABLES IN aporia_demo",
            "DESCRIBE model_predictions",
            "SELECT t.date, t.year, t.\"order\" FROM events t WHERE t.date > DATE '2024-01-01'",
            "SELECT ? FROM t WHERE id = ?",
            "SELECT try_cast(x AS double), cast(y AS varchar(10)), CAST(z AS array(bigint)) FROM t",
            "SELECT approx_percentile(amount, 0.95) FROM model_predictions TABLESAMPLE BERNOULLI (10)",
            "INSERT INTO target SELECT * FROM source",
            "SELECT row_number() OVER w FROM t WINDOW w AS (ORDER BY a)");
}

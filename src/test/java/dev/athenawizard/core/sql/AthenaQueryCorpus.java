package dev.athenawizard.core.sql;

import dev.athenawizard.core.sql.PreviewForm.LimitChange;
import java.util.List;

/**
 * Read-only queries of the kinds people run on Athena (the Aporia guide's prediction tables, CloudTrail and ALB logs,
 * JSON events), each with what the SQL layer must say about it: its kind, the tables it reads as written, and what a
 * preview of 10 rows does to its LIMIT.
 */
final class AthenaQueryCorpus {
    private AthenaQueryCorpus() {
    }

    record Entry(String name, String sql, StatementKind kind, List<String> tables, LimitChange previewOf10) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Entry> queries() {
        return List.of(
                new Entry("CTE with a window function", """
                        WITH ranked AS (
                          SELECT prediction_id, owner, amount,
                                 row_number() OVER (PARTITION BY owner ORDER BY amount DESC) AS rn
                          FROM aporia_demo.model_predictions
                          WHERE prediction_timestamp > now() - INTERVAL '30' DAY
                        )
                        SELECT * FROM ranked WHERE rn <= 3 ORDER BY owner, rn""",
                        StatementKind.SELECT, List.of("aporia_demo.model_predictions"), LimitChange.ADDED),
                new Entry("UNNEST of a lambda over an embedding", """
                        SELECT p.prediction_id, t.v
                        FROM "aporia_demo"."model_predictions" AS p
                        CROSS JOIN UNNEST(transform(slice(p.embeddings, 1, 3), x -> x * 2)) AS t(v)""",
                        StatementKind.SELECT, List.of("aporia_demo.model_predictions"), LimitChange.ADDED),
                new Entry("UNION ALL with ORDER BY and a larger LIMIT", """
                        SELECT prediction_id, proba FROM model_predictions WHERE is_new
                        UNION ALL
                        SELECT prediction_id, proba FROM training_set
                        ORDER BY proba DESC, prediction_id
                        LIMIT 500""",
                        StatementKind.SELECT, List.of("model_predictions", "training_set"), LimitChange.LOWERED),
                new Entry("quoted identifiers, comments and a trailing semicolon", """
                        -- daily volume
                        SELECT date_trunc('day', "prediction_timestamp") AS "Day", /* inline; */ count(*) AS n
                        FROM awsdatacatalog.aporia_demo."model_predictions"
                        GROUP BY 1
                        ORDER BY 1 DESC; -- newest first
                        """,
                        StatementKind.SELECT, List.of("awsdatacatalog.aporia_demo.model_predictions"),
                        LimitChange.ADDED),
                new Entry("OFFSET with FETCH FIRST", "SELECT * FROM model_predictions ORDER BY prediction_timestamp "
                        + "OFFSET 10 ROWS FETCH FIRST 20 ROWS ONLY",
                        StatementKind.SELECT, List.of("model_predictions"), LimitChange.LOWERED),
                new Entry("CloudTrail by partition", """
                        SELECT eventsource, eventname, count(*) AS calls
                        FROM cloudtrail_logs
                        WHERE year = '2024' AND month = '01' AND errorcode = 'AccessDenied'
                        GROUP BY eventsource, eventname
                        HAVING count(*) > 5
                        ORDER BY calls DESC
                        LIMIT 5;""",
                        StatementKind.SELECT, List.of("cloudtrail_logs"), LimitChange.OWN_LIMIT_KEPT),
                new Entry("JSON events joined to a dimension", """
                        SELECT json_extract_scalar(e.payload, '$.user.id') AS user_id, u.plan,
                               try_cast(json_extract_scalar(e.payload, '$.amount') AS double) AS amount
                        FROM events e
                        LEFT JOIN users.accounts u ON u.id = json_extract_scalar(e.payload, '$.user.id')
                        WHERE e.dt >= '2024-01-01'""",
                        StatementKind.SELECT, List.of("events", "users.accounts"), LimitChange.ADDED),
                new Entry("subqueries in FROM, IN and EXISTS", """
                        SELECT o.owner, o.total
                        FROM (SELECT owner, sum(amount) AS total FROM model_predictions GROUP BY owner) o
                        WHERE o.owner IN (SELECT owner FROM training_set WHERE did_buy_insurance)
                          AND EXISTS (SELECT 1 FROM aporia_demo.owners w WHERE w.name = o.owner)""",
                        StatementKind.SELECT, List.of("model_predictions", "training_set", "aporia_demo.owners"),
                        LimitChange.ADDED),
                new Entry("a WITH name that reads the table it shadows", """
                        WITH model_predictions AS (SELECT * FROM model_predictions WHERE is_new)
                        SELECT count(*) FROM model_predictions""",
                        StatementKind.SELECT, List.of("model_predictions"), LimitChange.ADDED),
                new Entry("WITH inside a subquery is scoped to it", """
                        SELECT * FROM (WITH recent AS (SELECT * FROM model_predictions) SELECT * FROM recent) r
                        JOIN recent ON recent.prediction_id = r.prediction_id""",
                        StatementKind.SELECT, List.of("model_predictions", "recent"), LimitChange.ADDED),
                new Entry("maps, arrays and reduce from a quoted name with a quote in it",
                        "SELECT element_at(features, 'age') AS age,\n"
                        + "       reduce(scores, 0.0, (s, x) -> s + x, s -> s) AS total,\n"
                        + "       cardinality(filter(tags, t -> t LIKE 'vip%')) AS vip_tags\n"
                        + "FROM \"AwsDataCatalog\".\"Aporia_Demo\".\"Features \"\"v2\"\"\"\n"
                        + "LIMIT ALL",
                        StatementKind.SELECT, List.of("AwsDataCatalog.Aporia_Demo.Features \"v2\""),
                        LimitChange.LOWERED),
                new Entry("a parenthesised query with its own smaller LIMIT", "(SELECT * FROM training_set LIMIT 3)",
                        StatementKind.SELECT, List.of("training_set"), LimitChange.ADDED),
                new Entry("INTERSECT and EXCEPT", """
                        SELECT owner FROM model_predictions
                        INTERSECT
                        SELECT owner FROM training_set
                        EXCEPT
                        SELECT name FROM blocked_owners""",
                        StatementKind.SELECT, List.of("model_predictions", "training_set", "blocked_owners"),
                        LimitChange.ADDED),
                new Entry("TABLE t", "TABLE aporia_demo.training_set", StatementKind.SELECT,
                        List.of("aporia_demo.training_set"), LimitChange.ADDED),
                new Entry("VALUES", "VALUES (1, 'a'), (2, 'b')", StatementKind.VALUES, List.of(), LimitChange.NONE),
                new Entry("SHOW TABLES", "SHOW TABLES IN aporia_demo", StatementKind.SHOW, List.of(),
                        LimitChange.NONE),
                new Entry("DESCRIBE", "DESCRIBE model_predictions", StatementKind.DESCRIBE, List.of(),
                        LimitChange.NONE),
                new Entry("EXPLAIN", "EXPLAIN SELECT * FROM model_predictions WHERE amount > 100",
                        StatementKind.EXPLAIN, List.of("model_predictions"), LimitChange.NONE),
                new Entry("a leading comment and a CRLF file", "/* report */\r\nSELECT owner,\r\n  avg(proba) AS p\r\n"
                        + "FROM model_predictions\r\nGROUP BY owner\r\n", StatementKind.SELECT,
                        List.of("model_predictions"), LimitChange.ADDED),
                new Entry("text beyond the Basic Multilingual Plane", "SELECT '🚀 launch' AS label, owner FROM "
                        + "model_predictions WHERE raw_text LIKE '%🚀%' ORDER BY owner", StatementKind.SELECT,
                        List.of("model_predictions"), LimitChange.ADDED));
    }
}

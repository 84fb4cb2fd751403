package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import io.trino.sql.tree.Node;
import java.util.Locale;
import java.util.Map;

/** The analysis errors Athena reports, placed where the user wrote the offending part. */
final class Failures {
    private Failures() {
    }

    static SqlPosition at(Node node) {
        return SqlPosition.of(node).orElse(SqlPosition.START);
    }

    static QueryFailure typeMismatch(Node node, String message) {
        return QueryFailure.at(at(node), "TYPE_MISMATCH", 1002, message);
    }

    /** What the sandbox cannot do, named; never a different answer than Athena's. */
    static QueryFailure notSupported(Node node, String construct) {
        return QueryFailure.at(at(node), "NOT_SUPPORTED", 1200,
                "The sandbox cannot run " + construct + ". Try this query on Athena, or preview without it");
    }

    /** A part of the syntax tree the sandbox has no translation for, named as the user wrote it. */
    static QueryFailure notSupported(Node node) {
        return notSupported(node, construct(node));
    }

    /** What Trino itself refuses (e.g. {@code Natural join not supported}), with Trino's message. */
    static QueryFailure notSupportedByTrino(Node node, String message) {
        return QueryFailure.at(at(node), "NOT_SUPPORTED", 1200, message);
    }

    /** The SQL a user wrote for a tree node the sandbox does not translate. */
    static String construct(Node node) {
        String type = node.getClass().getSimpleName();
        String known = CONSTRUCTS.get(type);
        if (known != null) {
            return known;
        }
        // e.g. QuantifiedComparisonExpression -> "quantified comparison expression"
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static final Map<String, String> CONSTRUCTS = Map.ofEntries(
            Map.entry("PatternRecognitionRelation", "MATCH_RECOGNIZE"),
            Map.entry("TableFunctionInvocation", "table functions, TABLE(…)"),
            Map.entry("JsonExists", "JSON_EXISTS"),
            Map.entry("JsonQuery", "JSON_QUERY"),
            Map.entry("JsonValue", "JSON_VALUE"),
            Map.entry("JsonArray", "JSON_ARRAY"),
            Map.entry("JsonObject", "JSON_OBJECT"),
            Map.entry("QuantifiedComparisonExpression", "comparisons with ANY, SOME or ALL"),
            Map.entry("CurrentPath", "CURRENT_PATH"),
            Map.entry("CurrentUser", "CURRENT_USER"));

    static QueryFailure columnNotFound(Node node, String name) {
        return QueryFailure.at(at(node), "COLUMN_NOT_FOUND", 1006, "Column '" + name
                + "' cannot be resolved or requester is not authorized to access requested resources");
    }

    static QueryFailure ambiguous(Node node, String name) {
        return QueryFailure.at(at(node), "AMBIGUOUS_NAME", 1000, "Column '" + name + "' is ambiguous");
    }

    static QueryFailure of(Node node, String errorName, String message) {
        return QueryFailure.at(at(node), errorName, 1000, message);
    }
}

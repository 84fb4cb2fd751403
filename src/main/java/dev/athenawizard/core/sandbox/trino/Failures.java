package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import io.trino.sql.tree.Node;

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
                "The sandbox cannot run " + construct + "; Athena can. Try this query on Athena, or preview without it");
    }

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

package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.AthenaSql;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Query;
import java.util.List;

/**
 * A view used in a query: its stored query is translated in place (in the view's own database), as Trino expands
 * views, so a view behaves exactly as the query it was made from.
 */
final class Views {
    private Views() {
    }

    static Relation expand(QueryTranslator queries, Node reference, TrinoCatalog.View view, List<String> qualifier) {
        String key = view.database() + "." + view.name();
        Translation tx = queries.tx;
        if (!tx.expandingViews.add(key)) {
            throw QueryFailure.at(Failures.at(reference), "VIEW_IS_RECURSIVE", 1000, "View is recursive");
        }
        try {
            Query query;
            try {
                query = (Query) AthenaSql.parse(view.query()).tree().orElseThrow();
            } catch (AthenaSql.SyntaxError | ClassCastException e) {
                throw QueryFailure.at(Failures.at(reference), "INVALID_VIEW", 1000, "Failed analyzing stored view '"
                        + "awsdatacatalog." + key + "': " + e.getMessage());
            }
            Translation inView = tx.forDatabase(view.database());
            QueryResult result = new QueryTranslator(inView).query(query, Scope.EMPTY);
            tx.absorb(inView);
            return queries.relations.derived(result, qualifier);
        } finally {
            tx.expandingViews.remove(key);
        }
    }
}

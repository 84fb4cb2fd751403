package dev.athenawizard.core.sql;

import io.trino.sql.tree.Node;
import io.trino.sql.tree.Offset;
import io.trino.sql.tree.OrderBy;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ORDER BY, OFFSET and LIMIT (or FETCH FIRST) that end the outermost query. Trino's parser keeps them on the
 * {@link Query} for a set operation or a parenthesised query, and moves them into the {@link QuerySpecification} for
 * a plain SELECT; either way they come last in the text, in this order.
 */
record QueryTail(Optional<OrderBy> orderBy, Optional<Offset> offset, Optional<Node> limit) {

    static QueryTail of(Query query) {
        QueryTail own = new QueryTail(query.getOrderBy(), query.getOffset(), query.getLimit());
        if (own.isEmpty() && query.getQueryBody() instanceof QuerySpecification select) {
            return new QueryTail(select.getOrderBy(), select.getOffset(), select.getLimit());
        }
        return own;
    }

    boolean isEmpty() {
        return orderBy.isEmpty() && offset.isEmpty() && limit.isEmpty();
    }

    /** The first clause of the tail, where it starts in the text. */
    Optional<Node> first() {
        return Stream.of(orderBy.map(Node.class::cast), offset.map(Node.class::cast), limit)
                .flatMap(Optional::stream).findFirst();
    }
}

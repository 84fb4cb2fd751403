package dev.athenawizard.core.sandbox.engine;

import io.trino.sql.tree.Node;
import java.util.Optional;

/** A 1-based line and column in the SQL the user submitted, as Athena's messages give them. */
public record SqlPosition(int line, int column) {
    public static final SqlPosition START = new SqlPosition(1, 1);

    public static Optional<SqlPosition> of(Node node) {
        return node.getLocation().map(l -> new SqlPosition(l.getLineNumber(), l.getColumnNumber()));
    }

    @Override
    public String toString() {
        return "line " + line + ":" + column;
    }
}

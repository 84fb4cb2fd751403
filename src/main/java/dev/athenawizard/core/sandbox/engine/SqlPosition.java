package dev.athenawizard.core.sandbox.engine;

import io.trino.sql.tree.Node;
import java.util.Optional;

/** A 1-based line and column in the SQL the user submitted, as Athena's messages give them. */
public record SqlPosition(int line, int column) {
    public static final SqlPosition START = new SqlPosition(1, 1);

    public static Optional<SqlPosition> of(Node node) {
        return node.getLocation().map(l -> new SqlPosition(l.getLineNumber(), l.getColumnNumber()));
    }

    /** The position of a character offset into {@code sql}. */
    public static SqlPosition ofOffset(String sql, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SqlPosition(line, offset - lineStart + 1);
    }

    @Override
    public String toString() {
        return "line " + line + ":" + column;
    }
}

package dev.athenawizard.core.sandbox.statements;

import dev.athenawizard.core.sandbox.engine.ResultColumn;
import java.util.List;

/**
 * What a SHOW, DESCRIBE or DDL statement answers: Athena's columns, and one line of text per row (Athena's Hive
 * path gives one tab-joined value per row even when it lists several columns).
 */
public record StatementResult(List<ResultColumn> columns, List<String> lines) {
    public StatementResult {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    public static StatementResult empty() {
        return new StatementResult(List.of(), List.of());
    }
}

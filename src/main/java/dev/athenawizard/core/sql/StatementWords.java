package dev.athenawizard.core.sql;

import java.util.Set;

/**
 * Tells a statement's kind from its first words. This works for statements Trino's parser refuses (Hive DDL such
 * as {@code CREATE EXTERNAL TABLE … ROW FORMAT …}, {@code MSCK REPAIR TABLE}, Athena's {@code UNLOAD}), and the
 * parser's tree refines it where words alone cannot (a CREATE TABLE AS SELECT, a VALUES query).
 */
final class StatementWords {
    /**
     * Words that start a query or an EXPLAIN, which Athena only ever runs on Trino: there a parse failure is an
     * error.
     */
    private static final Set<String> TRINO_ONLY_WORDS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "(", "EXPLAIN");

    private StatementWords() {
    }

    static boolean trinoOnly(SqlTokens tokens, int first) {
        return TRINO_ONLY_WORDS.contains(tokens.word(first));
    }

    /** The kind named by the words from token {@code first} on. */
    static StatementKind kind(SqlTokens tokens, int first) {
        String word = tokens.word(first);
        return switch (word) {
            case "SELECT", "WITH", "TABLE", "(" -> StatementKind.SELECT;
            case "VALUES" -> StatementKind.VALUES;
            case "SHOW" -> StatementKind.SHOW;
            case "DESCRIBE", "DESC" -> StatementKind.DESCRIBE;
            case "EXPLAIN" -> "ANALYZE".equals(tokens.word(first + 1)) ? StatementKind.EXPLAIN_ANALYZE
                    : StatementKind.EXPLAIN;
            case "INSERT" -> StatementKind.INSERT;
            case "DELETE" -> StatementKind.DELETE;
            case "UPDATE" -> StatementKind.UPDATE;
            case "MERGE" -> StatementKind.MERGE;
            case "CREATE" -> created(tokens, first + 1);
            case "DROP" -> dropped(tokens.word(first + 1));
            case "ALTER" -> StatementKind.ALTER;
            case "TRUNCATE" -> StatementKind.TRUNCATE;
            case "MSCK" -> StatementKind.MSCK_REPAIR_TABLE;
            case "UNLOAD" -> StatementKind.UNLOAD;
            case "OPTIMIZE" -> StatementKind.OPTIMIZE;
            case "VACUUM" -> StatementKind.VACUUM;
            case "GRANT" -> StatementKind.GRANT;
            case "REVOKE", "DENY" -> StatementKind.REVOKE;
            case "PREPARE" -> StatementKind.PREPARE;
            case "EXECUTE" -> StatementKind.EXECUTE;
            case "DEALLOCATE" -> StatementKind.DEALLOCATE;
            case "USE" -> StatementKind.USE;
            case "SET", "RESET" -> StatementKind.SET;
            default -> StatementKind.OTHER;
        };
    }

    /** Whether the first word is one Athena knows as the start of some statement (else it is a typo). */
    static boolean known(SqlTokens tokens, int first) {
        return kind(tokens, first) != StatementKind.OTHER
                || Set.of("CALL", "COMMENT", "ANALYZE", "REFRESH", "START", "COMMIT", "ROLLBACK")
                        .contains(tokens.word(first));
    }

    private static StatementKind created(SqlTokens tokens, int next) {
        int i = next;
        while (Set.of("OR", "REPLACE", "EXTERNAL", "MATERIALIZED", "TEMPORARY").contains(tokens.word(i))) {
            i++;
        }
        return switch (tokens.word(i)) {
            case "TABLE" -> StatementKind.CREATE_TABLE;
            case "VIEW" -> StatementKind.CREATE_VIEW;
            case "DATABASE", "SCHEMA" -> StatementKind.CREATE_DATABASE;
            default -> StatementKind.CREATE_OTHER;
        };
    }

    private static StatementKind dropped(String what) {
        return switch (what) {
            case "TABLE" -> StatementKind.DROP_TABLE;
            case "VIEW", "MATERIALIZED" -> StatementKind.DROP_VIEW;
            case "DATABASE", "SCHEMA" -> StatementKind.DROP_DATABASE;
            default -> StatementKind.DROP_OTHER;
        };
    }
}

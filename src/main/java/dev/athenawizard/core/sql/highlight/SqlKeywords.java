package dev.athenawizard.core.sql.highlight;

import io.trino.grammar.sql.SqlBaseLexer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;

/**
 * Trino's keywords, as its own lexer (trino-grammar, the engine behind Athena v3) knows them, so highlighting and
 * completion follow Athena rather than a hand-kept list.
 */
public final class SqlKeywords {
    /**
     * The words Trino reserves: a name spelled like one must be double-quoted. Kept here because Trino computes it by
     * parsing every keyword (over half a second); a test checks it against {@code ReservedIdentifiers}.
     */
    static final Set<String> RESERVED = Set.of("ALTER", "AND", "AS", "BETWEEN", "BY", "CASE", "CAST", "CONSTRAINT",
            "CREATE", "CROSS", "CUBE", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_PATH", "CURRENT_ROLE",
            "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEALLOCATE", "DELETE", "DESCRIBE",
            "DISTINCT", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXECUTE", "EXISTS", "EXTRACT", "FALSE", "FOR",
            "FROM", "FULL", "GROUP", "GROUPING", "HAVING", "IN", "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN",
            "JSON_ARRAY", "JSON_EXISTS", "JSON_OBJECT", "JSON_QUERY", "JSON_TABLE", "JSON_VALUE", "LEFT", "LIKE",
            "LISTAGG", "LOCALTIME", "LOCALTIMESTAMP", "NATURAL", "NORMALIZE", "NOT", "NULL", "ON", "OR", "ORDER",
            "OUTER", "PREPARE", "RECURSIVE", "RIGHT", "ROLLUP", "SELECT", "SKIP", "TABLE", "THEN", "TRIM", "TRUE",
            "UESCAPE", "UNION", "UNNEST", "USING", "VALUES", "WHEN", "WHERE", "WITH");

    private static final List<String> ALL = fromLexer(SqlBaseLexer.VOCABULARY);
    private static final WordSet ALL_SET = new WordSet(ALL);
    private static final WordSet RESERVED_SET = new WordSet(RESERVED);

    private SqlKeywords() {
    }

    /** Every keyword, upper case, sorted. */
    public static List<String> all() {
        return ALL;
    }

    public static boolean isKeyword(CharSequence text, int start, int end) {
        return ALL_SET.contains(text, start, end);
    }

    public static boolean isKeyword(String word) {
        return ALL_SET.contains(word);
    }

    /** Whether {@code word} must be double-quoted to be used as a name. */
    public static boolean isReserved(String word) {
        return RESERVED_SET.contains(word);
    }

    /** A keyword token's literal is its own name in quotes, e.g. {@code 'SELECT'} for {@code SELECT}. */
    private static List<String> fromLexer(Vocabulary vocabulary) {
        Set<String> words = new TreeSet<>();
        for (int type = 0; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[A-Z][A-Z_]*'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(words));
    }
}

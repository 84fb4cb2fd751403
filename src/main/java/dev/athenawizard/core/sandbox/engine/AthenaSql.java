package dev.athenawizard.core.sandbox.engine;

import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Athena's syntax check: Trino's own parser (Athena engine v3 is Trino), so a syntax error carries the very message
 * Athena gives, e.g. {@code line 1:8: mismatched input 'FORM'. Expecting: …}.
 */
public final class AthenaSql {
    private static final SqlParser PARSER = new SqlParser();
    /** Statements Athena runs through Hive, whose syntax Trino's parser does not know. */
    private static final Set<String> HIVE_DDL_WORDS = Set.of("CREATE", "ALTER", "DROP", "MSCK", "UNLOAD", "SHOW", "DESCRIBE");

    private AthenaSql() {
    }

    /** Why a statement does not parse: Athena's {@code MALFORMED_QUERY} message. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    public static ParsedStatement parse(String sql) throws SyntaxError {
        try {
            Statement statement = PARSER.createStatement(withoutTrailingSemicolon(sql));
            return new ParsedStatement(sql, Optional.of(statement), StatementKind.of(statement));
        } catch (ParsingException e) {
            String first = firstWord(sql);
            if (HIVE_DDL_WORDS.contains(first)) {
                String type = first.equals("SHOW") || first.equals("DESCRIBE") ? "UTILITY" : "DDL";
                return new ParsedStatement(sql, Optional.empty(), new StatementKind(type, first));
            }
            throw new SyntaxError(e.getMessage());
        }
    }

    /** Athena accepts one statement with an optional {@code ;} at its end; Trino's parser does not. */
    static String withoutTrailingSemicolon(String sql) {
        String trimmed = sql.stripTrailing();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : sql;
    }

    private static String firstWord(String sql) {
        String stripped = sql.stripLeading();
        int end = 0;
        while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end).toUpperCase(Locale.ROOT);
    }
}

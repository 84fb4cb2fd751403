package dev.athenawizard.core.sql.completion;

import dev.athenawizard.core.sql.highlight.SqlKeywords;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a name is written in Athena SQL: as is when it can be, double-quoted when it must be. */
public final class SqlIdentifiers {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlIdentifiers() {
    }

    /**
     * The name as SQL text: {@code amount} stays {@code amount}; a reserved word ({@code "order"}), a name with
     * spaces or other characters ({@code "Weird Name"}) or starting with a digit is double-quoted, inner quotes
     * doubled.
     */
    public static String quoteIfNeeded(String name) {
        if (PLAIN.matcher(name).matches() && !SqlKeywords.isReserved(name)) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A name as written in SQL back to the name: quotes removed, unquoted names lower-cased as Athena does. */
    public static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("`") && text.endsWith("`"))) {
            char q = text.charAt(0);
            return text.substring(1, text.length() - 1).replace("" + q + q, "" + q);
        }
        if (text.startsWith("\"") || text.startsWith("`")) { // still being typed
            return text.substring(1);
        }
        return text.toLowerCase(Locale.ROOT);
    }
}

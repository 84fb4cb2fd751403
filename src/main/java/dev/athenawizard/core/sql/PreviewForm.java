package dev.athenawizard.core.sql;

import java.util.Objects;

/**
 * The statement as a preview sends it: the user's query with a LIMIT of at most {@link #limit()} rows, which returns
 * exactly the first {@code limit} rows the query itself would return wherever its order is defined.
 *
 * <p>Use {@link #sent()} to run it and to map Athena's error positions back to the user's text.
 *
 * @param sent   what is sent, and the way back to the user's text
 * @param limit  the preview's row limit
 * @param change what was done to the query's own LIMIT
 */
public record PreviewForm(SentSql sent, int limit, LimitChange change) {

    /** What the preview did about the number of rows. */
    public enum LimitChange {
        /** {@code LIMIT n} was added after the query's last clause (after its ORDER BY or OFFSET, if any). */
        ADDED,
        /** The query's own LIMIT or FETCH FIRST was larger (or ALL); its number was lowered to the preview's. */
        LOWERED,
        /** The query's own LIMIT or FETCH FIRST already returns no more rows than the preview's; kept as written. */
        OWN_LIMIT_KEPT,
        /** The statement takes no LIMIT (SHOW, DESCRIBE, EXPLAIN, a VALUES list, a LIMIT given as {@code ?}). */
        NONE
    }

    public PreviewForm {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(change, "change");
    }

    /** The text to send. */
    public String sql() {
        return sent.sql();
    }

    /** A few words for a status line: {@code LIMIT 100 added}, {@code the query's own LIMIT kept}. */
    public String describe() {
        return switch (change) {
            case ADDED -> "LIMIT " + limit + " added";
            case LOWERED -> "the query's LIMIT lowered to " + limit;
            case OWN_LIMIT_KEPT -> "the query's own LIMIT kept";
            case NONE -> "sent as written";
        };
    }
}

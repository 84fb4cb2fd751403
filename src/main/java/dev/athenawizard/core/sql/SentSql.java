package dev.athenawizard.core.sql;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.SqlPosition;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL as it is sent to Athena, derived from the user's text by a few small edits (a LIMIT added or lowered, the
 * trailing {@code ;} and comments left off, a wrapper around the query), and the way back: a position Athena reports
 * in the sent text becomes the line and column of the same place in the user's own text.
 *
 * <p>The user's text is kept as it is wherever it is not edited, so it stays recognisable in Athena's query history,
 * and every character of it that was sent maps back exactly. A position inside text the wizard added maps to the
 * place the addition was made (for a LIMIT added at the end: just after the user's last token).
 */
public final class SentSql {
    private final String userSql;
    private final String sql;
    private final List<TextEdit> edits;
    private final int keptEnd;
    private final LineIndex userLines;
    private final LineIndex sentLines;

    /**
     * @param userSql the user's text
     * @param keptEnd what is sent ends here in the user's text (the rest is trailing {@code ;}s, comments, blanks)
     * @param edits   non-overlapping edits inside {@code [0, keptEnd]}
     */
    SentSql(String userSql, int keptEnd, List<TextEdit> edits) {
        this.userSql = Objects.requireNonNull(userSql, "userSql");
        this.keptEnd = keptEnd;
        this.edits = edits.stream().sorted(Comparator.comparingInt(TextEdit::start)).toList();
        StringBuilder sent = new StringBuilder(keptEnd + 32);
        int copied = 0;
        for (TextEdit edit : this.edits) {
            sent.append(userSql, copied, edit.start()).append(edit.replacement());
            copied = edit.end();
        }
        sent.append(userSql, copied, keptEnd);
        this.sql = sent.toString();
        this.userLines = new LineIndex(userSql);
        this.sentLines = new LineIndex(sql);
    }

    /** The text to send as the {@code QueryString}. */
    public String sql() {
        return sql;
    }

    /** The user's text it was made from. */
    public String userSql() {
        return userSql;
    }

    /** Whether anything other than trailing {@code ;}s, comments and blanks was changed. */
    public boolean editsQuery() {
        return !edits.isEmpty();
    }

    /** The offset in the user's text of an offset in {@link #sql()}. */
    public int toUserOffset(int sentOffset) {
        int delta = 0;
        for (TextEdit edit : edits) {
            int sentStart = edit.start() + delta;
            if (sentOffset < sentStart) {
                break;
            }
            if (sentOffset < sentStart + edit.replacement().length()) {
                return edit.start(); // inside text the wizard wrote: point at where it went
            }
            delta += edit.delta();
        }
        return Math.max(0, Math.min(sentOffset - delta, keptEnd));
    }

    /** The line and column in the user's text of a line and column Athena reported against {@link #sql()}. */
    public SqlPosition toUserPosition(SqlPosition sent) {
        return userLines.position(toUserOffset(sentLines.offset(sent)));
    }

    /**
     * The same failure, with its position and the positions in its message moved to the user's text. Athena's own
     * words ({@link AthenaFailure#athenaMessage()}) are left as Athena wrote them, about the text it was sent.
     */
    public AthenaFailure toUserFailure(AthenaFailure failure) {
        if (failure.position().isEmpty()) {
            return failure;
        }
        SqlPosition sent = failure.position().get();
        SqlPosition user = toUserPosition(sent);
        if (user.equals(sent)) {
            return failure;
        }
        String message = failure.getMessage()
                .replaceAll(Pattern.quote(sent.toString()) + "(?!\\d)", Matcher.quoteReplacement(user.toString()))
                .replaceAll(Pattern.quote("line " + sent.line() + ":" + sent.column()) + "(?!\\d)",
                        Matcher.quoteReplacement("line " + user.line() + ":" + user.column()));
        return failure.withMessage(message).at(user);
    }

    @Override
    public String toString() {
        return sql;
    }
}

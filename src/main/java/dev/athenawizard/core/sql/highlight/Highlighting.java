package dev.athenawizard.core.sql.highlight;

/**
 * The styles of one text: its tokens, each with a {@link HighlightStyle}, covering the text without gaps. Computed off
 * the screen's thread; {@link #changedSince} then tells the screen the one range whose styles differ from what it
 * shows, so a keystroke in a 5,000-line query restyles a few characters, not the whole text.
 */
public final class Highlighting {
    private static final HighlightStyle[] STYLES = HighlightStyle.values();

    private final SqlTokens tokens;
    private final byte[] styles;

    Highlighting(SqlTokens tokens, byte[] styles) {
        this.tokens = tokens;
        this.styles = styles;
    }

    /** The highlighting of an empty text. */
    public static Highlighting empty() {
        return SqlHighlighter.highlight("");
    }

    public SqlTokens tokens() {
        return tokens;
    }

    public int length() {
        return tokens.text().length();
    }

    public int runCount() {
        return tokens.size();
    }

    public int runStart(int run) {
        return tokens.start(run);
    }

    public int runEnd(int run) {
        return tokens.end(run);
    }

    public HighlightStyle style(int run) {
        return STYLES[styles[run]];
    }

    /** The style of the character at {@code offset}. */
    public HighlightStyle styleAt(int offset) {
        int run = tokens.tokenAt(offset);
        return run < 0 ? HighlightStyle.PLAIN : style(run);
    }

    /**
     * The range of this text whose styles may differ from {@code previous}'s: runs equal at the start (same place,
     * length and style) and equal at the end (same distance from the end) are left out. Edits made in between must be
     * restyled too — a changed letter inside an unchanged identifier is the same run — which is the caller's part.
     *
     * @return {@code [from, to)} in this text's offsets; empty ({@code from == to}) when nothing differs
     */
    public TextRange changedSince(Highlighting previous) {
        int n = runCount();
        int m = previous.runCount();
        int head = 0;
        while (head < n && head < m && runStart(head) == previous.runStart(head)
                && runEnd(head) == previous.runEnd(head) && styles[head] == previous.styles[head]) {
            head++;
        }
        int length = length();
        int oldLength = previous.length();
        int tail = 0;
        while (tail < n - head && tail < m - head) {
            int a = n - 1 - tail;
            int b = m - 1 - tail;
            if (length - runStart(a) != oldLength - previous.runStart(b)
                    || runEnd(a) - runStart(a) != previous.runEnd(b) - previous.runStart(b)
                    || styles[a] != previous.styles[b]) {
                break;
            }
            tail++;
        }
        int from = head == 0 ? 0 : runEnd(head - 1);
        int to = tail == 0 ? length : runStart(n - tail);
        return new TextRange(from, Math.max(from, to));
    }
}

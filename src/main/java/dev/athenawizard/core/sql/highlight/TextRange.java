package dev.athenawizard.core.sql.highlight;

/**
 * A range of characters {@code [start, end)} of a text.
 */
public record TextRange(int start, int end) {
    public static final TextRange EMPTY = new TextRange(0, 0);

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a range: [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int length() {
        return end - start;
    }

    /** The smallest range covering both; an empty range adds nothing. */
    public TextRange union(TextRange other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * Where this range lies after {@code removed} characters at {@code position} were replaced by {@code inserted}
     * ones: moved along when the edit is before it, stretched or shrunk when the edit is inside it.
     */
    public TextRange afterEdit(int position, int removed, int inserted) {
        int s = start <= position ? start : start >= position + removed ? start + inserted - removed : position;
        int e = end <= position ? end : end >= position + removed ? end + inserted - removed : position + inserted;
        return new TextRange(s, Math.max(s, e));
    }
}

package dev.athenawizard.ui.controls.sql;

/**
 * Where the caret goes when the whole text is reformatted: after as many non-space characters as it was after
 * before (formatting changes only spaces and line breaks), so it stays on the same token.
 */
final class CaretAnchor {
    private CaretAnchor() {
    }

    static int inFormatted(String before, int caret, String after) {
        int significant = 0;
        for (int i = 0; i < Math.min(caret, before.length()); i++) {
            if (!Character.isWhitespace(before.charAt(i))) {
                significant++;
            }
        }
        int seen = 0;
        for (int i = 0; i < after.length(); i++) {
            if (seen == significant) {
                return i;
            }
            if (!Character.isWhitespace(after.charAt(i))) {
                seen++;
            }
        }
        return after.length();
    }
}

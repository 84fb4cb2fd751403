package dev.athenawizard.ui.controls.sql;

/**
 * Where the caret goes when the whole text is reformatted (formatting changes only spaces and line breaks): after as
 * many non-space characters as before, and — when it sat right before a token — right before that token again, so it
 * stays where it was in the query.
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
        boolean beforeToken = caret < before.length() && !Character.isWhitespace(before.charAt(caret));
        int seen = 0;
        for (int i = 0; i < after.length(); i++) {
            boolean space = Character.isWhitespace(after.charAt(i));
            if (seen == significant && (!beforeToken || !space)) {
                return i;
            }
            if (!space) {
                seen++;
            }
        }
        return after.length();
    }
}

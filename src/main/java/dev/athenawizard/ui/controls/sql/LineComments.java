package dev.athenawizard.ui.controls.sql;

/**
 * Ctrl+/ on the lines a selection touches: if every non-blank one starts with {@code --}, those marks go; otherwise
 * each gets {@code -- } at the smallest indentation of the block, so a commented block stays aligned. One edit, so
 * one undo step.
 */
final class LineComments {
    private LineComments() {
    }

    /**
     * @param from        start of the lines' text in the whole text
     * @param to          end of the lines' text
     * @param replacement their new text
     * @param selectFrom  where the selection starts afterwards
     * @param selectTo    where it ends
     */
    record Edit(int from, int to, String replacement, int selectFrom, int selectTo) {
    }

    static Edit toggle(String text, int selectionStart, int selectionEnd) {
        int from = text.lastIndexOf('\n', Math.max(0, selectionStart - 1)) + 1;
        if (selectionStart == 0) {
            from = 0;
        }
        int lastChar = selectionEnd > selectionStart && text.charAt(selectionEnd - 1) == '\n'
                ? selectionEnd - 1 : selectionEnd; // a selection ending at a line start leaves that line alone
        int to = text.indexOf('\n', Math.max(lastChar, from));
        to = to < 0 ? text.length() : to;
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean allCommented = true;
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int lead = leading(line);
            indent = Math.min(indent, lead);
            allCommented &= line.startsWith("--", lead);
        }
        if (indent == Integer.MAX_VALUE) {
            return new Edit(from, to, text.substring(from, to), selectionStart, selectionEnd);
        }
        StringBuilder out = new StringBuilder();
        int shiftFirst = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String changed = line;
            if (!line.isBlank()) {
                int lead = leading(line);
                if (allCommented) {
                    int cut = line.startsWith("-- ", lead) ? 3 : 2;
                    changed = line.substring(0, lead) + line.substring(lead + cut);
                } else {
                    changed = line.substring(0, indent) + "-- " + line.substring(indent);
                }
            }
            if (i == 0) {
                shiftFirst = changed.length() - line.length();
            }
            out.append(changed);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        int delta = out.length() - (to - from);
        int selectFrom = Math.max(from, selectionStart + shiftFirst);
        int selectTo = selectionEnd == selectionStart ? selectFrom : Math.max(selectFrom, selectionEnd + delta);
        return new Edit(from, to, out.toString(), selectFrom, selectTo);
    }

    private static int leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}

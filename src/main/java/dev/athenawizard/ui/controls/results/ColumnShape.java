package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.ResultColumn;
import java.util.List;

/**
 * What a result column's header says and how wide it starts, from its name, its Athena type and a sample of its
 * values — without measuring text on screen, so 50 columns are laid out at once. An array column whose sampled values
 * all have the same length says so ({@code array[768]}): the Mapping step's tensor dimension.
 */
record ColumnShape(String name, String typeLabel, double width, boolean numeric) {
    static final int SAMPLE_ROWS = 50;
    /** The widest common character of the grid's 13 px font (a digit): a UUID's column then shows it whole. */
    private static final double CHAR_WIDTH = 8.3;
    /** A value this long is wider than the widest column anyway: its display form need not be worked out. */
    private static final int WIDE = (int) (340 / CHAR_WIDTH);
    private static final double PADDING = 22;
    private static final double MIN_WIDTH = 64;
    private static final double MAX_WIDTH = 340;

    static ColumnShape of(ResultColumn column, int index, List<List<String>> rows) {
        String base = ValueFormat.baseType(column.type());
        int longest = Math.max(column.name().length(), column.type().length() + 6);
        int length = -1;
        boolean sameLength = base.equals("array");
        for (int r = 0; r < Math.min(SAMPLE_ROWS, rows.size()); r++) {
            String value = rows.get(r).get(index);
            if (value == null) {
                longest = Math.max(longest, 4);
                continue;
            }
            longest = Math.max(longest, value.length() > 4 * WIDE ? WIDE
                    : ValueFormat.display(value, column.type()).length());
            if (sameLength) {
                int n = elements(value);
                sameLength = length < 0 || n == length;
                length = n;
            }
        }
        String typeLabel = column.type() + (sameLength && length >= 0 ? "[" + length + "]" : "");
        double width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest * CHAR_WIDTH + PADDING));
        return new ColumnShape(column.name(), typeLabel, width, ValueFormat.isNumeric(column.type()));
    }

    /** Top-level elements of {@code [a, b, [c, d]]}: 3. */
    static int elements(String array) {
        if (array.length() < 2 || array.substring(1, array.length() - 1).isBlank()) {
            return 0;
        }
        int depth = 0;
        int count = 1;
        for (int i = 1; i < array.length() - 1; i++) {
            char c = array.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }
}

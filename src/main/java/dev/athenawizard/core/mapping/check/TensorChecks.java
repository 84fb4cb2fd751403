package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.mapping.profile.NestedValue;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.List;

/** A tensor's declared dimensions against every preview row (an embedding one element short is the classic). */
final class TensorChecks {
    private TensorChecks() {
    }

    static void lengths(String column, List<Integer> dims, PreviewProfile preview, List<Check> out) {
        String declared = dims.size() == 1 ? "length " + dims.get(0) : "shape " + Words.shape(dims);
        // when the profile saw every array with exactly this shape, there is no row to look for
        boolean allFit = preview.column(column).flatMap(p -> p.arrays())
                .map(a -> a.regular() && a.shape().equals(dims) && a.unreadable() == 0).orElse(false);
        List<RowValue> wrong = allFit ? List.of()
                : preview.rowsWhere(column, v -> v != null && !dims.equals(shape(v)), Integer.MAX_VALUE);
        List<RowValue> nulls = preview.rowsWhere(column, v -> v == null, Integer.MAX_VALUE);
        if (!wrong.isEmpty()) {
            String rows = wrong.stream().limit(3).map(r -> "row " + r.row() + " has " + shapeOf(r))
                    .reduce((a, b) -> a + ", " + b).orElse("") + (wrong.size() > 3 ? ", …" : "");
            out.add(Check.rows(Severity.ERROR, Topic.TENSOR_LENGTH, column, column + " is declared as a tensor of "
                    + declared + ", but " + Words.count(wrong.size(), "row") + " of " + preview.rowCount()
                    + (wrong.size() == 1 ? " differs" : " differ") + " (" + rows + ").", wrong, wrong.size()));
        }
        if (!nulls.isEmpty()) {
            out.add(Check.rows(Severity.WARNING, Topic.TENSOR_LENGTH, column, column + " is NULL in "
                    + IdentityChecks.rowList(nulls) + ": those predictions have no " + column + ".", nulls,
                    nulls.size()));
        }
        int checked = preview.rowCount() - nulls.size();
        if (wrong.isEmpty() && checked > 0) {
            out.add(Check.of(Severity.OK, Topic.TENSOR_LENGTH, column, column + " has " + declared + " in every one "
                    + "of " + Words.count(checked, "preview row") + "."));
        }
    }

    private static String shapeOf(RowValue r) {
        NestedValue.ArrayValue a = NestedValue.array(r.value());
        if (a == null) {
            return "a value that is not an array";
        }
        return a.shape().isEmpty() ? "inner arrays of different lengths"
                : a.shape().size() == 1 ? "length " + a.length() : "shape " + Words.shape(a.shape());
    }

    private static List<Integer> shape(String value) {
        NestedValue.ArrayValue a = NestedValue.array(value);
        return a == null ? List.of() : a.shape();
    }
}

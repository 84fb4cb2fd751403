package dev.athenawizard.core.mapping.types;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.profile.ArraySummary;
import dev.athenawizard.core.mapping.profile.AthenaText;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.NestedValue;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Judges whether an Aporia type can hold a column, naming an offending row when it cannot. */
final class TypeFits {
    private static final String NOTHING_TO_CHECK = "no values in the preview to check it against";

    private final PreviewProfile preview;

    TypeFits(PreviewProfile preview) {
        this.preview = preview;
    }

    TypeFit fit(ColumnProfile p, FieldSchema schema) {
        if (p.kind() == ValueKind.UNKNOWN) {
            return schema.type().hasDimensions() && schema.dimensions().isEmpty()
                    ? TypeFit.refuse(schema, "no arrays in the preview to measure; give the tensor's dimensions")
                    : TypeFit.warn(schema, NOTHING_TO_CHECK);
        }
        TypeFit fit = byType(p, schema);
        // the Athena type allows it, but a column of NULLs proves nothing more
        return fit.verdict() == TypeFit.Verdict.FITS && p.allNull() ? TypeFit.warn(fit.schema(), NOTHING_TO_CHECK)
                : fit;
    }

    private TypeFit byType(ColumnProfile p, FieldSchema schema) {
        return switch (schema.type()) {
            case NUMERIC -> numeric(p, schema);
            case CATEGORICAL -> categorical(p, schema);
            case STRING -> string(p, schema);
            case BOOLEAN -> bool(p, schema);
            case DATETIME -> datetime(p, schema);
            case TEXT -> text(p, schema);
            case DICT -> dict(p, schema);
            case VECTOR -> vector(p, schema);
            case TENSOR -> tensor(p, schema);
        };
    }

    private TypeFit numeric(ColumnProfile p, FieldSchema s) {
        if (p.kind() == ValueKind.NUMBER) {
            return TypeFit.fits(s, "Athena type " + p.athenaType() + " holds numbers");
        }
        if (p.kind() == ValueKind.TEXT) {
            if (p.parsability().allNumbers()) {
                return TypeFit.warn(s, "every value is a number, but stored as text: consider CAST("
                        + p.name() + " AS double) in the query");
            }
            return mismatch(s, p, v -> !AthenaText.isNumber(v), "is not a number");
        }
        return TypeFit.refuse(s, notWhat(p, "numbers") + better(p));
    }

    private TypeFit categorical(ColumnProfile p, FieldSchema s) {
        if (p.kind() == ValueKind.NUMBER) {
            if (p.integral()) {
                return TypeFit.fits(s, "whole numbers: " + Words.count(p.distinct(), "category") + " in the preview");
            }
            return mismatch(s, p, v -> AthenaText.isNumber(v) && !isWhole(v),
                    "is not a whole number (categorical holds whole-number categories; for measurements choose "
                            + "numeric)");
        }
        if (p.kind() == ValueKind.TEXT) {
            if (p.parsability().allIntegers()) {
                return TypeFit.warn(s, "whole numbers stored as text: consider CAST(" + p.name()
                        + " AS bigint) in the query");
            }
            return mismatch(s, p, v -> !AthenaText.isInteger(v),
                    "is not a whole number (categorical holds whole-number categories; for text categories choose "
                            + "string)");
        }
        return TypeFit.refuse(s, notWhat(p, "whole-number categories") + better(p));
    }

    private TypeFit string(ColumnProfile p, FieldSchema s) {
        return switch (p.kind()) {
            case TEXT -> p.unique() && p.nonNull() >= 20
                    ? TypeFit.warn(s, "every value differs (" + p.distinct() + " of " + p.nonNull()
                            + "): an id or free text rather than a category")
                    : TypeFit.fits(s, Words.count(p.distinct(), "distinct value") + " as categories");
            case NUMBER -> p.integral()
                    ? TypeFit.fits(s, "whole numbers used as category labels")
                    : TypeFit.warn(s, "decimal numbers as category labels: numeric usually fits better");
            case BOOLEAN -> TypeFit.warn(s, "true/false as two text categories: boolean fits better");
            case DATETIME -> TypeFit.warn(s, "points in time as text categories: datetime fits better");
            default -> TypeFit.refuse(s, "each value is one of " + p.kind().plural()
                    + ", not one category" + better(p));
        };
    }

    private TypeFit bool(ColumnProfile p, FieldSchema s) {
        return switch (p.kind()) {
            case BOOLEAN -> TypeFit.fits(s, "Athena type boolean");
            case NUMBER -> p.numbers().map(n -> n.zeroOrOne()).orElse(false)
                    ? TypeFit.fits(s, "only 0 and 1 in the preview")
                    : mismatch(s, p, v -> !(AthenaText.isNumber(v) && AthenaText.isZeroOrOne(Double.parseDouble(v))),
                            "is neither 0 nor 1");
            case TEXT -> p.parsability().allBooleans()
                    ? TypeFit.warn(s, "true/false stored as text: consider CAST(" + p.name()
                            + " AS boolean) in the query")
                    : mismatch(s, p, v -> !AthenaText.isBoolean(v), "is neither true nor false");
            default -> TypeFit.refuse(s, notWhat(p, "true/false values") + better(p));
        };
    }

    private TypeFit datetime(ColumnProfile p, FieldSchema s) {
        return switch (p.kind()) {
            case DATETIME -> TypeFit.fits(s, "Athena type " + p.athenaType());
            case TEXT -> p.parsability().allTimestamps()
                    ? TypeFit.fits(s, "every value is a date or timestamp written as text")
                    : mismatch(s, p, v -> !AthenaText.isTimestamp(v), "is not a date or timestamp");
            case NUMBER -> TypeFit.refuse(s, "numbers are not points in time; if they count seconds since 1970, "
                    + "convert them in the query with from_unixtime(" + p.name() + ")");
            default -> TypeFit.refuse(s, notWhat(p, "points in time") + better(p));
        };
    }

    private TypeFit text(ColumnProfile p, FieldSchema s) {
        if (p.kind() != ValueKind.TEXT) {
            return TypeFit.refuse(s, "text is for free text; " + notWhat(p, "text") + better(p));
        }
        boolean labels = p.text().map(t -> !t.freeText()).orElse(false) && !p.unique();
        return labels
                ? TypeFit.warn(s, "short values repeated across rows read like categories: string fits better")
                : TypeFit.fits(s, "free text");
    }

    private TypeFit dict(ColumnProfile p, FieldSchema s) {
        if (!p.kind().isKeyed()) {
            return TypeFit.refuse(s, "dict maps names to numbers; " + notWhat(p, "maps") + better(p));
        }
        ValueKind values = p.keyed().orElseThrow().valueKind();
        if (values == ValueKind.NUMBER) {
            return TypeFit.fits(s, "names mapped to numbers");
        }
        if (values == ValueKind.UNKNOWN) {
            return TypeFit.warn(s, "every map in the preview is NULL or empty: " + NOTHING_TO_CHECK);
        }
        return TypeFit.refuse(s, "dict maps names to numbers, but these values are " + values.plural()
                + firstExample(p, v -> Optional.ofNullable(NestedValue.keyed(v))
                        .map(k -> k.valueKind() != ValueKind.NUMBER && k.valueKind() != ValueKind.UNKNOWN)
                        .orElse(true)));
    }

    private TypeFit vector(ColumnProfile p, FieldSchema s) {
        if (p.kind() != ValueKind.ARRAY) {
            return TypeFit.refuse(s, "vector is an array of numbers; " + notWhat(p, "arrays") + better(p));
        }
        ArraySummary a = p.arrays().orElseThrow();
        if (a.nested()) {
            return TypeFit.refuse(s, "vector is a flat array of numbers, but these arrays hold arrays"
                    + (a.regular() ? ": choose tensor " + a.shape() : ""));
        }
        if (a.leafKind() == ValueKind.NUMBER) {
            return TypeFit.fits(s, "arrays of numbers, " + lengths(a));
        }
        if (a.leafKind() == ValueKind.UNKNOWN) {
            return TypeFit.warn(s, "every array in the preview is NULL or empty: " + NOTHING_TO_CHECK);
        }
        return TypeFit.refuse(s, "vector holds numbers, but these arrays hold " + a.leafKind().plural()
                + firstExample(p, v -> nonNumericArray(v)));
    }

    private TypeFit tensor(ColumnProfile p, FieldSchema s) {
        if (p.kind() != ValueKind.ARRAY) {
            return TypeFit.refuse(s, "tensor is an array of numbers of one shape; " + notWhat(p, "arrays")
                    + better(p));
        }
        ArraySummary a = p.arrays().orElseThrow();
        if (a.leafKind() != ValueKind.NUMBER && a.leafKind() != ValueKind.UNKNOWN) {
            return TypeFit.refuse(s, "tensor holds numbers, but these arrays hold " + a.leafKind().plural()
                    + firstExample(p, v -> nonNumericArray(v)));
        }
        if (a.length().max() == 0 && !a.regular()) {
            return s.dimensions().isEmpty()
                    ? TypeFit.refuse(s, "every array in the preview is NULL or empty, so there is nothing to measure; "
                            + "give the tensor's dimensions")
                    : TypeFit.warn(s, "every array in the preview is NULL or empty: " + NOTHING_TO_CHECK);
        }
        if (!a.regular()) {
            return TypeFit.refuse(s, "a tensor needs one shape in every row, but " + lengthsVary(p, a)
                    + "; choose vector for arrays of varying length");
        }
        if (s.dimensions().isEmpty()) {
            return TypeFit.fits(FieldSchema.tensor(a.shape()), "arrays of numbers, " + shapeText(a.shape())
                    + " in every row");
        }
        if (!s.dimensions().equals(a.shape())) {
            return TypeFit.refuse(s, "every row has " + shapeText(a.shape()) + ", not " + shapeText(s.dimensions()));
        }
        return TypeFit.fits(s, "arrays of numbers, " + shapeText(a.shape()) + " in every row");
    }

    /** The most common shape, and the first row that has another. */
    private String lengthsVary(ColumnProfile p, ArraySummary a) {
        List<String> values = preview.values(p.name());
        Map<List<Integer>, Integer> shapes = new HashMap<>();
        for (String v : values) {
            NestedValue.ArrayValue array = NestedValue.array(v);
            if (array != null) {
                shapes.merge(array.shape(), 1, Integer::sum);
            }
        }
        List<Integer> usual = shapes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(List.of());
        Optional<RowValue> odd = preview.firstNonNullWhere(p.name(), v -> {
            NestedValue.ArrayValue array = NestedValue.array(v);
            return array == null || !array.shape().equals(usual);
        });
        String range = "lengths vary from " + a.length().min() + " to " + a.length().max();
        return odd.map(r -> range + " (row " + r.row() + " has "
                        + describeShape(NestedValue.array(r.value())) + ", most rows " + shapeText(usual) + ")")
                .orElse(range);
    }

    private static String describeShape(NestedValue.ArrayValue array) {
        if (array == null) {
            return "a value that is not an array";
        }
        return array.shape().isEmpty() ? "inner arrays of different lengths" : shapeText(array.shape());
    }

    static String shapeText(List<Integer> shape) {
        if (shape.isEmpty()) {
            return "no regular shape";
        }
        return shape.size() == 1 ? "length " + shape.get(0) : "shape " + Words.shape(shape);
    }

    private static String lengths(ArraySummary a) {
        return a.length().constant() ? "length " + a.length().min() + " in every row"
                : "length " + a.length().min() + " to " + a.length().max();
    }

    private static boolean nonNumericArray(String v) {
        NestedValue.ArrayValue array = NestedValue.array(v);
        return array == null || (array.leafKind() != ValueKind.NUMBER && array.leafKind() != ValueKind.UNKNOWN);
    }

    private static boolean isWhole(String v) {
        double d = Double.parseDouble(v);
        return Double.isFinite(d) && d == Math.rint(d);
    }

    private TypeFit mismatch(FieldSchema s, ColumnProfile p, Predicate<String> wrong, String what) {
        if (p.allNull()) {
            return TypeFit.warn(s, NOTHING_TO_CHECK);
        }
        Optional<RowValue> first = preview.firstNonNullWhere(p.name(), wrong);
        return first.map(r -> TypeFit.refuse(s, r.describe() + " " + what))
                .orElseGet(() -> TypeFit.refuse(s, "the values are " + p.valueKind().plural() + ", " + what));
    }

    private String firstExample(ColumnProfile p, Predicate<String> wrong) {
        return preview.firstNonNullWhere(p.name(), wrong).map(r -> " (e.g. row " + r.row() + ")").orElse("");
    }

    private static String notWhat(ColumnProfile p, String wanted) {
        return "this column holds " + p.valueKind().plural() + " (Athena type " + p.athenaType() + "), not " + wanted;
    }

    /** The type that would fit, when there is one, as a hint after a refusal. */
    private static String better(ColumnProfile p) {
        return TypeProposals.propose(p).map(c -> "; choose " + c.schema().label()).orElse("");
    }
}

package dev.athenawizard.core.mapping.types;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.profile.ArraySummary;
import dev.athenawizard.core.mapping.profile.AthenaTypes;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.KeyedSummary;
import dev.athenawizard.core.mapping.profile.TextSummary;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.Optional;

/** The Aporia type a column's Athena type and values call for; decided on the profile alone, so it is cheap. */
final class TypeProposals {
    private TypeProposals() {
    }

    static Optional<TypeChoice> propose(ColumnProfile p) {
        String athena = "Athena type " + p.athenaType();
        return switch (p.kind()) {
            case BOOLEAN -> choice(AporiaFieldType.BOOLEAN, athena);
            case NUMBER -> number(p, athena);
            case DATETIME -> choice(AporiaFieldType.DATETIME, athena);
            case TEXT -> text(p);
            case ARRAY -> array(p.arrays().orElseThrow());
            case MAP, ROW -> keyed(p, p.keyed().orElseThrow());
            default -> Optional.empty();
        };
    }

    private static Optional<TypeChoice> number(ColumnProfile p, String athena) {
        boolean flag = AthenaTypes.isIntegral(p.athenaType()) && p.distinct() == 2
                && p.numbers().map(n -> n.zeroOrOne()).orElse(false);
        if (flag) {
            return choice(AporiaFieldType.BOOLEAN, athena + " holding only 0 and 1 in "
                    + Words.count(p.nonNull(), "row") + ": a yes/no flag");
        }
        return choice(AporiaFieldType.NUMERIC, athena + ": numbers");
    }

    private static Optional<TypeChoice> text(ColumnProfile p) {
        var parsed = p.parsability();
        if (p.allNull()) {
            return choice(AporiaFieldType.STRING, "varchar with no values in the preview to tell more: taken as "
                    + "categories with text values");
        }
        if (parsed.allBooleans()) {
            return choice(AporiaFieldType.BOOLEAN, "varchar, but every value is true or false");
        }
        if (parsed.allTimestamps()) {
            return choice(AporiaFieldType.DATETIME, "varchar, but every value is a date or timestamp");
        }
        if (parsed.allNumbers() && parsed.leadingZeros() == 0) {
            return choice(AporiaFieldType.NUMERIC, "varchar, but every value is a number");
        }
        if (parsed.allNumbers()) {
            return choice(AporiaFieldType.STRING, "numbers written with leading zeros (like '007'): codes, "
                    + "not quantities");
        }
        TextSummary text = p.text().orElseThrow();
        if (text.freeText()) {
            return choice(AporiaFieldType.TEXT, "free text: " + Words.number(Math.round(text.meanWords()))
                    + " words, " + Words.number(Math.round(text.length().mean())) + " characters on average");
        }
        return choice(AporiaFieldType.STRING, "short text with " + Words.count(p.distinct(), "distinct value")
                + " in " + Words.count(p.nonNull(), "row") + ": categories");
    }

    private static Optional<TypeChoice> array(ArraySummary a) {
        if (a.leafKind() != ValueKind.NUMBER) {
            return Optional.empty();
        }
        if (a.regular()) {
            String length = a.shape().size() == 1 ? "length " + a.shape().get(0) : "shape " + Words.shape(a.shape());
            return Optional.of(new TypeChoice(FieldSchema.tensor(a.shape()),
                    "array of numbers, " + length + " in every row"));
        }
        if (a.length().max() == 0) {
            return choice(AporiaFieldType.VECTOR, "array of numbers (declared type); every array in the preview is "
                    + "NULL or empty, so its length is unknown");
        }
        if (a.nested()) {
            return Optional.empty();
        }
        return choice(AporiaFieldType.VECTOR, "array of numbers whose length varies from " + a.length().min()
                + " to " + a.length().max());
    }

    private static Optional<TypeChoice> keyed(ColumnProfile p, KeyedSummary k) {
        if (k.valueKind() != ValueKind.NUMBER) {
            return Optional.empty();
        }
        String what = p.kind() == ValueKind.ROW ? "row of named numbers" : "map of names to numbers";
        String keys = k.keys().isEmpty() ? "" : " (" + Words.list(k.keys().stream().limit(3).toList())
                + (k.distinctKeys() > 3 ? ", …" : "") + ")";
        return choice(AporiaFieldType.DICT, what + keys);
    }

    /** Why no Aporia type fits a column that {@link #propose} had nothing for. */
    static String noTypeReason(ColumnProfile p) {
        return switch (p.kind()) {
            case UNKNOWN -> "Athena gives this column no type (a bare NULL in the query?), so no Aporia type can be "
                    + "chosen";
            case BINARY -> "binary data has no Aporia type; encode it in the query (e.g. to_hex) to keep it as text";
            case ARRAY -> arrayNoType(p.arrays().orElseThrow());
            case MAP, ROW -> "a " + (p.kind() == ValueKind.ROW ? "row" : "map") + " whose values are "
                    + p.keyed().orElseThrow().valueKind().plural() + " has no Aporia type (dict maps names to "
                    + "numbers); turn it into text in the query, e.g. CAST(" + p.name() + " AS JSON)";
            case OTHER -> "Athena type " + p.athenaType() + " has no Aporia type; convert it in the query (to a "
                    + "number or text)";
            default -> "no Aporia type holds these values";
        };
    }

    private static String arrayNoType(ArraySummary a) {
        if (a.leafKind() == ValueKind.UNKNOWN) {
            return "every array in the preview is NULL or empty, so what it holds cannot be told";
        }
        if (a.leafKind() == ValueKind.NUMBER) {
            return "arrays of arrays of different lengths have no Aporia type (a tensor needs one shape)";
        }
        return "an array of " + a.leafKind().plural() + " has no Aporia type (tensor and vector hold numbers); "
                + "join it into text in the query, e.g. array_join(…, ', ')";
    }

    private static Optional<TypeChoice> choice(AporiaFieldType type, String reason) {
        return Optional.of(new TypeChoice(FieldSchema.of(type), reason));
    }
}

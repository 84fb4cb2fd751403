package dev.athenawizard.core.mapping.types;

import dev.athenawizard.core.aporia.schema.FieldSchema;

/**
 * Whether an Aporia type can hold a column's values, judged on the preview rows.
 *
 * @param schema  the type asked about (a tensor with the dimensions that would be used)
 * @param verdict fits, fits with a caveat, or refused
 * @param reason  why; for a refusal it names an offending value and its row
 */
public record TypeFit(FieldSchema schema, Verdict verdict, String reason) {
    public enum Verdict {
        FITS,
        /** Usable, with something the user should know (values stored as text, nothing to check yet). */
        FITS_WITH_WARNING,
        REFUSED
    }

    public boolean fits() {
        return verdict != Verdict.REFUSED;
    }

    static TypeFit fits(FieldSchema schema, String reason) {
        return new TypeFit(schema, Verdict.FITS, reason);
    }

    static TypeFit warn(FieldSchema schema, String reason) {
        return new TypeFit(schema, Verdict.FITS_WITH_WARNING, reason);
    }

    static TypeFit refuse(FieldSchema schema, String reason) {
        return new TypeFit(schema, Verdict.REFUSED, reason);
    }
}

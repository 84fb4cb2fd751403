package dev.athenawizard.core.mapping.types;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aporia types for the columns of one preview: the type each column calls for ({@link #propose}), and whether a
 * type the user picks can hold the column ({@link #fit}) — a type that cannot is refused with the reason and an
 * offending row. {@link #assess} judges every type at once, for a type menu that greys out what cannot fit.
 */
public final class TypeAdvisor {
    private final PreviewProfile preview;
    private final TypeFits fits;

    public TypeAdvisor(PreviewProfile preview) {
        this.preview = preview;
        this.fits = new TypeFits(preview);
    }

    /** The type a column's Athena type and values call for; empty when no Aporia type can hold it. */
    public static Optional<TypeChoice> propose(ColumnProfile column) {
        return TypeProposals.propose(column);
    }

    /** Why no type is proposed for a column ({@link #propose} was empty). */
    public static String noTypeReason(ColumnProfile column) {
        return TypeProposals.noTypeReason(column);
    }

    public Optional<TypeChoice> propose(String column) {
        return preview.column(column).flatMap(TypeProposals::propose);
    }

    /**
     * Whether the type can hold the column's preview values. A tensor without dimensions takes the shape the
     * arrays share (the returned fit carries it); with dimensions, every array must have them.
     */
    public TypeFit fit(String column, FieldSchema schema) {
        return preview.column(column).map(p -> fits.fit(p, schema))
                .orElseGet(() -> new TypeFit(schema, TypeFit.Verdict.REFUSED,
                        "the preview has no column " + column));
    }

    public TypeFit fit(ColumnProfile column, FieldSchema schema) {
        return fits.fit(column, schema);
    }

    /** Every Aporia type judged for the column, in the enum's order. */
    public List<TypeFit> assess(String column) {
        List<TypeFit> all = new ArrayList<>();
        for (AporiaFieldType type : AporiaFieldType.values()) {
            all.add(fit(column, FieldSchema.of(type)));
        }
        return all;
    }
}

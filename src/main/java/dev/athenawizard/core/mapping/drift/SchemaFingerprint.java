package dev.athenawizard.core.mapping.drift;

import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.project.SchemaSection;
import java.util.List;
import java.util.Locale;

/**
 * The fingerprint of a preview's columns that the project keeps ({@link SchemaSection}): names, Athena types, what
 * arrays and maps hold, and the shape every array had, so a later preview can be compared with it.
 */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

    public static SchemaSection of(PreviewProfile preview) {
        return new SchemaSection(preview.columns().stream().map(SchemaFingerprint::column).toList());
    }

    static SchemaSection.ResultColumn column(ColumnProfile p) {
        ValueKind inner = p.arrays().map(a -> a.leafKind())
                .or(() -> p.keyed().map(k -> k.valueKind())).orElse(ValueKind.UNKNOWN);
        List<Integer> shape = p.arrays().filter(a -> a.regular()).map(a -> a.shape()).orElse(List.of());
        return new SchemaSection.ResultColumn(p.name(), p.athenaType(), kindName(inner), shape, p.declaredType());
    }

    /** {@code number}, {@code text}, …; empty for unknown. */
    static String kindName(ValueKind kind) {
        return kind == ValueKind.UNKNOWN ? "" : kind.name().toLowerCase(Locale.ROOT);
    }
}

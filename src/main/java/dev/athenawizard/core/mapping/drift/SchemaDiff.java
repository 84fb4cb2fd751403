package dev.athenawizard.core.mapping.drift;

import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.project.SchemaSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in the query's columns since the fingerprint was saved: columns added, removed, retyped, or arrays
 * of another shape. Columns are matched by name (Aporia reads them by name; their order does not matter). What the
 * saved fingerprint does not know (files of earlier releases kept only names and types) is not reported as changed.
 *
 * @param changes the differences, saved columns first in their order, then added columns
 */
public record SchemaDiff(List<ColumnChange> changes) {
    public SchemaDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Optional<ColumnChange> forColumn(String column) {
        return changes.stream().filter(c -> c.column().equals(column)).findFirst();
    }

    public List<ColumnChange> ofKind(ColumnChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public static SchemaDiff between(SchemaSection saved, PreviewProfile now) {
        Map<String, SchemaSection.ResultColumn> before = new LinkedHashMap<>();
        saved.columns().forEach(c -> before.putIfAbsent(c.name(), c));
        List<ColumnChange> changes = new ArrayList<>();
        for (SchemaSection.ResultColumn was : before.values()) {
            Optional<ColumnProfile> is = now.column(was.name());
            if (is.isEmpty()) {
                changes.add(new ColumnChange(ColumnChange.Kind.REMOVED, was.name(), typeText(was), ""));
            } else {
                compare(was, is.get()).ifPresent(changes::add);
            }
        }
        for (ColumnProfile p : now.columns()) {
            if (!before.containsKey(p.name()) && changes.stream().noneMatch(c -> c.column().equals(p.name()))) {
                changes.add(new ColumnChange(ColumnChange.Kind.ADDED, p.name(), "", p.typeLabel()));
            }
        }
        return new SchemaDiff(changes);
    }

    private static Optional<ColumnChange> compare(SchemaSection.ResultColumn was, ColumnProfile is) {
        SchemaSection.ResultColumn now = SchemaFingerprint.column(is);
        if (!was.type().equalsIgnoreCase(now.type())) {
            return Optional.of(new ColumnChange(ColumnChange.Kind.RETYPED, was.name(), was.type(), now.type()));
        }
        if (!was.elementType().isEmpty() && !now.elementType().isEmpty()
                && !was.elementType().equals(now.elementType())) {
            return Optional.of(new ColumnChange(ColumnChange.Kind.ELEMENTS_CHANGED, was.name(),
                    plural(was.elementType()), plural(now.elementType())));
        }
        boolean measured = is.arrays().map(a -> a.length().max() > 0).orElse(false);
        if (!was.shape().isEmpty() && measured && !was.shape().equals(now.shape())) {
            String after = now.shape().isEmpty()
                    ? "lengths from " + is.arrays().get().length().min() + " to " + is.arrays().get().length().max()
                    : shapeText(now.shape());
            return Optional.of(new ColumnChange(ColumnChange.Kind.SHAPE_CHANGED, was.name(), shapeText(was.shape()),
                    after));
        }
        return Optional.empty();
    }

    private static String typeText(SchemaSection.ResultColumn c) {
        return c.shape().isEmpty() ? c.type() : c.type() + " of " + shapeText(c.shape());
    }

    static String shapeText(List<Integer> shape) {
        return shape.size() == 1 ? "length " + shape.get(0) : "shape " + Words.shape(shape);
    }

    private static String plural(String kindName) {
        return Arrays.stream(ValueKind.values()).filter(k -> SchemaFingerprint.kindName(k).equals(kindName))
                .findFirst().map(ValueKind::plural).orElse(kindName); // a name another release wrote stays as is
    }
}

package dev.athenawizard.core.mapping.model;

import dev.athenawizard.core.aporia.schema.ModelType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which result columns feed which of Aporia's model fields: the Mapping step's whole state, immutable. Every change
 * returns a new mapping, so undo is keeping the previous one.
 *
 * <p>Entries are kept grouped by role, in {@link Role}'s order; within a role, their order is that role's order (the
 * features' order is the model's feature order), so two mappings are equal when every role has the same entries in
 * the same order. Two rules hold for every mapping: at most one ID and one timestamp column (putting a
 * column there takes the role from the column that had it), and an actual is only linked to a column that is a
 * prediction (a prediction that leaves its role unlinks its actuals). Columns without an entry are unassigned.
 */
public final class Mapping {
    public static final Mapping EMPTY = new Mapping(List.of(), Optional.empty(), Set.of());

    private final List<MappedColumn> entries;
    private final Map<String, MappedColumn> byColumn;
    private final Optional<ModelType> modelType;
    private final Set<String> rejectedSuggestions;

    private Mapping(List<MappedColumn> entries, Optional<ModelType> modelType, Collection<String> rejected) {
        this.entries = List.copyOf(entries);
        Map<String, MappedColumn> index = new HashMap<>(entries.size() * 2);
        entries.forEach(e -> index.put(e.column(), e));
        this.byColumn = index;
        this.modelType = modelType;
        this.rejectedSuggestions = Collections.unmodifiableSet(new TreeSet<>(rejected));
    }

    /** A mapping of these entries, in this order; later entries win where they break the rules above. */
    public static Mapping of(List<MappedColumn> entries, Optional<ModelType> modelType, Set<String> rejected) {
        Mapping m = new Mapping(List.of(), modelType, rejected).putAll(entries);
        // links made before their prediction was put are restored once everything is in place
        for (MappedColumn e : entries) {
            if (e.role() == Role.ACTUAL && !e.linkedPrediction().isEmpty()) {
                m = m.link(e.column(), e.linkedPrediction());
            }
        }
        return m;
    }

    /** Every entry, in order. */
    public List<MappedColumn> entries() {
        return entries;
    }

    public Optional<MappedColumn> entry(String column) {
        return Optional.ofNullable(byColumn.get(column));
    }

    public Optional<Role> roleOf(String column) {
        return entry(column).map(MappedColumn::role);
    }

    /** The entries of one role, in order (a drop zone's content). */
    public List<MappedColumn> inRole(Role role) {
        return entries.stream().filter(e -> e.role() == role).toList();
    }

    public Optional<MappedColumn> idColumn() {
        return inRole(Role.ID).stream().findFirst();
    }

    public Optional<MappedColumn> timestampColumn() {
        return inRole(Role.TIMESTAMP).stream().findFirst();
    }

    /** The actuals linked to a prediction column. */
    public List<MappedColumn> actualsOf(String predictionColumn) {
        return entries.stream().filter(e -> e.role() == Role.ACTUAL && e.linkedPrediction().equals(predictionColumn))
                .toList();
    }

    /** Columns of {@code columns} that have no entry, in that order. */
    public List<String> unassigned(List<String> columns) {
        return columns.stream().filter(c -> !byColumn.containsKey(c)).toList();
    }

    /** The model type chosen so far. */
    public Optional<ModelType> modelType() {
        return modelType;
    }

    /** Keys ({@code Suggestion.key()}) of suggestions the user rejected, so they are not offered again. */
    public Set<String> rejectedSuggestions() {
        return rejectedSuggestions;
    }

    /**
     * The entry put in place of the column's current one: where it was when the role stays, otherwise at the end of
     * its role.
     */
    public Mapping put(MappedColumn entry) {
        return put(entry, -1);
    }

    /**
     * The entry put at a position among the entries of its role (0 = first; negative or past the end = where it was
     * if the role stays, else last).
     */
    public Mapping put(MappedColumn entry, int positionInRole) {
        Objects.requireNonNull(entry, "entry");
        List<MappedColumn> list = new ArrayList<>(entries);
        place(list, entry, positionInRole);
        return new Mapping(list, modelType, rejectedSuggestions);
    }

    /** Each entry {@link #put} in turn, in one step (accepting 2,000 suggestions builds one mapping, not 2,000). */
    public Mapping putAll(List<MappedColumn> toPut) {
        return putAll(toPut, -1);
    }

    /**
     * The entries put one after the other from a position in their role (as {@link #put(MappedColumn, int)}: a drop
     * of several columns at one place keeps their order).
     */
    public Mapping putAll(List<MappedColumn> toPut, int positionInRole) {
        List<MappedColumn> list = new ArrayList<>(entries);
        int at = positionInRole;
        for (MappedColumn e : toPut) {
            place(list, Objects.requireNonNull(e, "entry"), at);
            if (at >= 0) {
                at++;
            }
        }
        return new Mapping(list, modelType, rejectedSuggestions);
    }

    private static void place(List<MappedColumn> list, MappedColumn entry, int positionInRole) {
        int old = indexOf(list, entry.column());
        MappedColumn previous = old < 0 ? null : list.remove(old);
        Role role = entry.role();
        if (role.isSingle()) {
            list.removeIf(e -> e.role() == role);
        }
        if (previous != null && previous.role() == Role.PREDICTION && role != Role.PREDICTION) {
            unlinkFrom(list, entry.column());
        }
        if (role == Role.ACTUAL && !entry.linkedPrediction().isEmpty()
                && !isPrediction(list, entry.linkedPrediction())) {
            entry = entry.withLink("");
        }
        int blockStart = -1;
        int blockEnd = list.size();
        for (int i = 0; i < list.size(); i++) {
            int ordinal = list.get(i).role().ordinal();
            if (ordinal == role.ordinal() && blockStart < 0) {
                blockStart = i;
            }
            if (ordinal > role.ordinal()) {
                blockEnd = i;
                break;
            }
        }
        int inRole = blockStart < 0 ? 0 : blockEnd - blockStart;
        int at;
        if (positionInRole >= 0 && positionInRole < inRole) {
            at = blockStart + positionInRole;
        } else if (positionInRole < 0 && previous != null && previous.role() == role) {
            at = Math.min(old, list.size());
        } else {
            at = blockEnd;
        }
        list.add(at, entry);
    }

    /** Without the column's entry (unassigned); its actuals are unlinked if it was a prediction. */
    public Mapping remove(String column) {
        return removeAll(List.of(column));
    }

    /** Without these columns' entries, in one step. */
    public Mapping removeAll(Collection<String> columns) {
        Set<String> gone = new HashSet<>(columns);
        if (gone.stream().noneMatch(byColumn::containsKey)) {
            return this;
        }
        List<MappedColumn> list = new ArrayList<>(entries.size());
        for (MappedColumn e : entries) {
            if (!gone.contains(e.column())) {
                list.add(e);
            }
        }
        for (String column : gone) {
            MappedColumn removed = byColumn.get(column);
            if (removed != null && removed.role() == Role.PREDICTION) {
                unlinkFrom(list, column);
            }
        }
        return new Mapping(list, modelType, rejectedSuggestions);
    }

    /** The actual linked to the prediction column (or unlinked, for an empty one); unchanged when not possible. */
    public Mapping link(String actualColumn, String predictionColumn) {
        Optional<MappedColumn> actual = entry(actualColumn).filter(e -> e.role() == Role.ACTUAL);
        if (actual.isEmpty() || (!predictionColumn.isEmpty() && !isPrediction(entries, predictionColumn))) {
            return this;
        }
        return put(actual.get().withLink(predictionColumn));
    }

    /**
     * The entries of a role rearranged into this order (the columns of the role, each once); the other roles' entries
     * stay where they are.
     */
    public Mapping reorder(Role role, List<String> columnsInOrder) {
        List<MappedColumn> current = inRole(role);
        if (current.size() != columnsInOrder.size() || !current.stream().map(MappedColumn::column)
                .collect(Collectors.toSet()).equals(new HashSet<>(columnsInOrder))) {
            throw new IllegalArgumentException("not an order of the " + role + " columns: " + columnsInOrder);
        }
        List<MappedColumn> list = new ArrayList<>(entries);
        int next = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).role() == role) {
                list.set(i, entry(columnsInOrder.get(next++)).orElseThrow());
            }
        }
        return new Mapping(list, modelType, rejectedSuggestions);
    }

    public Mapping withModelType(Optional<ModelType> value) {
        return new Mapping(entries, value, rejectedSuggestions);
    }

    public Mapping withRejectedSuggestions(Collection<String> keys) {
        return new Mapping(entries, modelType, keys);
    }

    private static int indexOf(List<MappedColumn> list, String column) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).column().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPrediction(List<MappedColumn> list, String column) {
        return list.stream().anyMatch(e -> e.column().equals(column) && e.role() == Role.PREDICTION);
    }

    private static void unlinkFrom(List<MappedColumn> list, String prediction) {
        list.replaceAll(e -> e.role() == Role.ACTUAL && e.linkedPrediction().equals(prediction) ? e.withLink("") : e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mapping m && entries.equals(m.entries) && modelType.equals(m.modelType)
                && rejectedSuggestions.equals(m.rejectedSuggestions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, modelType, rejectedSuggestions);
    }

    @Override
    public String toString() {
        return "Mapping" + entries + modelType.map(t -> " " + t).orElse("");
    }
}

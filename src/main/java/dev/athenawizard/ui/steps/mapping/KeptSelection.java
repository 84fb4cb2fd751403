package dev.athenawizard.ui.steps.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;

/**
 * Shows a model's list in a multi-select list view and keeps the model told which columns are selected. When the
 * model's list is remade (after every edit, or a new filter), the columns that are still there stay selected.
 */
final class KeptSelection {
    private KeptSelection() {
    }

    /**
     * @param source   the model's items
     * @param selected the model's selected columns, kept by this view
     * @param columnOf the column an item stands for; empty for items that cannot be selected (zone titles)
     */
    static <T> void bind(ListView<T> list, ObservableList<T> source, ObservableList<String> selected,
                         Function<T, Optional<String>> columnOf) {
        boolean[] updating = {false};
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getItems().setAll(source);
        source.addListener((ListChangeListener<T>) change -> {
            List<String> keep = List.copyOf(selected);
            updating[0] = true;
            try {
                list.getItems().setAll(source);
                list.getSelectionModel().clearSelection();
                int[] again = keep.isEmpty() ? new int[0] : IntStream.range(0, source.size())
                        .filter(i -> columnOf.apply(source.get(i)).map(keep::contains).orElse(false)).toArray();
                if (again.length > 0) {
                    list.getSelectionModel().selectIndices(again[0], Arrays.copyOfRange(again, 1, again.length));
                }
            } finally {
                updating[0] = false;
            }
            tell(list, selected, columnOf);
        });
        list.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> {
            if (!updating[0]) {
                tell(list, selected, columnOf);
            }
        });
    }

    private static <T> void tell(ListView<T> list, ObservableList<String> selected,
                                 Function<T, Optional<String>> columnOf) {
        List<String> now = list.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(columnOf).flatMap(Optional::stream).distinct().toList();
        if (!now.equals(selected)) {
            selected.setAll(now);
        }
    }
}

package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.profile.Histogram;
import dev.athenawizard.core.mapping.profile.ValueCount;
import dev.athenawizard.core.mapping.profile.ValueText;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One column's card: name and type, statistics, where the column went, samples, and a small picture of its values
 * (a histogram, the top values, or a sentence). Its nodes are made once and only given new text as the list scrolls
 * or is filtered, so a keystroke in the filter restyles nothing.
 */
final class CardCell extends ListCell<ColumnCard> {
    private static final double BAR_HEIGHT = 22;
    private static final double TOP_VALUE_WIDTH = 60;

    private final Function<String, String> placeOf;
    private final Label name = wrapping("card-name");
    private final Label type = wrapping("card-type");
    private final Label stats = wrapping("card-stats");
    private final Label place = wrapping("card-place");
    private final Label samples = wrapping("card-samples");
    private final HBox bars = new HBox(1);
    private final Label barsCaption = wrapping("card-caption");
    private final HBox histogram = new HBox(8, bars, barsCaption);
    private final VBox topValues = new VBox(1);
    private final Label caption = wrapping("card-caption");
    private final VBox card;

    /** @param placeOf where a column went ({@code → Features, numeric}); empty while unassigned */
    CardCell(Function<String, String> placeOf) {
        this.placeOf = placeOf;
        setPrefWidth(0); // follow the list's width, so the text wraps instead of widening the cell
        HBox head = new HBox(8, name, type);
        head.setAlignment(Pos.BASELINE_LEFT);
        bars.setAlignment(Pos.BOTTOM_LEFT);
        bars.setMinHeight(BAR_HEIGHT);
        for (int i = 0; i < Histogram.MAX_BINS; i++) {
            Region bar = new Region();
            bar.getStyleClass().add("histogram-bar");
            bars.getChildren().add(bar);
        }
        histogram.setAlignment(Pos.BOTTOM_LEFT);
        for (int i = 0; i < ColumnCard.TOP_VALUES_SHOWN; i++) {
            Region bar = new Region();
            bar.getStyleClass().add("top-value-bar");
            HBox row = new HBox(6, bar, wrapping("card-caption"));
            row.setAlignment(Pos.CENTER_LEFT);
            topValues.getChildren().add(row);
        }
        card = new VBox(2, head, stats, place, samples, histogram, topValues, caption);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                List<String> dragged = getListView().getSelectionModel().isSelected(getIndex())
                        ? getListView().getSelectionModel().getSelectedItems().stream().map(ColumnCard::name).toList()
                        : List.of(getItem().name());
                ColumnDrag.start(this, dragged);
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(ColumnCard item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(item.name());
        type.setText(item.type());
        stats.setText(item.stats());
        String where = placeOf.apply(item.name());
        show(place, where);
        show(samples, item.samples());
        ColumnCard.Distribution d = item.distribution();
        showHistogram(d instanceof ColumnCard.Bars b ? b : null);
        showTopValues(d instanceof ColumnCard.TopValues t ? t : null);
        show(caption, d instanceof ColumnCard.Caption c ? c.text() : "");
        setGraphic(card);
        setAccessibleText(item.accessibleText() + (where.isEmpty() ? "" : ", " + where));
    }

    private void showHistogram(ColumnCard.Bars b) {
        visible(histogram, b != null);
        if (b == null) {
            return;
        }
        int highest = b.counts().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Node> all = bars.getChildren();
        for (int i = 0; i < all.size(); i++) {
            Region bar = (Region) all.get(i);
            boolean used = i < b.counts().size();
            visible(bar, used);
            if (used) {
                int count = b.counts().get(i);
                double h = count == 0 ? 1 : Math.max(2, BAR_HEIGHT * count / Math.max(1, highest));
                bar.setMinSize(8, h);
                bar.setPrefSize(10, h);
                bar.setMaxHeight(h);
            }
        }
        barsCaption.setText(b.caption());
    }

    private void showTopValues(ColumnCard.TopValues t) {
        visible(topValues, t != null);
        if (t == null) {
            return;
        }
        List<Node> rows = topValues.getChildren();
        for (int i = 0; i < rows.size(); i++) {
            HBox row = (HBox) rows.get(i);
            boolean used = i < t.values().size();
            visible(row, used);
            if (used) {
                ValueCount v = t.values().get(i);
                Region bar = (Region) row.getChildren().get(0);
                double w = Math.max(2, TOP_VALUE_WIDTH * v.count() / Math.max(1, t.rows()));
                bar.setMinSize(w, 8);
                bar.setMaxSize(w, 8);
                ((Label) row.getChildren().get(1)).setText(ValueText.quote(v.value()) + "  " + v.count());
            }
        }
    }

    private static void show(Label label, String text) {
        label.setText(text);
        visible(label, !text.isEmpty());
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}

package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.ui.controls.Busy;
import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.controls.TableColumns;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Workgroup step's page: the workgroup table, "create one", and the policy and self-test panels. Binds to the
 * models and forwards clicks; decides nothing itself. At the window's smallest size the page scrolls rather than
 * squeezing any text.
 */
final class WorkgroupView extends BorderPane {
    private static final PseudoClass RECOMMENDED = PseudoClass.getPseudoClass("recommended");
    private static final PseudoClass NO_OUTPUT = PseudoClass.getPseudoClass("no-output");
    private static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");
    private static final PseudoClass NOT_REFRESHED = PseudoClass.getPseudoClass("not-refreshed");

    /** What the page's buttons do (the step runs them with its AWS session). */
    record Actions(Runnable reload, Runnable openCreate, Runnable create, Runnable runSelfTest,
            Runnable cancelSelfTest, Runnable copyPolicy, Runnable savePolicy) {
    }

    private final WorkgroupModel model;

    WorkgroupView(WorkgroupModel model, PolicyPanelModel policy, SelfTestPanelModel selfTest, Actions actions) {
        this.model = model;
        getStyleClass().add("workgroup-step");
        TabPane tabs = new TabPane(new PolicyPanel(policy, actions), new SelfTestPanel(selfTest, actions));
        tabs.setId("workgroup-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(280);
        tabs.setPrefHeight(320);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Busy listing = new Busy("workgroups-busy", model.listing.running(),
                new SimpleStringProperty(WorkgroupModel.LISTING), model::cancelListing);
        VBox page = new VBox(10, toolbar(actions), listing, new CreateWorkgroupPane(model.create, actions), table(),
                Labels.fieldError("workgroups-error", model.listingError),
                Labels.banner("workgroup-verdict", model.verdict),
                Labels.banner("databases-needed", policy.databasesNeeded), tabs);
        page.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("workgroup-page");
        setCenter(scroll);
    }

    private Node toolbar(Actions actions) {
        TextField search = new TextField();
        search.setId("workgroup-search");
        search.setPromptText("Search workgroups");
        search.textProperty().bindBidirectional(model.search);
        search.setPrefWidth(220);
        search.setMinWidth(120);
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-workgroups");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> actions.reload().run());
        refresh.disableProperty().bind(model.listing.running().or(model.connection.isNull()));
        Button create = new Button("Create workgroup for Aporia…");
        create.setId("show-create");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> actions.openCreate().run());
        create.disableProperty().bind(model.create.shown.or(model.connection.isNull()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, search, refresh, spacer, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node table() {
        TableView<WorkgroupRow> table = new TableView<>(model.visibleRows);
        table.setId("workgroups");
        Label placeholder = new Label("No workgroups yet: verify the connection in the previous step.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(List.of(
                column("Name", row -> row.name() + (row.lacksOutputLocation() ? "  ⚠" : "")),
                column("State", WorkgroupRow::state),
                column("Engine", WorkgroupRow::engine),
                column("Output location", WorkgroupRow::outputLocation),
                column("Enforced", WorkgroupRow::enforced),
                column("Scan limit", WorkgroupRow::cutoff)));
        TableColumns.fitToContent(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WorkgroupRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean present = !empty && row != null;
                pseudoClassStateChanged(RECOMMENDED, present && row.name().equals(model.recommended.get()));
                pseudoClassStateChanged(NO_OUTPUT, present && row.lacksOutputLocation());
                pseudoClassStateChanged(UNREADABLE, present && row.info().isEmpty());
                setTooltip(present && !row.problem().isEmpty() ? new Tooltip(row.problem()) : null);
            }
        });
        model.recommended.addListener(o -> table.refresh());
        model.notRefreshed.subscribe(stale -> table.pseudoClassStateChanged(NOT_REFRESHED, stale));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                model.selectedName.set(row.name());
            }
        });
        Runnable select = () -> model.visibleRows.stream().filter(r -> r.name().equals(model.selectedName.get()))
                .findFirst().ifPresent(r -> table.getSelectionModel().select(r));
        model.selectedName.addListener(o -> select.run());
        model.visibleRows.addListener((ListChangeListener<WorkgroupRow>) c -> select.run());
        table.setPrefHeight(160);
        table.setMinHeight(120);
        return table;
    }

    private static TableColumn<WorkgroupRow, String> column(String title, Function<WorkgroupRow, String> value) {
        TableColumn<WorkgroupRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }
}

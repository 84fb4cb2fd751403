package dev.athenawizard.ui.steps.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.GuideExample;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.sandbox.SandboxExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Mapping step on screen, fed real previews of the sandbox's demo table: dragging a card onto a zone, the
 * keyboard's and the menus' twins of it, dragging a selection, undo and redo, reordering features by dragging, a type
 * refused for one column of a selection, the guide's example from accepted suggestions, and the tensor-length check on
 * a query that makes one embedding shorter.
 */
@ExtendWith(ApplicationExtension.class)
class MappingStepTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();
    private static QueryPreview guide;
    private static QueryPreview shorter;

    private MappingWindow wizard;

    @BeforeAll
    static void preview() {
        guide = DemoPreviews.of(sandbox.athena(), DemoPreviews.GUIDE_QUERY);
        shorter = DemoPreviews.of(sandbox.athena(), DemoPreviews.SHORTER_EMBEDDING_QUERY);
    }

    @Start
    void start(Stage stage) {
        wizard = MappingWindow.open(stage);
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    private void showPreview(FxRobot robot, QueryPreview preview) throws Exception {
        robot.interact(() -> wizard.step.previewProperty().set(preview));
        waitFor(20, TimeUnit.SECONDS, () -> cards(robot).getItems().size() == preview.table().columns().size());
    }

    @Test
    void without_a_preview_the_step_says_what_is_missing_and_is_not_done(FxRobot robot) {
        assertThat(text(robot, "#preview-state")).startsWith("No preview of the query yet");
        assertThat(text(robot, "#checks-summary")).contains("Nothing checked yet");
        assertThat(text(robot, "#mapping-missing")).isEqualTo("Still needed: an ID column, a timestamp column, a "
                + "feature and a prediction.");
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(wizard.step.done().get()).isFalse();
    }

    @Test
    void a_card_dragged_onto_features_is_a_feature(FxRobot robot) throws Exception {
        showPreview(robot, guide);

        robot.drag(card(robot, "amount")).dropTo(zoneTitle(robot, Role.FEATURE));

        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount");
        assertThat(fieldText(robot, "amount", ".field-name")).isEqualTo("1. amount");
        assertThat(text(robot, "#type-amount")).isEqualTo("numeric");
        assertThat(text(robot, "#edit-status")).isEqualTo("Assign amount to Features.");

        robot.drag(field(robot, "amount")).dropTo("#columns");
        assertThat(fieldsOf(robot, Role.FEATURE)).as("dragged back onto the cards: unassigned").isEmpty();
    }

    @Test
    void the_keys_assign_a_selection_and_ctrl_z_takes_it_back(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        robot.clickOn(card(robot, "prediction_id"));
        robot.type(KeyCode.DIGIT1);
        assertThat(fieldsOf(robot, Role.ID)).containsExactly("prediction_id");

        selectCards(robot, "amount", 1);
        robot.type(KeyCode.DIGIT4);
        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount", "owner");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(fieldsOf(robot, Role.FEATURE)).isEmpty();
        assertThat(fieldsOf(robot, Role.ID)).containsExactly("prediction_id");
        assertThat(text(robot, "#edit-status")).isEqualTo("Undone: Assign amount and owner to Features.");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount", "owner");

        robot.clickOn("#undo");
        robot.clickOn("#undo");
        assertThat(fieldsOf(robot, Role.ID)).isEmpty();
        assertThat(robot.lookup("#undo").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void several_selected_cards_dragged_together_land_in_the_zone_and_leave_in_one_undo(FxRobot robot)
            throws Exception {
        showPreview(robot, guide);
        selectCards(robot, "amount", 1);

        robot.drag(card(robot, "amount")).dropTo(zoneTitle(robot, Role.FEATURE));

        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount", "owner");
        robot.clickOn("#undo");
        assertThat(fieldsOf(robot, Role.FEATURE)).isEmpty();
    }

    @Test
    void the_menus_assign_and_retype_a_selection_and_say_which_column_refused_the_type(FxRobot robot)
            throws Exception {
        showPreview(robot, guide);
        selectCards(robot, "amount", 1);
        contextMenuOn(robot, card(robot, "owner"));
        robot.clickOn(menuItem(robot, "Assign to"));
        robot.clickOn(menuItem(robot, "Features   (key 4)"), Motion.HORIZONTAL_FIRST); // into the submenu
        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount", "owner");

        String ownerType = text(robot, "#type-owner");
        robot.clickOn(field(robot, "amount"));
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        contextMenuOn(robot, field(robot, "owner"));
        robot.clickOn(menuItem(robot, "Set type"));
        robot.clickOn(menuItem(robot, "numeric: "), Motion.HORIZONTAL_FIRST);

        assertThat(text(robot, "#edit-refused")).startsWith("Not done: owner: numeric cannot hold it");
        assertThat(text(robot, "#type-owner")).isEqualTo(ownerType).isNotEqualTo("numeric");
        assertThat(text(robot, "#type-amount")).isEqualTo("numeric");
    }

    @Test
    void ctrl_z_in_the_filter_undoes_typing_not_the_mapping(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        robot.clickOn(card(robot, "amount"));
        robot.type(KeyCode.DIGIT4);
        robot.clickOn("#column-filter").write("own");
        assertThat(cards(robot).getItems()).extracting(ColumnCard::name).containsExactly("owner");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount");
    }

    @Test
    void a_zone_refuses_a_drag_it_cannot_take_while_the_drag_is_over_it(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        selectCards(robot, "prediction_id", 1);

        robot.drag(card(robot, "prediction_id")).moveTo(zoneTitle(robot, Role.ID));
        assertThat(text(robot, "#drop-hint")).isEqualTo("Only one column can be the ID column: drag just one.");
        robot.drop();

        assertThat(fieldsOf(robot, Role.ID)).isEmpty();
        assertThat(robot.lookup("#drop-hint").query().isVisible()).isFalse();
    }

    @Test
    void a_field_is_renamed_inline_and_retyped_from_its_menu(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        robot.clickOn(card(robot, "will_buy_insurance"));
        robot.type(KeyCode.DIGIT5);

        robot.doubleClickOn(robot.from(field(robot, "will_buy_insurance")).lookup(".field-name").<Node>query());
        robot.interact(() -> robot.lookup("#rename-field").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write("will buy");
        assertThat(fieldText(robot, "will_buy_insurance", ".field-error"))
                .isEqualTo("'will buy' has a space; use only letters, digits and underscores.");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#rename-field").tryQuery()).as("a refused name stays in the field").isPresent();
        robot.interact(() -> robot.lookup("#rename-field").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write("decision").type(KeyCode.ENTER);

        assertThat(fieldText(robot, "will_buy_insurance", ".field-name")).isEqualTo("decision ← will_buy_insurance");
        assertThat(wizard.project().mapping().predictions()).containsExactly(
                new FieldMapping("decision", "will_buy_insurance", "boolean", null));

        robot.clickOn(robot.from(field(robot, "will_buy_insurance")).lookup(".type-button").<Node>query());
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("string: ")).<Node>query());
        assertThat(wizard.project().mapping().predictions()).extracting(FieldMapping::aporiaType)
                .containsExactly("string");
    }

    @Test
    void features_dragged_within_their_zone_change_order(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        selectCards(robot, "amount", 2);
        robot.type(KeyCode.DIGIT4);
        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("amount", "owner", "is_new");

        robot.drag(field(robot, "is_new")).dropTo(field(robot, "amount"));

        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("is_new", "amount", "owner");
        assertThat(fieldText(robot, "is_new", ".field-name")).isEqualTo("1. is_new");

        robot.clickOn(field(robot, "owner"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(fieldsOf(robot, Role.FEATURE)).containsExactly("is_new", "owner", "amount");
    }

    @Test
    void accepted_suggestions_reproduce_the_guides_example_and_the_step_is_done(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        robot.clickOn("#suggest");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#suggestions").queryListView().getItems().size() == 10);
        assertThat(text(robot, "#model-type-suggestion")).startsWith("Model type → binary: ");
        assertThat(wizard.step.model().editing.current().entries()).as("nothing applied by itself").isEmpty();

        robot.clickOn("#accept-all");

        GuideExample.assertMapping(wizard.project().mapping());
        assertThat(wizard.project().model().modelType()).isEqualTo("binary");
        assertThat(wizard.project().schema().columns()).hasSize(10);

        waitFor(10, TimeUnit.SECONDS, () -> wizard.step.done().get());
        assertThat(text(robot, "#checks-summary")).isEqualTo("✓ All checks passed on 100 preview rows.");
        assertThat(fieldText(robot, "did_buy_insurance", ".field-note")).isEqualTo(
                "100 of 100 preview predictions (100%) already have an actual in did_buy_insurance.");
        assertThat(((ListCell<?>) field(robot, "embeddings")).getTooltip().getText())
                .contains("array of numbers, length 768 in every row");
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void a_query_that_makes_one_embedding_shorter_trips_the_tensor_length_check(FxRobot robot) throws Exception {
        showPreview(robot, guide);
        robot.clickOn("#suggest");
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#accept-all").queryButton().isDisabled());
        robot.clickOn("#accept-all");
        waitFor(10, TimeUnit.SECONDS, () -> wizard.step.done().get());

        showPreview(robot, shorter);
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#checks-summary").startsWith("✗"));

        assertThat(wizard.step.done().get()).isFalse();
        String finding = "embeddings is declared as a tensor of length 768, but 1 row of 100 differs (row 7 has "
                + "length 767).";
        assertThat(robot.lookup("#checks").queryListView().getItems()).extracting(c -> ((dev.athenawizard.core
                .mapping.check.Check) c).message()).contains(finding);
        assertThat(fieldText(robot, "embeddings", ".field-note")).isEqualTo(finding);
        robot.interact(() -> robot.lookup("#mapping-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(0));
        assertThat(robot.lookup("#checks .check-text").<javafx.scene.control.Label>queryAll())
                .extracting(javafx.scene.control.Label::getText).as("the finding shows its row")
                .anyMatch(t -> t.startsWith("✗  " + finding + "\n    e.g. ") && t.endsWith(" in row 7"));
        assertThat(robot.lookup("#mapping-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(0)
                .getText()).isEqualTo("Checks (1 to fix)");
    }

    /**
     * Opens a node's context menu as a right click or the menu key does (Monocle's headless mouse never asks for one,
     * so the request is sent as the platform would).
     */
    private static void contextMenuOn(FxRobot robot, Node node) {
        javafx.geometry.Point2D screen = robot.point(node).query();
        robot.interact(() -> {
            javafx.geometry.Point2D local = node.screenToLocal(screen);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), false, new javafx.scene.input.PickResult(node, screen.getX(),
                    screen.getY())));
        });
    }

    /** The item of a menu on screen whose text starts so. */
    private static Node menuItem(FxRobot robot, String text) {
        waitForItem(robot, text);
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith(text) && n.getScene() != null && n.isVisible()).query();
    }

    private static void waitForItem(FxRobot robot, String text) {
        try {
            waitFor(5, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l
                    && l.getText() != null && l.getText().startsWith(text) && n.getScene() != null
                    && n.isVisible()).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no menu item '" + text + "' on screen", e);
        }
    }

    private static ListView<ColumnCard> cards(FxRobot robot) {
        return robot.lookup("#columns").queryListView();
    }

    private static ListView<ZoneItem> zones(FxRobot robot) {
        return robot.lookup("#zones").queryListView();
    }

    private static List<String> fieldsOf(FxRobot robot, Role role) {
        return zones(robot).getItems().stream().filter(i -> i instanceof ZoneItem.Field f && f.role() == role)
                .map(i -> ((ZoneItem.Field) i).entry()).map(MappedColumn::column).toList();
    }

    /** Selects a column's card and the {@code following} ones below it, as Shift+↓ does. */
    private static void selectCards(FxRobot robot, String first, int following) {
        robot.clickOn(card(robot, first));
        for (int i = 0; i < following; i++) {
            robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        }
    }

    /** The card of a column, scrolled into view. */
    private static Node card(FxRobot robot, String column) {
        ListView<ColumnCard> list = cards(robot);
        int index = list.getItems().stream().map(ColumnCard::name).toList().indexOf(column);
        robot.interact(() -> list.scrollTo(index));
        return robot.lookup("#columns .list-cell").<ListCell<ColumnCard>>queryAll().stream()
                .filter(c -> c.getItem() != null && c.getItem().name().equals(column)).findFirst().orElseThrow();
    }

    private static Node zoneTitle(FxRobot robot, Role role) {
        return zoneLine(robot, i -> i instanceof ZoneItem.Header h && h.role() == role);
    }

    private static Node field(FxRobot robot, String column) {
        return zoneLine(robot, i -> i instanceof ZoneItem.Field f && f.column().equals(column));
    }

    private static Node zoneLine(FxRobot robot, java.util.function.Predicate<ZoneItem> which) {
        ListView<ZoneItem> list = zones(robot);
        int index = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (which.test(list.getItems().get(i))) {
                index = i;
            }
        }
        int at = index;
        robot.interact(() -> list.scrollTo(Math.max(0, at - 1)));
        return robot.lookup("#zones .list-cell").<ListCell<ZoneItem>>queryAll().stream()
                .filter(c -> c.getItem() != null && which.test(c.getItem()) && c.isVisible()).findFirst()
                .orElseThrow();
    }

    /** The text of a part of a field's line, scrolled into view. */
    private static String fieldText(FxRobot robot, String column, String part) {
        return ((javafx.scene.control.Labeled) robot.from(field(robot, column)).lookup(part).query()).getText();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((javafx.scene.control.Labeled) node).getText();
    }
}

package dev.athenawizard.ui.controls.catalog;

import static dev.athenawizard.ui.controls.sql.ControlScene.onFx;
import static dev.athenawizard.ui.controls.sql.ControlScene.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.catalog.BrokenTableAnswers;
import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.ui.controls.sql.ControlScene;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.geometry.Bounds;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * The catalog tree over the sandbox's demo catalog, where one table ({@code training_set}) is broken as Athena sees
 * it: Athena cannot list the database in one call, and that table's own metadata cannot be read.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogTreeTest {
    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();
    private static AthenaClient athena;

    private CatalogTree tree;
    private SqlEditor editor;
    private ControlScene scene;
    private final List<CatalogTreeEvent> previews = new ArrayList<>();

    @BeforeAll
    static void client() {
        athena = BrokenTableAnswers.athenaSeeingBroken(sandbox.server().endpoint(), "aporia_demo", "training_set");
    }

    @AfterAll
    static void close() {
        athena.close();
    }

    @Start
    void start(Stage stage) {
        tree = new CatalogTree();
        editor = new SqlEditor();
        tree.defaultDatabaseProperty().set("aporia_demo");
        tree.setOnInsertName(e -> editor.insertAtCaret(e.sqlText()));
        tree.setOnPreviewTable(previews::add);
        tree.setPrefWidth(300);
        scene = ControlScene.show(stage, new HBox(tree, editor), 900, 600);
        tree.setCatalog(new CatalogCache(new CatalogService(athena, sandbox.glue(), Runnable::run),
                "AwsDataCatalog"));
    }

    @AfterEach
    void noCssWarnings() {
        assertThat(scene.cssWarnings()).isEmpty();
        scene.close();
    }

    @Test
    void a_broken_table_shows_as_unreadable_with_its_reason_and_the_others_work(FxRobot robot) {
        robot.interact(() -> tree.expandDatabase("aporia_demo"));
        waitUntil(() -> cell("model_predictions").isPresent() && cell("training_set").isPresent());
        assertThat(texts()).anyMatch(t -> t.startsWith("Athena could not list these tables at once"));

        robot.interact(() -> expand("training_set"));
        waitUntil(() -> texts().stream().anyMatch(t -> t.contains("Unsupported Hive type")));
        assertThat(detailOf("training_set")).isEqualTo("unreadable");

        robot.interact(() -> expand("model_predictions"));
        waitUntil(() -> cell("embeddings").isPresent());
        assertThat(detailOf("embeddings")).isEqualTo("array<double>");
    }

    @Test
    void the_filter_narrows_the_tables_by_name(FxRobot robot) {
        robot.interact(() -> tree.expandDatabase("aporia_demo"));
        waitUntil(() -> cell("training_set").isPresent());

        robot.clickOn("#catalog-filter").write("train", 0);

        waitUntil(() -> cell("model_predictions").isEmpty());
        assertThat(cell("training_set")).isPresent();
    }

    @Test
    void double_clicking_a_table_inserts_its_name_into_the_editor(FxRobot robot) {
        robot.interact(() -> tree.expandDatabase("aporia_demo"));
        waitUntil(() -> cell("model_predictions").isPresent());
        robot.interact(() -> {
            editor.setText("SELECT * FROM ");
            editor.moveCaretTo(1, 15);
        });

        robot.doubleClickOn(cell("model_predictions").orElseThrow());

        assertThat(editor.getText()).isEqualTo("SELECT * FROM model_predictions");
    }

    @Test
    void preview_table_from_the_context_menu_names_the_table(FxRobot robot) {
        robot.interact(() -> tree.expandDatabase("aporia_demo"));
        waitUntil(() -> cell("model_predictions").isPresent());

        TreeCell<?> table = cell("model_predictions").orElseThrow();
        robot.interact(() -> { // what the platform sends on a right-click (Monocle does not synthesize it)
            Bounds b = table.localToScreen(table.getBoundsInLocal());
            table.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10,
                    b.getMinY() + 10, false, null));
        });
        robot.clickOn("Preview table");

        assertThat(previews).singleElement().satisfies(e -> {
            assertThat(e.database()).isEqualTo("aporia_demo");
            assertThat(e.table()).isEqualTo("model_predictions");
        });
    }

    private void expand(String name) {
        tree.treeView().getRoot().getChildren().stream()
                .flatMap(db -> db.getChildren().stream())
                .filter(t -> t.getValue().name().equals(name))
                .findFirst().orElseThrow().setExpanded(true);
    }

    private Optional<TreeCell<?>> cell(String name) {
        return onFx(() -> tree.lookupAll(".catalog-cell").stream()
                .<TreeCell<?>>map(n -> (TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof CatalogNode node && node.name().equals(name))
                .findFirst());
    }

    private String detailOf(String name) {
        return onFx(() -> ((Label) cell(name).orElseThrow().lookup(".catalog-detail")).getText());
    }

    private List<String> texts() {
        return onFx(() -> tree.lookupAll(".catalog-message").stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList());
    }
}

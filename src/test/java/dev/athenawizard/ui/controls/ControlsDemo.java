package dev.athenawizard.ui.controls;

import dev.athenawizard.core.athena.catalog.BrokenTableAnswers;
import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.query.AthenaPricing;
import dev.athenawizard.core.athena.query.QueryState;
import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.ui.controls.catalog.CatalogTree;
import dev.athenawizard.ui.controls.results.DemoRows;
import dev.athenawizard.ui.controls.results.ResultGrid;
import dev.athenawizard.ui.controls.results.ResultStatus;
import dev.athenawizard.ui.controls.results.ResultStatusLine;
import dev.athenawizard.ui.controls.sql.SqlEditor;
import dev.athenawizard.ui.controls.sql.SqlProblem;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The Query step's controls side by side on sandbox data, to look at: catalog tree, SQL editor (with a problem
 * underlined), and the result grid with its status line. Run under a display:
 * {@code DISPLAY=:98 java -cp target/test-classes:target/classes:<runtime classpath>
 * 'dev.athenawizard.ui.controls.ControlsDemo$Main' 1180 780 [complete]}.
 */
public final class ControlsDemo extends Application {
    static final String SQL = """
            -- the model's predictions of the last 30 days
            SELECT prediction_id, prediction_timestamp, raw_text, amount, owner,
                   is_new, embeddings, will_buy_insurance, proba, did_buy_insurance
            FROM model_predictions
            WHERE prediction_timestamp > now() - INTERVAL '30' DAY
              AND ownr <> 'test'
            ORDER BY prediction_timestamp DESC
            """;

    private SandboxFixture sandbox;

    /** The entry point; the application class itself cannot be one when JavaFX is on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ControlsDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        double width = args.isEmpty() ? 1180 : Double.parseDouble(args.get(0));
        double height = args.size() < 2 ? 780 : Double.parseDouble(args.get(1));
        sandbox = SandboxFixture.start();
        boolean broken = args.contains("broken"); // training_set broken as Athena sees it (see BrokenTableAnswers)
        CatalogCache catalog = new CatalogCache(new CatalogService(broken
                ? BrokenTableAnswers.athenaSeeingBroken(sandbox.endpoint(), "aporia_demo", "training_set")
                : sandbox.athena(), sandbox.glue(), BackgroundExecutors.bounded("demo-catalog", 2)),
                "AwsDataCatalog");

        SqlEditor editor = new SqlEditor();
        CatalogTree tree = new CatalogTree();
        ResultGrid grid = new ResultGrid();
        ResultStatus status = new ResultStatus();
        editor.setCatalog(catalog);
        editor.defaultDatabaseProperty().set("aporia_demo");
        tree.setCatalog(catalog);
        tree.defaultDatabaseProperty().set("aporia_demo");
        tree.setOnInsertName(e -> editor.insertAtCaret(e.sqlText()));

        VBox results = new VBox(new ResultStatusLine(status), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        SplitPane right = new SplitPane(editor, results);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.42);
        SplitPane main = new SplitPane(tree, right);
        main.setDividerPositions(width < 1000 ? 0.3 : 0.24);

        // the scene gets its theme before the controls join it (see ControlScene in the tests)
        StackPane root = new StackPane();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(ControlsDemo.class.getResource("/dev/athenawizard/ui/theme.css").toExternalForm());
        root.getChildren().add(main);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setTitle("Query controls demo");
        stage.show();

        editor.setText(SQL);
        editor.setProblems(List.of(SqlProblem.at(6, 7, "Column 'ownr' cannot be resolved. Did you mean 'owner'?")));
        grid.show(DemoRows.COLUMNS, DemoRows.rows(100));
        long scanned = 16_567_000L;
        status.succeeded(100, true, OptionalInt.of(100), new QueryStatistics(scanned, Duration.ofMillis(310),
                Duration.ofMillis(40), Duration.ofMillis(420), false,
                AthenaPricing.costUsd(scanned, QueryState.SUCCEEDED, false, false)));
        tree.expandDatabase("aporia_demo");
        if (broken) {
            PauseTransition open = new PauseTransition(javafx.util.Duration.seconds(3));
            open.setOnFinished(e -> {
                tree.revealTable("aporia_demo", "model_predictions");
                tree.revealTable("aporia_demo", "training_set");
            });
            open.play();
        }
        PauseTransition ready = new PauseTransition(javafx.util.Duration.seconds(6));
        ready.setOnFinished(e -> System.out.println("DEMO READY")); // for a script taking screenshots
        ready.play();
        if (args.contains("complete")) { // what typing "ow" and Ctrl+Space in the WHERE clause shows
            editor.setText(SQL.replace("ownr <> 'test'", "ow"));
            PauseTransition later = new PauseTransition(javafx.util.Duration.seconds(4));
            later.setOnFinished(e -> {
                editor.moveCaretTo(6, 9);
                editor.showCompletion();
            });
            later.play();
        }
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}

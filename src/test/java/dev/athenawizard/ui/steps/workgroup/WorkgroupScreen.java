package dev.athenawizard.ui.steps.workgroup;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** What the Workgroup step shows, as GUI tests look it up. */
final class WorkgroupScreen {
    private WorkgroupScreen() {
    }

    /** The table draws its rows a pulse after its items change. */
    static Optional<Node> findRow(FxRobot robot, String name) {
        return robot.lookup("#workgroups .table-row-cell").<Node>queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() instanceof WorkgroupRow r && r.name().equals(name))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    static TableView<WorkgroupRow> table(FxRobot robot) {
        return robot.lookup("#workgroups").queryAs(TableView.class);
    }

    /** The text of a label on screen; empty when it is not shown (yet). */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText()).orElse("");
    }
}

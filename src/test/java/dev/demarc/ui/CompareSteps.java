package dev.demarc.ui;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.shape.Line;
import javafx.stage.PopupWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in Compare, shared by its tests. */
final class CompareSteps {

    private CompareSteps() {
    }

    /**
     * The style classes of column {@code column}'s band for {@code layer} (its owner is one of them), once the band
     * stands alone: while a changed band fades in, the band it replaces is still there under the same id, and a
     * lookup could read the old one.
     */
    static Set<String> bandStyle(FxRobot robot, int column, String layer) {
        String id = "#compare-" + column + "-band-" + layer;
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> EditorTestBase.fx(() -> robot.lookup(id).queryAll().size()) == 1);
        } catch (TimeoutException e) {
            throw new AssertionError("column " + column + " still shows two bands for " + layer + " after 5 s", e);
        }
        return EditorTestBase.fx(() -> Set.copyOf(robot.lookup(id).query().getStyleClass()));
    }

    /** The screen y of column {@code column}'s demarcation segment. */
    static double lineY(FxRobot robot, int column) {
        Line line = EditorTestBase.fx(() -> (Line) robot.lookup("#compare-demarcation-" + column).query());
        return EditorTestBase.fx(() -> line.localToScreen(line.getStartX(), line.getStartY()).getY());
    }

    /** The screen y of the top of column {@code column}'s band for {@code layer}. */
    static double bandTop(FxRobot robot, int column, String layer) {
        Node band = EditorTestBase.fx(() -> robot.lookup("#compare-" + column + "-band-" + layer).query());
        return EditorTestBase.fx(() -> band.localToScreen(band.getLayoutBounds()).getMinY());
    }

    /**
     * Waits until column {@code column}'s line sits on the top of {@code layer}'s band and no band is fading out
     * (animations done). The line comes within reach of its place a few frames before its glide ends, so the
     * bands are checked too: while a changed band fades in, the old one is still there under the same id.
     */
    static void awaitLineOn(FxRobot robot, int column, String layer) throws TimeoutException {
        String bandId = "compare-" + column + "-band-";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            try {
                List<String> bands = EditorTestBase.fx(() -> robot.lookup(
                        (Node n) -> n.getId() != null && n.getId().startsWith(bandId)).queryAll().stream()
                        .map(Node::getId).toList());
                return !bands.isEmpty() && bands.size() == Set.copyOf(bands).size()
                        && Math.abs(lineY(robot, column) - bandTop(robot, column, layer)) < 1.5;
            } catch (RuntimeException notPlacedYet) {
                return false;
            }
        });
    }

    /** Opens the lesson chooser and clicks the lesson named {@code name}, as a user would. */
    static void chooseLesson(FxRobot robot, String name) {
        robot.clickOn("#compare-lesson");
        pickFromOpenList(robot, name);
    }

    /** Clicks the cell showing {@code text} in the drop-down list that is open now. */
    static void pickFromOpenList(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = EditorTestBase.fx(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> text.equals(c.getText()) && c.getScene().getWindow() instanceof PopupWindow)
                .findFirst().orElseThrow(() -> new AssertionError("no list entry " + text)));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

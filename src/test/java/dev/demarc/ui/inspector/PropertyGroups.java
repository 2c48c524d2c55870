package dev.demarc.ui.inspector;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens a property group of the inspector as a user would, by clicking its title, and returns once the group
 * has unfolded: the click starts an animation, and a field clicked before it ends may still be hidden.
 */
public final class PropertyGroups {

    private PropertyGroups() {
    }

    /** Clicks the title of {@code group} unless it is open, then waits (up to 5 s) for it to unfold fully. */
    public static TitledPane open(FxRobot robot, String group) {
        TitledPane pane = pane(robot, group);
        if (!pane.isExpanded()) {
            robot.clickOn(pane.lookup(".title"));
        }
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> unfolded(pane))
                    .get(5, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new AssertionError(group + " did not unfold", e);
        }
        return pane;
    }

    /** The group titled {@code group}. */
    public static TitledPane pane(FxRobot robot, String group) {
        return robot.lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> group.equals(p.getText())).findFirst().orElseThrow();
    }

    /**
     * Expanded, and the content has its full height and lies inside the pane: while the pane unfolds, its
     * content is either squeezed or reaches below the pane's (growing) bottom edge.
     */
    private static boolean unfolded(TitledPane pane) {
        Node content = pane.getContent();
        if (!pane.isExpanded() || content == null) {
            return false;
        }
        Bounds inPane = pane.localToScene(pane.getLayoutBounds());
        Bounds shown = content.localToScene(content.getLayoutBounds());
        boolean fullHeight = shown.getHeight() >= content.prefHeight(shown.getWidth()) - 0.5;
        return fullHeight && shown.getMaxY() <= inPane.getMaxY() + 0.5 && shown.getMinY() >= inPane.getMinY();
    }
}

package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Layer;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The responsibility overlay: a stack of fourteen bands beside every service, owned as the analysis says,
 * with a legend, following edits, and toggled by the menu accelerator or the tool bar.
 */
class OverlayTest extends EditorTestBase {

    private static Diagram sample() {
        return diagram(
                container("vpc", ComponentType.VPC, 20, 20, 380, 300, null),
                container("subnet", ComponentType.SUBNET, 30, 60, 360, 250, "vpc"),
                service("web", ComponentType.EC2, 60, 100, "subnet"),
                service("db", ComponentType.RDS, 60, 210, "subnet"),
                service("files", ComponentType.S3, 20, 360, null),
                service("cdn", ComponentType.CLOUDFRONT, 260, 360, null));
    }

    private Set<Node> stacks() {
        return fx(() -> lookup(".layer-stack").queryAll());
    }

    private Node stack(String id) {
        return fx(() -> lookup("#stack-" + id).query());
    }

    private boolean legendVisible() {
        return fx(() -> lookup("#overlay-legend").tryQuery().map(Node::isVisible).orElse(false));
    }

    private void overlayByShortcut() {
        focusCanvas();
        shortcut(KeyCode.R);
    }

    @Test
    void theShortcutShowsAStackOfFourteenBandsOwnedAsTheAnalysisSaysForEveryService() {
        show(sample());
        assertTrue(stacks().isEmpty(), "the overlay is off by default");
        assertFalse(legendVisible());

        overlayByShortcut();

        assertEquals(4, stacks().size(), "one stack per service, none for the VPC and the subnet");
        assertTrue(legendVisible());
        for (String id : new String[] {"web", "db", "files", "cdn"}) {
            ComponentAnalysis analysis = model.analysis().component(id).orElseThrow();
            Node stack = stack(id);
            assertEquals(14, fx(() -> stack.lookupAll(".overlay-band").size()), id);
            for (LayerAssessment l : analysis.layers()) {
                Node band = fx(() -> stack.lookup(".layer-" + l.layer().id()));
                assertTrue(band.getStyleClass().contains("owner-" + l.owner().name().toLowerCase(Locale.ROOT)),
                        id + " " + l.layer().id() + " should be " + l.owner() + " but is " + band.getStyleClass());
            }
        }
        assertTrue(fx(() -> ((ToggleButton) lookup("#toolbar-overlay").query()).isSelected()));
        assertTrue(fx(() -> overlayMenuItem().isSelected()));
    }

    @Test
    void zoomToFitLeavesRoomForTheStacksAndTheLegend() {
        show(sample());
        overlayByShortcut();
        interact(canvas::zoomToFit);
        javafx.geometry.Bounds view = fx(() -> canvas.localToScreen(canvas.getLayoutBounds()));
        javafx.geometry.Bounds legend = fx(() -> {
            Node n = lookup("#overlay-legend").query();
            return n.localToScreen(n.getLayoutBounds());
        });
        for (Node s : stacks()) {
            javafx.geometry.Bounds b = fx(() -> s.localToScreen(s.getLayoutBounds()));
            assertTrue(view.contains(b), s.getId() + " is cut off at the edge of the view: " + b);
            assertFalse(b.intersects(legend), s.getId() + " is hidden under the legend " + legend + " stack " + b + " view " + view);
        }
    }

    @Test
    void theDemarcationLineSitsOnTopOfTheHighestAwsLayer() {
        show(sample());
        overlayByShortcut();

        Layer highest = model.analysis().component("web").orElseThrow().highestAwsLayer().orElseThrow();
        Node stack = stack("web");
        Bounds band = fx(() -> stack.lookup(".layer-" + highest.id()).getBoundsInParent());
        javafx.scene.shape.Line line = fx(() -> (javafx.scene.shape.Line) stack.lookup(".demarcation-line"));

        assertEquals(band.getMinY(), line.getStartY(), 0.01);
        assertTrue(band.getMinY() > 0, "bands above the demarcation belong to the customer or are shared");
    }

    @Test
    void theToolBarToggleHidesTheBandsAndTheLegend() {
        show(sample());
        overlayByShortcut();
        assertEquals(4, stacks().size());

        clickOn("#toolbar-overlay");

        assertTrue(stacks().isEmpty());
        assertTrue(fx(() -> lookup(".overlay-band").queryAll()).isEmpty());
        assertFalse(legendVisible());
        assertFalse(fx(() -> overlayMenuItem().isSelected()));

        clickOn("#toolbar-overlay");

        assertEquals(4, stacks().size());
        assertTrue(legendVisible());
    }

    @Test
    void movingAComponentMovesItsStack() {
        show(sample());
        overlayByShortcut();
        Bounds before = fx(() -> stack("files").getBoundsInParent());

        dragBy(centreOf("files"), 60, 40);

        Component moved = component("files");
        assertEquals(80, moved.x(), 0.01);
        Bounds after = fx(() -> stack("files").getBoundsInParent());
        assertEquals(before.getMinX() + moved.x() - 20, after.getMinX(), 0.01);
        assertEquals(before.getMinY() + moved.y() - 360, after.getMinY(), 0.01);

        undo();

        assertEquals(before, fx(() -> stack("files").getBoundsInParent()));
    }

    @Test
    void anAddedComponentGetsAStackAndADeletedOneLosesIt() {
        show(sample());
        overlayByShortcut();

        interact(() -> canvas.placeAtCentre(ComponentType.S3));

        assertEquals(5, stacks().size());
        String added = model.selection().iterator().next();
        assertEquals(14, fx(() -> stack(added).lookupAll(".overlay-band").size()));

        clickOn(centreOf("cdn"));
        type(KeyCode.DELETE);

        assertFalse(ids().contains("cdn"));
        assertFalse(fx(() -> lookup("#stack-cdn").tryQuery().isPresent()));
        assertEquals(4, stacks().size());
    }

    @Test
    void theOverlayPaintsAwsBlueBesideAComponent() {
        show(sample());
        focusCanvas();
        int off = bluePixelsRightOf("web");

        overlayByShortcut();
        int on = bluePixelsRightOf("web");

        assertEquals(0, off, "nothing AWS blue beside the card without the overlay");
        assertTrue(on > 100, "the AWS bands are painted: " + on + " blue pixels");
    }

    /** Counts pixels close to the overlay's AWS blue in the 60 px strip right of a component. */
    private int bluePixelsRightOf(String id) {
        Component c = component(id);
        double right = c.x() + model.catalog().spec(c.type()).width(c);
        javafx.geometry.Point2D topLeft = fx(() -> canvas.toLocal(right, c.y() - 40));
        WritableImage image = fx(() -> canvas.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        Color blue = Color.web("#0072B2");
        int count = 0;
        for (int x = (int) topLeft.getX(); x < topLeft.getX() + 60; x++) {
            for (int y = (int) topLeft.getY(); y < topLeft.getY() + 160; y++) {
                Color p = pixels.getColor(x, y);
                if (Math.abs(p.getRed() - blue.getRed()) < 0.04 && Math.abs(p.getGreen() - blue.getGreen()) < 0.04
                        && Math.abs(p.getBlue() - blue.getBlue()) < 0.04) {
                    count++;
                }
            }
        }
        return count;
    }

    private CheckMenuItem overlayMenuItem() {
        MenuBar bar = (MenuBar) lookup(".menu-bar").query();
        return (CheckMenuItem) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-view-overlay".equals(i.getId())).findFirst().orElseThrow();
    }
}

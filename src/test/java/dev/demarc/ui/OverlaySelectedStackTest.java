package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Layer;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** With the overlay on, the selected service shows its stack expanded and labelled, with a link to Compare. */
class OverlaySelectedStackTest extends EditorTestBase {

    @Test
    void selectingAServiceShowsItsLabelledStackWithoutCoveringItAndLinksToCompare() throws Exception {
        show(vpcWithServices());
        interact(() -> canvas.showOverlayProperty().set(true));
        assertFalse(cardShown(), "nothing selected, no card");

        clickOn(centreOf("web"));
        // Zoomed out towards the top-left corner, as a student looking at the whole diagram: the right is free.
        interact(() -> canvas.zoomTo(0.6, 0, 0));

        assertTrue(cardShown());
        Node card = lookup("#selected-stack").query();
        assertEquals(14, fx(() -> card.lookupAll(".selected-stack-row").size()));
        String guestOs = model.catalog().layer(Layer.GUEST_OS).name();
        assertTrue(fx(() -> card.lookupAll(".selected-stack-layer").stream()
                .anyMatch(n -> ((Label) n).getText().equals(guestOs))), "layers are named");
        assertTrue(fx(() -> ((Label) card.lookup(".selected-stack-boundary")).getText())
                .startsWith("AWS runs every layer up to and including"));
        Bounds cardOnScreen = fx(() -> card.localToScreen(card.getBoundsInLocal()));
        Node web = fx(() -> canvas.componentNode("web"));
        Bounds webOnScreen = fx(() -> web.localToScreen(web.getBoundsInLocal()));
        assertFalse(cardOnScreen.intersects(webOnScreen), "the card never covers the selected component");

        clickOn("#selected-stack-compare");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle() != null
                        && s.getTitle().startsWith("Compare Services"))));

        interact(() -> canvas.showOverlayProperty().set(false));
        assertFalse(cardShown(), "the card goes with the overlay");
    }

    @Test
    void theCardNeverCoversAServiceAndStaysHiddenWhenNoCornerIsFree() {
        show(vpcWithServices());
        interact(() -> canvas.showOverlayProperty().set(true));
        clickOn(centreOf("db"));
        boolean sawHidden = false;
        boolean sawShown = false;
        for (double zoom : new double[] {0.3, 0.6, 1.2, 2.4}) {
            interact(() -> canvas.zoomTo(zoom, 0, 0));
            if (!cardShown()) {
                sawHidden = true;
                continue;
            }
            sawShown = true;
            Node card = lookup("#selected-stack").query();
            Bounds cardOnScreen = fx(() -> card.localToScreen(card.getBoundsInLocal()));
            for (String id : new String[] {"web", "db", "files", "cdn"}) {
                Node service = fx(() -> canvas.componentNode(id));
                Bounds at = fx(() -> service.localToScreen(service.getBoundsInLocal()));
                assertFalse(cardOnScreen.intersects(at), "the card covers " + id + " at zoom " + zoom);
            }
        }
        assertTrue(sawShown, "zoomed out, a corner is free");
        assertTrue(sawHidden, "zoomed in until the services fill the view, the card steps aside");
    }

    private boolean cardShown() {
        return fx(() -> lookup("#selected-stack").tryQuery().map(Node::isVisible).orElse(false));
    }
}

package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Layer;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * View > Present: the editor's chrome goes, the stacks start empty and each step reveals the next layer up
 * on every service, the last step shows the duties, and Esc puts the editor back as it was.
 */
class PresentTest extends EditorTestBase {

    private static final List<String> SERVICES = List.of("web", "db", "files");

    private void present() {
        focusCanvas();
        type(KeyCode.F5);
        assertTrue(fx(() -> window.presentMode().activeProperty().get()), "F5 starts the presentation");
    }

    private String caption(String id) {
        return fx(() -> ((Label) lookup("#" + id).query()).getText());
    }

    /** The layers of a service whose band shows its owner, bottom up. */
    private List<String> revealed(String id) {
        return fx(() -> lookup("#stack-" + id).query().lookupAll(".overlay-band").stream()
                .filter(n -> !n.getStyleClass().contains("overlay-band-hidden"))
                .map(n -> n.getStyleClass().stream().filter(c -> c.startsWith("layer-")).findFirst().orElseThrow())
                .sorted((a, b) -> Integer.compare(index(a), index(b))).toList());
    }

    private static int index(String styleClass) {
        String id = styleClass.substring("layer-".length());
        return Layer.fromId(id).orElseThrow().ordinal();
    }

    private boolean chromeShown() {
        return fx(() -> lookup(".menu-bar").tryQuery().map(n -> n.getScene() != null).orElse(false));
    }

    @Test
    void stepsRevealTheLayersInOrderFromFacilitiesUpAndEndWithTheDuties() {
        show(vpcWithServicesWithoutCdn());
        present();

        assertFalse(chromeShown(), "menus, tool bar and panels are hidden");
        assertEquals("Start", caption("present-counter"));
        for (String id : SERVICES) {
            assertEquals(List.of(), revealed(id), id + " starts empty");
        }
        assertTrue(fx(() -> lookup(".duty-badges").tryQuery().isEmpty()), "no badges before the last step");

        for (int step = 1; step <= Layer.values().length; step++) {
            type(KeyCode.RIGHT);
            Layer layer = Layer.values()[step - 1];
            assertEquals("Layer " + step + " of 14", caption("present-counter"));
            assertEquals(model.catalog().layer(layer).name(), caption("present-title"));
            for (String id : SERVICES) {
                List<String> shown = revealed(id);
                assertEquals(step, shown.size(), id + " at step " + step);
                assertEquals("layer-" + layer.id(), shown.get(step - 1), "the new band is the next one up");
                String owner = model.analysis().component(id).orElseThrow().layer(layer).owner().name()
                        .toLowerCase(Locale.ROOT);
                Node band = fx(() -> lookup("#stack-" + id).query().lookup(".layer-" + layer.id()));
                assertTrue(band.getStyleClass().contains("owner-" + owner), id + " " + layer + " "
                        + band.getStyleClass());
            }
        }

        type(KeyCode.RIGHT);
        assertEquals("Your duties", caption("present-counter"));
        assertEquals(SERVICES.size(), fx(() -> lookup(".duty-badges").queryAll().size()));
        // Only the EC2 instance leaves patching to the customer: AWS patches RDS (upgrades on) and S3.
        assertTrue(caption("present-text").startsWith("Patch on 1 service, "), caption("present-text"));

        type(KeyCode.LEFT);
        assertEquals("Layer 14 of 14", caption("present-counter"));
    }

    @Test
    void escapePutsTheEditorBackAsItWasAndNothingWasEditedMeanwhile() {
        show(vpcWithServicesWithoutCdn());
        interact(() -> model.select(List.of("web")));
        assertFalse(canvas.showOverlayProperty().get());
        double zoom = canvas.getZoom();
        present();

        type(KeyCode.DELETE);
        type(KeyCode.END);
        clickOn(centreOf("db"));
        type(KeyCode.ESCAPE);

        assertFalse(fx(() -> window.presentMode().activeProperty().get()));
        assertTrue(chromeShown());
        assertFalse(canvas.showOverlayProperty().get(), "the overlay is off again, as before");
        assertEquals(zoom, canvas.getZoom(), 1e-9);
        assertEquals(5, model.diagram().components().size(), "Delete did not delete while presenting");
        assertFalse(model.isDirty());
        assertEquals(Set.of("web"), Set.copyOf(model.selection()));
        focusCanvas();
        shortcut(KeyCode.R);
        interact(() -> canvas.showAt(EditorTestBase.POINTABLE_ZOOM, 0, 0));
        assertEquals(14, revealed("web").size(), "after presenting, the overlay shows every layer again");
    }

    @Test
    void nOpensSpeakerNotesWithTheExamQuestionsOfTheTypesOnTheDiagram() {
        show(vpcWithServicesWithoutCdn());
        present();

        type(KeyCode.N);

        Stage notes = fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Speaker Notes - Demarc".equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElseThrow());
        String question = model.catalog().spec(ComponentType.RDS).examSignals().get(0).question();
        assertTrue(fx(() -> notes.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(n -> ((Label) n).getText().contains(question))), question);
        interact(() -> stage.requestFocus());
        type(KeyCode.RIGHT);
        String step = fx(() -> ((Label) notes.getScene().getRoot().lookup("#notes-step")).getText());
        assertTrue(step.startsWith("Layer 1 of 14"), step);

        type(KeyCode.ESCAPE);
        assertFalse(fx(notes::isShowing), "leaving the presentation closes the notes");
    }

    /** The nodes matching {@code query} on the canvas that a viewer can see: visible and not transparent. */
    private long seen(String query) {
        return fx(() -> {
            canvas.applyCss();
            return canvas.lookupAll(query).stream().filter(PresentTest::drawn).count();
        });
    }

    private static boolean drawn(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void findingCountsAndRingsStayHiddenUntilThePresenterPressesR() {
        show(vpcWithServicesWithoutCdn());
        assertTrue(seen(".finding-badge") > 0, "the editor shows the finding counts on the cards");
        present();

        assertEquals(0, seen(".finding-badge"), "the Start step gives no answers away");
        assertTrue(caption("present-hint").contains("press R"), caption("present-hint"));
        assertTrue(fx(() -> Window.getWindows().stream().noneMatch(w -> w instanceof Stage s
                && "Speaker Notes - Demarc".equals(s.getTitle()))), "with one screen the notes wait for N");
        type(KeyCode.END);
        assertTrue(seen(".duty-badges") > 0, "the duties step shows the badges");
        assertEquals(0, seen(".duty-badge-ring"), "... without their rings");
        assertEquals(0, seen(".duty-badge-findings"), "... or their counts");
        assertFalse(caption("present-text").contains("ring"), caption("present-text"));

        type(KeyCode.R);

        assertTrue(seen(".finding-badge") > 0, "R reveals the counts");
        assertTrue(seen(".duty-badge-ring") > 0, "... and the rings");
        assertTrue(caption("present-text").contains("ring"), caption("present-text"));
        assertEquals("Your duties", caption("present-counter"), "R is not a step");
        type(KeyCode.ESCAPE);
        assertTrue(seen(".finding-badge") > 0, "the editor shows the counts after presenting");
    }
}

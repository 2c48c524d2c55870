package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Layer;
import dev.demarc.io.DiagramReader;
import dev.demarc.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Present on a 1920 x 1080 screen (Monocle's screen is set to that size for this class) fills it: the sample comparing
 * EC2 and RDS is fitted above 100%, every band
 * of every stack is at least 24 px tall on screen (measured on the drawn rectangles, in screen coordinates)
 * and carries its layer's name, and the zoom keys work while presenting.
 */
@Tag("projector-screen")
class PresentOnProjectorTest extends EditorTestBase {

    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    /** Opens a sample and presents it in a window of the size of a 1920 x 1080 screen. */
    private void presentSample(String file) throws Exception {
        Diagram d = new DiagramReader(model.catalog()).read(SAMPLES.resolve(file)).diagram();
        interact(() -> model.open(d, null));
        focusCanvas();
        type(KeyCode.F5);
        assertTrue(fx(() -> window.presentMode().activeProperty().get()), "F5 starts the presentation");
        // The build runs this class on a Monocle screen of 1920 x 1080 (pom.xml, "projector-screen"); full
        // screen takes all of it.
        assertEquals(1920, fx(() -> Screen.getPrimary().getBounds().getWidth()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> stage.getWidth() == 1920
                && stage.getHeight() == 1080 && canvas.getWidth() >= 1900 && canvas.getHeight() >= 1040));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The on-screen heights of every band of every stack, from the scene graph. */
    private List<Double> bandHeights() {
        return fx(() -> canvas.overlayLayer().lookupAll(".overlay-band").stream()
                .map(n -> n.localToScreen(n.getBoundsInLocal()).getHeight()).toList());
    }

    @Test
    void everyBandOfTheEc2VersusRdsSampleIsAtLeast24PixelsTallAndNamed() throws Exception {
        presentSample("database-on-ec2-vs-rds.json");

        List<Double> heights = bandHeights();
        assertEquals(3 * Layer.values().length, heights.size(), "three stacks of fourteen bands: EC2, its role, RDS");
        double smallest = heights.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(smallest >= 24, "smallest band on screen: " + smallest + " px");
        assertTrue(fx(canvas::getZoom) > 1, "fitted above 100% to fill the screen: " + fx(canvas::getZoom));

        // The three cards share a top edge, so the names stand once, beside the leftmost stack (the role's).
        Node stack = fx(() -> lookup("#stack-self-managed").query());
        Node named = fx(() -> lookup("#stack-self-managed-role").query());
        String guestOs = model.catalog().layer(Layer.GUEST_OS).name();
        assertTrue(fx(() -> named.lookupAll(".overlay-band-name").stream()
                .anyMatch(t -> ((Text) t).getText().endsWith(guestOs))), "the bands carry their layer names");
        assertTrue(fx(() -> stack.lookupAll(".overlay-band-name").isEmpty()), "once per row, not beside every stack");
        Bounds onScreen = fx(() -> stack.localToScreen(stack.getBoundsInLocal()));
        Bounds caption = fx(() -> lookup("#present-caption").query().localToScreen(
                lookup("#present-caption").query().getBoundsInLocal()));
        assertTrue(onScreen.getMaxY() <= caption.getMinY(), "the stack " + onScreen + " stays above the caption "
                + caption);
    }

    /**
     * Every sample's bands are at least 24 px tall on screen at its first step, and at its duties step (the widest:
     * badges beside every stack) everything stays on screen, clear of the caption and the legend. Most samples are
     * in two rows (global services above the VPC), so they also read in the 1440 x 900 editor; Present gives those
     * the caption beside the diagram, since each row of stacks needs the bands' whole height.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void everySamplePresentsWhollyOnScreenAtEveryStep(String file) throws Exception {
        presentSample(file);
        double smallest = bandHeights().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(smallest >= 24 - 1e-3, file + ": smallest band on screen " + smallest + " px");
        type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds caption = onScreen("#present-caption");
        Bounds legend = onScreen("#overlay-legend");
        // One class a lookup: a lookup takes no selector list, and ".overlay-band, .duty-badge" found nothing.
        List<Node> drawn = fx(() -> Stream.concat(canvas.overlayLayer().lookupAll(".overlay-band").stream(),
                canvas.overlayLayer().lookupAll(".duty-badge").stream()).toList());
        assertFalse(drawn.isEmpty(), file + ": the duties step draws bands and badges");
        List<String> outside = fx(() -> drawn.stream()
                .filter(n -> {
                    Bounds b = n.localToScreen(n.getBoundsInLocal());
                    return b.getMinX() < -0.5 || b.getMaxX() > 1920.5 || b.getMinY() < -0.5 || b.getMaxY() > 1080.5
                            || overlaps(b, caption) || overlaps(b, legend);
                })
                .map(n -> n.getParent().getId() + " " + n.getStyleClass()).toList());
        assertTrue(outside.isEmpty(), file + ": drawn off screen or under the caption at the duties step: " + outside);
    }

    /**
     * The three-tier app has its global services in a row above the VPC: two rows of 14 bands need the screen's
     * height, so the caption and the legend stand in a column along the right edge, and the bands are as tall as
     * a one-row sample's. A sample in one row keeps its caption along the bottom.
     */
    @Test
    void aDiagramInTwoRowsGetsTheCaptionBesideItAndAWideOneBelowIt() throws Exception {
        presentSample("three-tier-well-configured.json");
        Bounds caption = onScreen("#present-caption");
        Bounds legend = onScreen("#overlay-legend");
        assertTrue(caption.getMinX() > 1400 && caption.getHeight() > 500, "a column at the right: " + caption);
        assertTrue(legend.getMinX() >= caption.getMinX() - 0.5 && legend.getMaxX() <= caption.getMaxX() + 0.5
                && legend.getMinY() > caption.getMaxY(), "the legend at the column's foot, as wide: " + legend);
        List<String> sticksOut = fx(() -> lookup("#overlay-legend").query().lookupAll(".overlay-legend-text").stream()
                .filter(n -> n.localToScreen(n.getLayoutBounds()).getMaxX() > legend.getMaxX() + 0.5)
                .map(n -> ((Label) n).getText()).toList());
        assertTrue(sticksOut.isEmpty(), "the legend's words wrap inside the column: " + sticksOut);
        double rightmostBand = fx(() -> canvas.overlayLayer().lookupAll(".overlay-band").stream()
                .mapToDouble(n -> n.localToScreen(n.getBoundsInLocal()).getMaxX()).max().orElseThrow());
        assertTrue(rightmostBand < caption.getMinX(), "the diagram stays left of the column");
        assertTrue(bandHeights().stream().allMatch(h -> h >= 24 - 1e-3), "bands of 24 px or more in both rows");

        type(KeyCode.ESCAPE);
        presentSample("database-on-ec2-vs-rds.json");
        Bounds below = onScreen("#present-caption");
        assertTrue(below.getWidth() > 1800 && below.getMinY() > 700, "along the bottom: " + below);
    }

    /** A panel's box on screen, without its drop shadow. */
    private Bounds onScreen(String id) {
        return fx(() -> {
            Node n = lookup(id).query();
            return n.localToScreen(n.getLayoutBounds());
        });
    }

    /** Whether two boxes share more than a hairline (a shape's antialiased edge may touch a neighbour's). */
    private static boolean overlaps(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5 && a.getMinY() < b.getMaxY() - 0.5
                && b.getMinY() < a.getMaxY() - 0.5;
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void zoomKeysZoomWhilePresentingAndCtrlZeroFitsAgain() throws Exception {
        presentSample("database-on-ec2-vs-rds.json");
        double fitted = fx(canvas::getZoom);

        shortcut(KeyCode.MINUS);
        assertEquals(fitted / 1.25, fx(canvas::getZoom), 1e-6, "Ctrl+- zooms out");
        shortcut(KeyCode.EQUALS);
        shortcut(KeyCode.EQUALS);
        assertEquals(fitted * 1.25, fx(canvas::getZoom), 1e-6, "Ctrl+= zooms in");
        assertTrue(fx(() -> window.presentMode().activeProperty().get()), "still presenting");
        assertEquals(0, fx(() -> window.presentMode().stepProperty().get()), "zooming is not a step");

        shortcut(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, fx(canvas::getZoom), 1e-6, "Ctrl+0 fits the diagram to the screen again");
        double smallest = bandHeights().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(smallest >= 24, "smallest band after zooming: " + smallest);

        type(KeyCode.ESCAPE);
        assertFalse(fx(() -> window.presentMode().activeProperty().get()));
        assertEquals(1.0, fx(() -> canvas.maxFitZoomProperty().get()), "the editor fits at most at 100% again");
        assertTrue(fx(() -> canvas.overlayLayer().lookupAll(".overlay-band-name").isEmpty()),
                "the editor's stacks have no names");
    }
}

package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.PropertyValue;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The responsibility overlay: a stack of fourteen bands beside every service and a row of duty badges under
 * it, as the analysis says, with a legend, following edits, and toggled by the menu accelerator or the tool
 * bar.
 */
class OverlayTest extends EditorTestBase {

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

    /**
     * Switches the overlay on and zooms to 100%: the overlay's refit at this small window zooms out so far that
     * the badges and the stacks are drawn compact (no node per badge or band), and these tests read each one.
     */
    private void overlayAtFullSize() {
        overlayByShortcut();
        interact(() -> canvas.zoomTo(1, 0, 0));
    }

    /** Switches the overlay on at a zoom where bands are drawn one by one, with the diagram's top-left in view. */
    private void overlayWithPointableBands() {
        overlayByShortcut();
        interact(() -> canvas.showAt(POINTABLE_ZOOM, 0, 0));
    }

    @Test
    void theShortcutShowsAStackOfFourteenBandsOwnedAsTheAnalysisSaysForEveryService() {
        show(vpcWithServices());
        assertTrue(stacks().isEmpty(), "the overlay is off by default");
        assertFalse(legendVisible());

        overlayWithPointableBands();

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

    /**
     * Zoomed out below 40%, bands would be thinner than 8 px: too thin to point at. A stack is then drawn as one
     * shape per owner without letters, which keeps the scene of a large diagram small, and every band's place
     * is still filled by its owner's shape and no other.
     */
    @Test
    void zoomedOutTooFarToPointAtABandAStackIsOneShapePerOwnerFillingEachBandsPlace() {
        show(vpcWithServices());
        overlayByShortcut();
        interact(() -> canvas.showAt(0.25, 0, 0));

        Node stack = stack("web");
        ComponentAnalysis analysis = model.analysis().component("web").orElseThrow();
        assertTrue(fx(() -> stack.lookupAll(".overlay-band").isEmpty()), "no node per band");
        assertTrue(fx(() -> stack.lookupAll(".overlay-letter").isEmpty()), "no letters too small to read");
        List<Node> runs = fx(() -> List.copyOf(stack.lookupAll(".overlay-band-run")));
        long owners = analysis.layers().stream().map(LayerAssessment::owner).distinct().count();
        assertEquals(owners, runs.size(), "one shape per owner");
        Bounds frame = fx(() -> ((Shape) stack.lookup(".layer-stack-frame")).getLayoutBounds());
        double band = (frame.getHeight() - 1) / Layer.values().length;
        for (LayerAssessment l : analysis.layers()) {
            double y = frame.getMinY() + 0.5 + (Layer.values().length - l.layer().ordinal() - 0.5) * band;
            String owner = "owner-" + l.owner().name().toLowerCase(Locale.ROOT);
            for (Node run : runs) {
                assertEquals(run.getStyleClass().contains(owner), fx(() -> run.contains(frame.getCenterX(), y)),
                        l.layer().id() + " (" + l.owner() + ") at y " + y + " against " + run.getStyleClass());
            }
        }

        interact(() -> canvas.showAt(POINTABLE_ZOOM, 0, 0));
        assertEquals(14, fx(() -> stack("web").lookupAll(".overlay-band").size()), "zoomed in, one band each again");
        assertTrue(fx(() -> stack("web").lookupAll(".overlay-band-run").isEmpty()));
    }

    @Test
    void zoomToFitLeavesRoomForTheStacksAndTheLegend() {
        show(vpcWithServices());
        overlayByShortcut();
        interact(canvas::zoomToFit);
        Bounds view = fx(() -> canvas.localToScreen(canvas.getLayoutBounds()));
        Bounds legend = fx(() -> {
            Node n = lookup("#overlay-legend").query();
            return n.localToScreen(n.getLayoutBounds());
        });
        Set<Node> overlays = new HashSet<>(stacks());
        overlays.addAll(badgeRows());
        assertEquals(8, overlays.size());
        for (Node s : overlays) {
            Bounds b = fx(() -> s.localToScreen(s.getBoundsInLocal()));
            assertTrue(view.contains(b), s.getId() + " is cut off at the edge of the view " + view + ": " + b);
            assertFalse(b.intersects(legend), s.getId() + " is hidden under the legend " + legend + " stack " + b
                    + " view " + view);
        }
    }

    @Test
    void theDemarcationLineSitsOnTopOfTheHighestAwsLayer() {
        show(vpcWithServices());
        overlayWithPointableBands();

        Layer highest = model.analysis().component("web").orElseThrow().highestAwsLayer().orElseThrow();
        Node stack = stack("web");
        Bounds band = fx(() -> stack.lookup(".layer-" + highest.id()).getBoundsInParent());
        Line line = fx(() -> (Line) stack.lookup(".demarcation-line"));

        assertEquals(band.getMinY(), line.getStartY(), 0.01);
        assertTrue(band.getMinY() > 0, "bands above the demarcation belong to the customer or are shared");
    }

    @Test
    void theToolBarToggleHidesTheBandsAndTheLegend() {
        show(vpcWithServices());
        overlayByShortcut();
        assertEquals(4, stacks().size());

        clickOn("#toolbar-overlay");

        assertTrue(stacks().isEmpty());
        assertTrue(fx(() -> lookup(".overlay-band").queryAll()).isEmpty());
        assertTrue(badgeRows().isEmpty(), "the badges go with the overlay");
        assertTrue(fx(() -> canvas.overlayLayer().lookupAll(".duty-badge")).isEmpty());
        assertFalse(legendVisible());
        assertFalse(fx(() -> overlayMenuItem().isSelected()));

        clickOn("#toolbar-overlay");

        assertEquals(4, stacks().size());
        assertEquals(4, badgeRows().size());
        assertTrue(legendVisible());
    }

    @Test
    void movingAComponentMovesItsStack() {
        show(vpcWithServices());
        overlayByShortcut();
        Bounds before = fx(() -> stack("files").getBoundsInParent());
        Bounds cardBefore = fx(() -> canvas.componentNode("files").getBoundsInParent());

        dragBy(centreOf("files"), 60, 40);

        Component moved = component("files");
        // Switching the overlay on refits the view when the stacks would not fit: the drag is in pixels.
        assertEquals(20 + 60 / canvas.getZoom(), moved.x(), 0.5);
        Bounds after = fx(() -> stack("files").getBoundsInParent());
        Bounds card = fx(() -> canvas.componentNode("files").getBoundsInParent());
        assertEquals(before.getMinX() - cardBefore.getMinX(), after.getMinX() - card.getMinX(), 0.01);
        assertEquals(before.getMinY() - cardBefore.getMinY(), after.getMinY() - card.getMinY(), 0.01);

        undo();

        assertEquals(before, fx(() -> stack("files").getBoundsInParent()));
    }

    @Test
    void anAddedComponentGetsAStackAndADeletedOneLosesIt() {
        show(vpcWithServices());
        overlayWithPointableBands();

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
        show(vpcWithServices());
        focusCanvas();
        int off = bluePixelsRightOf("web");

        overlayByShortcut();
        int on = bluePixelsRightOf("web");

        assertEquals(0, off, "nothing AWS blue beside the card without the overlay");
        assertTrue(on > 100, "the AWS bands are painted: " + on + " blue pixels");
    }

    private Set<Node> badgeRows() {
        return fx(() -> canvas.overlayLayer().lookupAll(".duty-badges"));
    }

    private Optional<Node> badge(String id, Duty duty) {
        String duties = "duty-" + duty.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return fx(() -> Optional.ofNullable(canvas.overlayLayer().lookup("#badges-" + id))
                .map(row -> row.lookup("." + duties)));
    }

    /** The open findings of one category on one component, straight from the model's analysis. */
    private List<Finding> openFindings(String id, Duty duty) {
        return model.analysis().component(id).orElseThrow().findings().stream()
                .filter(f -> f.category() == duty).toList();
    }

    private static final Map<Severity, Color> SEVERITY_COLOURS = Map.of(
            Severity.CRITICAL, Color.web("#A50026"), Severity.HIGH, Color.web("#C24A00"),
            Severity.MEDIUM, Color.web("#8F6A00"), Severity.LOW, Color.web("#2B6A99"),
            Severity.INFO, Color.web("#5E6570"));

    /** Asserts the badge's ring, count and accessible text match the given open findings. */
    private void assertBadgeShows(Node badge, List<Finding> open) {
        Optional<Node> ring = fx(() -> Optional.ofNullable(badge.lookup(".duty-badge-ring")));
        Optional<Node> count = fx(() -> Optional.ofNullable(badge.lookup(".duty-badge-count")));
        if (open.isEmpty()) {
            assertTrue(ring.isEmpty(), "no ring without an open finding");
            assertTrue(count.isEmpty(), "no count without an open finding");
            assertTrue(badge.getAccessibleText().endsWith("no open findings"), badge.getAccessibleText());
            return;
        }
        Severity worst = open.stream().map(Finding::severity).sorted().findFirst().orElseThrow();
        assertTrue(ring.orElseThrow().getStyleClass().contains("severity-" + worst.name().toLowerCase(Locale.ROOT)),
                "ring should be " + worst + ": " + ring.get().getStyleClass());
        assertEquals(SEVERITY_COLOURS.get(worst), ((Shape) ring.get()).getStroke());
        assertEquals(Integer.toString(open.size()), ((Text) count.orElseThrow()).getText());
        assertTrue(badge.getAccessibleText().contains(open.size() + " open finding"), badge.getAccessibleText());
        assertTrue(badge.getAccessibleText().endsWith("worst " + worst.name().toLowerCase(Locale.ROOT)),
                badge.getAccessibleText());
    }

    @Test
    void anUnencryptedEc2HasAnEncryptBadgeRingedAsItsWorstOpenEncryptFindingAndEncryptingItUpdatesTheBadge() {
        show(vpcWithServices());
        overlayAtFullSize();
        List<Finding> before = openFindings("web", Duty.ENCRYPT);
        assertFalse(before.isEmpty(), "an EC2 with unencrypted EBS has an open encrypt finding");

        Node badge = badge("web", Duty.ENCRYPT).orElseThrow();
        assertBadgeShows(badge, before);
        assertTrue(badge.getAccessibleText().startsWith("Encrypt: your duty here; "), badge.getAccessibleText());

        interact(() -> model.apply("Encrypt", d -> model.edits().setProperty(d, "web", "ebsEncrypted",
                new PropertyValue.Bool(true))));

        List<Finding> after = openFindings("web", Duty.ENCRYPT);
        assertTrue(after.size() < before.size(), "encrypting the volumes closes a finding");
        assertBadgeShows(badge("web", Duty.ENCRYPT).orElseThrow(), after);

        undo();

        assertBadgeShows(badge("web", Duty.ENCRYPT).orElseThrow(), openFindings("web", Duty.ENCRYPT));
        assertEquals(before.size(), openFindings("web", Duty.ENCRYPT).size());
    }

    @Test
    void anEc2HasAPatchBadgeAndAnS3BucketHasNone() {
        show(vpcWithServices());
        overlayAtFullSize();

        assertTrue(badge("web", Duty.PATCH).isPresent(), "the customer patches an EC2's guest OS");
        assertTrue(badge("files", Duty.PATCH).isEmpty(), "AWS patches S3");
        assertTrue(badge("files", Duty.ENCRYPT).isPresent());
    }

    @Test
    void everyBadgeIsADutyTheAnalysisGivesTheCustomerInDutyOrder() {
        show(vpcWithServices());
        overlayAtFullSize();

        for (String id : new String[] {"web", "db", "files", "cdn"}) {
            List<String> expected = model.analysis().component(id).orElseThrow().duties().stream()
                    .map(d -> "duty-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            List<String> shown = fx(() -> canvas.overlayLayer().lookup("#badges-" + id)
                    .lookupAll(".duty-badge").stream()
                    .sorted(Comparator.comparingDouble((Node n) -> n.getLayoutY())
                            .thenComparingDouble(Node::getLayoutX))
                    .map(n -> n.getStyleClass().stream().filter(c -> c.startsWith("duty-")
                            && !c.equals("duty-badge")).findFirst().orElseThrow())
                    .toList());
            assertEquals(expected, shown, id);
        }
    }

    @Test
    void badgesMoveWithTheirComponentAndBackOnUndo() {
        show(vpcWithServices());
        overlayByShortcut();
        Bounds before = fx(() -> canvas.overlayLayer().lookup("#badges-files").getBoundsInParent());
        Bounds cardBefore = fx(() -> canvas.componentNode("files").getBoundsInParent());

        dragBy(centreOf("files"), 60, 40);

        // The layout may move the card a little more than the drag (it makes room); the badges keep their place
        // beside the card.
        Bounds after = fx(() -> canvas.overlayLayer().lookup("#badges-files").getBoundsInParent());
        Bounds card = fx(() -> canvas.componentNode("files").getBoundsInParent());
        assertTrue(card.getMinX() >= cardBefore.getMinX() + 60 / canvas.getZoom() - 0.5, "the card moved: " + card);
        assertEquals(before.getMinX() - cardBefore.getMinX(), after.getMinX() - card.getMinX(), 0.01);
        assertEquals(before.getMinY() - cardBefore.getMinY(), after.getMinY() - card.getMinY(), 0.01);

        undo();

        assertEquals(before, fx(() -> canvas.overlayLayer().lookup("#badges-files").getBoundsInParent()));
    }

    /** Counts pixels close to the overlay's AWS blue in the 60 px strip right of a component. */
    private int bluePixelsRightOf(String id) {
        Component c = component(id);
        double right = c.x() + model.catalog().spec(c.type()).width(c);
        Point2D topLeft = fx(() -> canvas.toLocal(right, c.y() - 40));
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

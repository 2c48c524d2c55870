package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Finding;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overlay's teaching aids: lenses that focus on one duty, the exposure path drawn for a selected exposure
 * finding, the network chips of VPCs and subnets, tooltips on bands, and keyboard navigation.
 */
class OverlayLensAndPathTest extends EditorTestBase {

    private static final PseudoClass FADED = PseudoClass.getPseudoClass("lens-faded");

    /**
     * Switches the overlay on at 100%: the refit at this small window zooms out so far that stacks and badges are
     * drawn compact, without a node per band or badge, and these tests point at single bands and badges.
     */
    private void overlayOn() {
        focusCanvas();
        shortcut(KeyCode.R);
        interact(() -> canvas.showAt(EditorTestBase.POINTABLE_ZOOM, 0, 0));
    }

    private void set(String id, String property, PropertyValue value) {
        interact(() -> model.apply("Set " + property, d -> model.edits().setProperty(d, id, property, value)));
    }

    /** Opens the one door after another: gateway, public subnet, public IP and SSH from anywhere. */
    private void exposeWebToTheInternet() {
        set("vpc", "internetGateway", new PropertyValue.Bool(true));
        set("subnet", "public", new PropertyValue.Bool(true));
        set("web", "publicIp", new PropertyValue.Bool(true));
        interact(() -> model.apply("Open SSH", d -> model.edits().setProperty(d.withSecurityGroups(List.of(
                new SecurityGroup("ssh-sg", "SSH", null, List.of(new InboundRule(Protocol.TCP, 22, "0.0.0.0/0"))))),
                "web", "securityGroups", new PropertyValue.Groups(List.of("ssh-sg")))));
    }

    private boolean faded(String id) {
        return fx(() -> canvas.componentNode(id).getPseudoClassStates().contains(FADED));
    }

    private Node stack(String id) {
        return fx(() -> lookup("#stack-" + id).query());
    }

    @Test
    void thePatchLensFadesTheServicesAwsPatchesAndTheLayersWithoutAPatchDuty() {
        show(vpcWithServices());
        overlayOn();

        clickOn("#lens-patch");

        // AWS patches S3 and CloudFront; the customer patches an EC2 instance's guest OS.
        assertTrue(faded("files"));
        assertTrue(faded("cdn"));
        assertFalse(faded("web"));
        assertTrue(fx(() -> canvas.componentNode("files").getOpacity()) < 0.5, "the faded card is see-through");
        assertTrue(fx(() -> stack("files").getOpacity()) < 0.5);
        assertEquals(1.0, fx(() -> stack("web").getOpacity()));
        for (LayerAssessment l : model.analysis().component("web").orElseThrow().layers()) {
            double opacity = fx(() -> stack("web").lookup(".layer-" + l.layer().id()).getOpacity());
            assertEquals(l.duties().contains(Duty.PATCH), opacity == 1.0, l.layer().id() + " opacity " + opacity);
        }
        String summary = fx(() -> ((Label) lookup("#lens-summary").query()).getText());
        assertTrue(summary.startsWith("What must I patch?"), summary);

        clickOn("#lens-all");

        assertFalse(faded("files"));
        assertEquals(1.0, fx(() -> stack("files").getOpacity()));
    }

    @Test
    void altDigitsPickALensAndTurningTheOverlayOffShowsEverythingAgain() {
        show(vpcWithServices());
        overlayOn();
        focusCanvas();

        press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);

        assertTrue(fx(() -> lookup("#lens-patch").queryAs(ToggleButton.class).isSelected()));
        List<String> withoutEncrypt = model.analysis().components().stream()
                .filter(c -> !c.duties().contains(Duty.PATCH)).map(c -> c.component().id()).toList();
        assertTrue(withoutEncrypt.containsAll(List.of("files", "cdn")), "AWS patches S3 and CloudFront");
        withoutEncrypt.forEach(id -> assertTrue(faded(id), id));

        overlayOn();

        withoutEncrypt.forEach(id -> assertFalse(faded(id), id + " stays faded with the overlay off"));
        assertFalse(fx(() -> lookup("#overlay-bar").query().isVisible()));
    }

    @Test
    void selectingAnExposureFindingDrawsTheWayInStopByStopAndSelectingElsewherePutsItAway() {
        show(vpcWithServices());
        exposeWebToTheInternet();
        showFindingRows();
        Finding exposure = model.analysis().findings().stream()
                .filter(f -> f.category() == Duty.EXPOSE && f.components().get(0).equals("web")
                        && f.rule().equals("ec2.admin-port-open"))
                .findFirst().orElseThrow(() -> new AssertionError("no SSH exposure finding"));

        clickFindingRow(exposure);

        Node path = fx(() -> lookup("#exposure-path").query());
        List<String> stops = fx(() -> path.lookupAll(".exposure-path-stop").stream()
                .sorted(Comparator.comparingDouble(n -> Double.parseDouble(n.getAccessibleText().split("\\.")[0])))
                .map(Node::getAccessibleText).toList());
        assertEquals(List.of("1. Internet", "2. Internet gateway", "3. Public subnet route",
                "4. Security group 'ssh-sg': tcp/22 from 0.0.0.0/0"), stops);
        assertTrue(fx(path::getAccessibleText).contains("Internet gateway of VPC 'vpc'"), fx(path::getAccessibleText));

        interact(canvas::requestFocus);
        type(KeyCode.ESCAPE);

        assertTrue(fx(() -> lookup("#exposure-path").tryQuery().isEmpty()), "the path goes with the selection");
    }

    @Test
    void withTheOverlayOnTheRuleStopLiesClearOfTheStackAndTheBadges() {
        show(vpcWithServices());
        exposeWebToTheInternet();
        overlayOn();
        showFindingRows();
        Finding exposure = model.analysis().findings().stream()
                .filter(f -> f.rule().equals("ec2.admin-port-open")).findFirst().orElseThrow();

        clickFindingRow(exposure);

        Node rule = fx(() -> lookup("#exposure-path").query().lookupAll(".exposure-path-stop").stream()
                .filter(n -> n.getAccessibleText().startsWith("4.")).findFirst().orElseThrow());
        Bounds stop = fx(() -> rule.localToScene(rule.getBoundsInLocal()));
        List<Node> drawn = fx(() -> List.copyOf(lookup(".duty-badge").queryAll()));
        drawn = new ArrayList<>(drawn);
        drawn.addAll(fx(() -> lookup(".overlay-band").queryAll()));
        assertFalse(drawn.isEmpty());
        for (Node n : drawn) {
            Bounds b = fx(() -> n.localToScene(n.getBoundsInLocal()));
            assertFalse(stop.intersects(b), "the rule stop covers " + n.getStyleClass() + " at " + b);
        }
    }

    @Test
    void closingOneDoorRemovesThePath() {
        show(vpcWithServices());
        exposeWebToTheInternet();
        showFindingRows();
        Finding exposure = model.analysis().findings().stream()
                .filter(f -> f.rule().equals("ec2.admin-port-open")).findFirst().orElseThrow();
        clickFindingRow(exposure);
        assertTrue(fx(() -> lookup("#exposure-path").tryQuery().isPresent()));

        set("subnet", "public", new PropertyValue.Bool(false));

        assertTrue(fx(() -> lookup("#exposure-path").tryQuery().isEmpty()), "a private subnet closes the way in");
    }


    @Test
    void vpcsAndSubnetsSayWhatTheyDoToExposureAndFollowEditsAndUndo() {
        show(vpcWithServices());
        overlayOn();
        Node subnetChip = fx(() -> lookup("#network-subnet").query());
        assertTrue(fx(subnetChip::getAccessibleText).contains("Private"), fx(subnetChip::getAccessibleText));
        String networkOwner = model.analysis().component("subnet").orElseThrow()
                .layer(Layer.NETWORK_CONFIG).owner().displayName();
        assertTrue(fx(subnetChip::getAccessibleText).contains("network configuration owned by " + networkOwner),
                fx(subnetChip::getAccessibleText));
        assertTrue(fx(() -> lookup("#network-vpc").query().getAccessibleText()).contains("No internet gateway"));

        set("vpc", "internetGateway", new PropertyValue.Bool(true));
        set("subnet", "public", new PropertyValue.Bool(true));

        Node open = fx(() -> lookup("#network-subnet").query());
        assertTrue(fx(open::getAccessibleText).contains("Public"), fx(open::getAccessibleText));
        assertTrue(fx(() -> open.lookup(".network-open")) != null, "an open subnet is outlined as a warning");

        undo();

        assertTrue(fx(() -> lookup("#network-subnet").query().getAccessibleText()).contains("Private"));
        set("subnet", "public", new PropertyValue.Bool(true));
        set("vpc", "internetGateway", new PropertyValue.Bool(false));
        assertTrue(fx(() -> lookup("#network-subnet").query().getAccessibleText()).contains("Marked public, but"),
                "without a gateway the public route leads nowhere");
    }

    @Test
    void pointingAtABandExplainsItsLayerInTheTooltip() {
        show(vpcWithServices());
        overlayOn();
        Node band = fx(() -> stack("web").lookup(".layer-guest-os"));

        moveTo(band);

        Tooltip tip = waitForTooltip();
        assertTrue(tip.getText().startsWith("Guest operating system") || tip.getText().startsWith("Guest OS"),
                tip.getText());
        assertTrue(tip.getText().contains("Customer"), tip.getText());
    }

    /**
     * Zoomed out so far that a stack is drawn compact (bands too thin to point at), pointing at it explains the
     * whole stack, and a lens fades the stacks of services without the duty whole.
     */
    @Test
    void aCompactStackExplainsItsBoundaryInTheTooltipAndALensFadesItWhole() {
        show(vpcWithServices());
        focusCanvas();
        shortcut(KeyCode.R);
        interact(() -> canvas.showAt(0.25, 0, 0));
        assertTrue(fx(() -> stack("web").lookupAll(".overlay-band").isEmpty()), "drawn compact at 25%");

        moveTo(stack("web"));

        Tooltip tip = waitForTooltip();
        String title = model.catalog().title(model.diagram().component("web").orElseThrow());
        assertTrue(tip.getText().startsWith(title + ": AWS runs every layer up to and including"), tip.getText());

        clickOn("#lens-patch");
        assertTrue(fx(() -> stack("files").getOpacity()) < 0.5, "S3: AWS patches, so its stack fades");
        assertEquals(1.0, fx(() -> stack("web").getOpacity()), "EC2: the customer patches the guest OS");
        clickOn("#lens-all");
        assertEquals(1.0, fx(() -> stack("files").getOpacity()));
    }

    private Tooltip waitForTooltip() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> shownTooltip().isPresent()));
        } catch (TimeoutException e) {
            throw new AssertionError("no tooltip appeared", e);
        }
        return fx(() -> shownTooltip().orElseThrow());
    }

    private static Optional<Tooltip> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing()
                && t.getText() != null && !t.getText().isEmpty()).map(w -> (Tooltip) w).findFirst();
    }

    @Test
    void altArrowsWalkBetweenComponentsAndF6WalksBetweenPanes() {
        show(vpcWithServices());
        interact(() -> model.select(List.of("web")));
        focusCanvas();

        press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertEquals(Set.of("db"), Set.copyOf(model.selection()));
        assertEquals(90.0, component("web").y(), "Alt+arrow selects; it does not move anything");

        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertEquals(Set.of("web"), Set.copyOf(model.selection()));

        type(KeyCode.F6);
        assertTrue(fx(() -> isInside(stage.getScene().getFocusOwner(), lookup("#findings").query())),
                "F6 moves to the findings table");
        type(KeyCode.F6);
        Node owner = fx(() -> stage.getScene().getFocusOwner());
        assertNotNull(owner);
        assertFalse(fx(() -> isInside(owner, lookup("#findings").query()) || owner == canvas));
        type(KeyCode.F6);
        assertTrue(fx(canvas::isFocused), "and round to the canvas");
    }

    private static boolean isInside(Node n, Node pane) {
        while (n != null && n != pane) {
            n = n.getParent();
        }
        return n != null;
    }

    @Test
    void aStackTellsAScreenReaderWhereAwsStopsInTheCatalogsLayerNames() {
        show(vpcWithServices());
        overlayOn();

        String spoken = fx(() -> stack("web").getAccessibleText());
        Layer highest = model.analysis().component("web").orElseThrow().highestAwsLayer()
                .orElseThrow();
        assertTrue(spoken.contains("AWS runs every layer up to and including "
                + model.catalog().layer(highest).name() + "; from "
                + model.catalog().layer(Layer.values()[highest.ordinal() + 1]).name()
                + " up it is yours or shared"), spoken);
        assertTrue(spoken.contains(model.catalog().layer(Layer.GUEST_OS).name()), spoken);
        assertFalse(spoken.contains("guest-os"), "names, not ids: " + spoken);
    }
}

package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import javafx.scene.Node;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

/**
 * VPCs and subnets as containers: what is dropped or moved inside one becomes its child, moving a container
 * moves its children, dragging out re-parents, and a nesting AWS does not allow is refused with a hint.
 */
class ContainmentTest extends EditorTestBase {

    /**
     * A 480 x 320 VPC holding a subnet on its left (20..240, 50..300) and a 190 x 76 EC2 instance either in
     * the subnet or on the VPC's right, outside the subnet.
     */
    private static Diagram vpcWithSubnet(String webParent) {
        double webX = "public".equals(webParent) ? 35 : 270;
        return diagram(container("vpc", ComponentType.VPC, 0, 0, 480, 320, null),
                container("public", ComponentType.SUBNET, 20, 50, 220, 250, "vpc"),
                service("web", ComponentType.EC2, webX, 130, webParent));
    }

    @Test
    void aComponentDroppedFromThePaletteIntoASubnetIsItsChild() {
        show(vpcWithSubnet("vpc"));

        drag("#palette-RDS").dropTo(screen(130, 250));

        assertEquals("public", component("rds-1").parent());
    }

    @Test
    void anInstanceDroppedOnASubnetBorderLandsInsideItAndTheSubnetGrowsInOneUndoStep() {
        Diagram before = vpcWithSubnet("vpc");
        show(before);

        // Just inside the subnet's right edge: dropped centred there, the card would hang over the border.
        drag("#palette-EC2").dropTo(screen(230, 200));

        Component placed = component("ec2-1");
        Component subnet = component("public");
        assertEquals("public", placed.parent());
        assertTrue(placed.x() >= subnet.x() + 10, "clear of the subnet's left border: " + placed);
        assertTrue(placed.x() + 190 <= subnet.x() + subnet.width() - 10, "clear of its right border: " + subnet);
        assertTrue(placed.y() >= subnet.y() + 30, "below the subnet's title: " + placed);
        assertTrue(component("vpc").width() >= subnet.x() + subnet.width(), "the VPC holds the grown subnet");

        undo();

        assertEquals(before, model.diagram());
        assertFalse(model.canUndoProperty().get(), "the drop and the growth were one undo step");
    }

    @Test
    void movingAnInstanceIntoASubnetGrowsTheSubnetAroundItAndUndoShrinksItBack() {
        Diagram before = vpcWithSubnet("vpc");
        show(before);

        // The instance's centre goes just inside the subnet's right edge; most of the card is outside it.
        dragTo(centreOf("web"), screen(225, 200));

        Component web = component("web");
        Component subnet = component("public");
        assertEquals("public", web.parent());
        assertTrue(subnet.x() + subnet.width() >= web.x() + 190 + 10, "the subnet grew around " + web);

        undo();

        assertEquals(before, model.diagram());
        assertFalse(model.canUndoProperty().get(), "the move and the growth were one undo step");
    }

    @Test
    void movingAComponentIntoASubnetMakesItTheParentAndUndoRestoresTheOldOne() {
        Diagram before = vpcWithSubnet("vpc");
        show(before);

        dragTo(centreOf("web"), screen(130, 200));

        assertEquals("public", component("web").parent());

        undo();

        assertEquals(before, model.diagram());
        assertFalse(model.canUndoProperty().get(), "moving and re-parenting was one undo step");

        redo();

        assertEquals("public", component("web").parent());
    }

    @Test
    void movingTheVpcMovesItsSubnetAndTheComponentInside() {
        Diagram before = vpcWithSubnet("public");
        show(before);

        // Grab the VPC where neither the subnet nor the instance covers it.
        dragBy(inside("vpc", 400, 290), 40, 30);

        for (String id : new String[] {"vpc", "public", "web"}) {
            Component was = before.component(id).orElseThrow();
            assertEquals(was.x() + 40, component(id).x(), 1e-6, id + " x");
            assertEquals(was.y() + 30, component(id).y(), 1e-6, id + " y");
            assertEquals(was.parent(), component(id).parent(), id + " keeps its parent");
        }

        undo();

        assertEquals(before, model.diagram());
    }

    @Test
    void draggingAComponentOutOfItsSubnetReparentsIt() {
        show(vpcWithSubnet("public"));

        dragTo(centreOf("web"), screen(360, 260));

        assertEquals("vpc", component("web").parent(), "out of the subnet, still in the VPC");

        dragTo(centreOf("web"), screen(240, 380));

        assertNull(component("web").parent(), "on the empty canvas, outside the VPC");

        undo();

        assertEquals("vpc", component("web").parent());
    }

    @Test
    void aCornerHandleResizesTheVpcAsOneUndoStep() {
        Diagram before = vpcWithSubnet("public");
        show(before);
        clickOn(inside("vpc", 400, 290));

        dragBy(centreOfNode("#resize-bottom-right"), 50, 40);

        Component vpc = component("vpc");
        assertEquals(0, vpc.x(), 1e-6);
        assertEquals(0, vpc.y(), 1e-6);
        assertEquals(530, vpc.width(), 1.0);
        assertEquals(360, vpc.height(), 1.0);
        assertEquals(before.component("public"), model.diagram().component("public"), "children stay put");

        undo();

        assertEquals(before, model.diagram());
    }

    @Test
    void aVpcMovedIntoASubnetIsRefusedWithAVisibleHint() {
        Diagram before = diagram(container("vpc", ComponentType.VPC, 0, 0, 200, 160, null),
                container("loose", ComponentType.SUBNET, 260, 0, 240, 240, null));
        show(before);

        // Drag the VPC by its title bar until its centre, (100, 80), is over the subnet.
        dragBy(inside("vpc", 100, 12), 300, 40);

        assertEquals(before, model.diagram());
        assertFalse(model.canUndoProperty().get());
        String hint = model.hintProperty().get();
        assertTrue(hint.startsWith("VPC cannot go inside a subnet"), hint);
        assertEquals(hint, lookup("#status-bar").queryAs(StatusBar.class).getText());
        Node vpcView = lookup(".component-vpc").query();
        assertEquals(0, vpcView.getTranslateX(), "the VPC snapped back");
        assertEquals(0, vpcView.getTranslateY());
    }
}

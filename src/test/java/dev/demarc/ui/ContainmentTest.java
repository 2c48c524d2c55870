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
     * A 600 x 380 VPC holding a subnet on its left (20..280, 50..350) and an EC2 instance on its right, in
     * the VPC but outside the subnet.
     */
    private static Diagram vpcWithSubnet(String webParent) {
        double webX = "public".equals(webParent) ? 60 : 380;
        return diagram(container("vpc", ComponentType.VPC, 0, 0, 600, 380, null),
                container("public", ComponentType.SUBNET, 20, 50, 260, 300, "vpc"),
                service("web", ComponentType.EC2, webX, 150, webParent));
    }

    @Test
    void aComponentDroppedFromThePaletteIntoASubnetIsItsChild() {
        show(vpcWithSubnet("vpc"));

        drag("#palette-RDS").dropTo(screen(150, 280));

        assertEquals("public", component("rds-1").parent());
    }

    @Test
    void movingAComponentIntoASubnetMakesItTheParentAndUndoRestoresTheOldOne() {
        Diagram before = vpcWithSubnet("vpc");
        show(before);

        dragTo(centreOf("web"), screen(150, 200));

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
        dragBy(inside("vpc", 450, 340), 40, 30);

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

        dragTo(centreOf("web"), screen(440, 200));

        assertEquals("vpc", component("web").parent(), "out of the subnet, still in the VPC");

        dragTo(centreOf("web"), screen(300, 440));

        assertNull(component("web").parent(), "on the empty canvas, outside the VPC");

        undo();

        assertEquals("vpc", component("web").parent());
    }

    @Test
    void aCornerHandleResizesTheVpcAsOneUndoStep() {
        Diagram before = vpcWithSubnet("public");
        show(before);
        clickOn(inside("vpc", 450, 340));

        dragBy(centreOfNode("#resize-bottom-right"), 50, 40);

        Component vpc = component("vpc");
        assertEquals(0, vpc.x(), 1e-6);
        assertEquals(0, vpc.y(), 1e-6);
        assertEquals(650, vpc.width(), 1.0);
        assertEquals(420, vpc.height(), 1.0);
        assertEquals(before.component("public"), model.diagram().component("public"), "children stay put");

        undo();

        assertEquals(before, model.diagram());
    }

    @Test
    void aVpcMovedIntoASubnetIsRefusedWithAVisibleHint() {
        Diagram before = diagram(container("vpc", ComponentType.VPC, 0, 0, 300, 250, null),
                container("loose", ComponentType.SUBNET, 380, 0, 300, 300, null));
        show(before);

        // Drag the VPC by its title bar until its centre is over the subnet.
        dragBy(inside("vpc", 150, 12), 380, 40);

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

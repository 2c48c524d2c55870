package dev.demarc.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where drops land, and how containers grow around what is moved or dropped into them. */
class ContainerFitTest {

    private final DiagramEdits edits = new DiagramEdits(Catalog.builtIn());
    private final Geometry geometry = edits.geometry();

    /** A VPC at (0,0) 900x560 holding a subnet at (40,80) 400x360 with an EC2 at (100,200); an RDS beside. */
    private static Diagram vpcWithSubnet() {
        Component vpc = new Component("vpc", ComponentType.VPC, null, 0, 0, 900.0, 560.0, null, Properties.empty());
        Component subnet = new Component("sub", ComponentType.SUBNET, null, 40, 80, 400.0, 360.0, "vpc",
                Properties.empty());
        Component web = Component.of("web", ComponentType.EC2, 100, 200).withParent("sub");
        Component db = Component.of("db", ComponentType.RDS, 600, 200).withParent("vpc");
        return new Diagram("t", List.of(vpc, subnet, web, db), List.of());
    }

    private Geometry.Rect bounds(Diagram d, String id) {
        return geometry.bounds(d.component(id).orElseThrow());
    }

    @Test
    void aVpcDroppedNearTheTopLeftCornerLandsWhollyInTheVisibleArea() {
        Geometry.Rect visible = new Geometry.Rect(0, 0, 1200, 800);
        Component vpc = edits.newComponent(Diagram.empty(), ComponentType.VPC, 10 - 450, 10 - 280);
        Diagram d = edits.drop(Diagram.empty(), vpc, visible);
        Geometry.Rect r = bounds(d, vpc.id());
        assertEquals(0, r.x());
        assertEquals(0, r.y());
        assertTrue(visible.contains(r), r.toString());
    }

    @Test
    void aComponentDroppedOverASubnetBorderLandsInsideWithAMargin() {
        // Centred just inside the subnet's left border: half of the card hangs over the VPC.
        Component ec2 = edits.newComponent(vpcWithSubnet(), ComponentType.EC2, 50 - 95, 300 - 38);
        Diagram d = edits.drop(vpcWithSubnet(), ec2, null);
        Component placed = d.component(ec2.id()).orElseThrow();
        assertEquals("sub", placed.parent());
        Geometry.Rect subnet = bounds(d, "sub");
        Geometry.Rect card = bounds(d, ec2.id());
        assertEquals(subnet.x() + Geometry.MARGIN, card.x());
        assertTrue(Geometry.contentArea(subnet).contains(card), card + " in " + subnet);
        assertEquals(new Geometry.Rect(40, 80, 400, 360), subnet, "the subnet had room, so it keeps its size");
    }

    @Test
    void aComponentDroppedOnAContainerTitleLandsBelowTheTitle() {
        Component ec2 = edits.newComponent(vpcWithSubnet(), ComponentType.EC2, 200, 60);
        Diagram d = edits.drop(vpcWithSubnet(), ec2, null);
        Geometry.Rect card = bounds(d, ec2.id());
        Component placed = d.component(ec2.id()).orElseThrow();
        Geometry.Rect parent = bounds(d, placed.parent());
        assertTrue(card.y() >= parent.y() + Geometry.TITLE_MARGIN, card + " under the title of " + parent);
    }

    @Test
    void movingAnInstanceAcrossASubnetBorderGrowsTheSubnetAndItsVpc() {
        // The instance moves so its right half sticks out of the subnet, its centre still inside.
        Diagram d = edits.move(vpcWithSubnet(), List.of("web"), 200, 0);
        Geometry.Rect subnet = bounds(d, "sub");
        Geometry.Rect card = bounds(d, "web");
        assertEquals("sub", d.component("web").orElseThrow().parent());
        assertEquals(card.x() + card.width() + Geometry.MARGIN, subnet.x() + subnet.width());
        assertEquals(40, subnet.x(), "the subnet grows to the right only");
        assertEquals(new Geometry.Rect(0, 0, 900, 560), bounds(d, "vpc"), "the VPC had room");
    }

    @Test
    void aSubnetGrowingPastItsVpcGrowsTheVpcToo() {
        Diagram tight = edits.resize(vpcWithSubnet(), "vpc", 0, 0, 900, 460);
        Diagram d = edits.move(tight, List.of("web"), 0, 200);
        Geometry.Rect subnet = bounds(d, "sub");
        Geometry.Rect vpc = bounds(d, "vpc");
        assertEquals(200 + 200 + 76 + Geometry.MARGIN, subnet.y() + subnet.height());
        assertEquals(subnet.y() + subnet.height() + Geometry.MARGIN, vpc.y() + vpc.height());
    }

    @Test
    void aContainerCannotBeResizedSmallerThanItsChildren() {
        Diagram d = edits.resize(vpcWithSubnet(), "sub", 40, 80, 100, 100);
        Geometry.Rect subnet = bounds(d, "sub");
        assertEquals(100 + 190 + Geometry.MARGIN, subnet.x() + subnet.width());
        assertEquals(200 + 76 + Geometry.MARGIN, subnet.y() + subnet.height());
        Diagram fromTopLeft = edits.resize(vpcWithSubnet(), "sub", 300, 300, 140, 140);
        Geometry.Rect moved = bounds(fromTopLeft, "sub");
        assertEquals(100 - Geometry.MARGIN, moved.x());
        assertEquals(200 - Geometry.TITLE_MARGIN, moved.y());
    }

    @Test
    void growingNeverMovesTheChildren() {
        Diagram before = vpcWithSubnet();
        Diagram d = edits.move(before, List.of("web"), 200, 0);
        assertEquals(before.component("db"), d.component("db"));
        assertEquals(300, d.component("web").orElseThrow().x());
    }

    @Test
    void editedPositionsAndSizesAreWholeOrHalfPixelsAndUneditedOnesStayAsTheyWere() {
        Component old = Component.of("old", ComponentType.S3, -273.54177897574124, 1200.1234);
        Diagram d = vpcWithSubnet().withComponents(List.of(vpcWithSubnet().components().get(0),
                vpcWithSubnet().components().get(1), vpcWithSubnet().components().get(2), old));
        Diagram moved = edits.move(d, List.of("web"), 10.3333333, 7.77777);
        assertEquals(110.5, moved.component("web").orElseThrow().x());
        assertEquals(208, moved.component("web").orElseThrow().y());
        assertEquals(-273.54177897574124, moved.component("old").orElseThrow().x(), "not edited, not touched");
        Component resized = edits.resize(d, "sub", 40, 80, 512.3, 400.74).component("sub").orElseThrow();
        assertEquals(512.5, resized.width());
        assertEquals(400.5, resized.height());
        Component dropped = edits.newComponent(d, ComponentType.RDS, 901.2, 13.9);
        assertEquals(901, dropped.x());
        assertEquals(14, dropped.y());
    }
}

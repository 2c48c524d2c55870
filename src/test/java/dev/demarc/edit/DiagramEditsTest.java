package dev.demarc.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramEditsTest {

    private final DiagramEdits edits = new DiagramEdits(Catalog.builtIn());

    /** A VPC at (0,0) 900x560 holding a subnet at (20,40) 400x360 holding an EC2 at (60,100); an S3 outside. */
    private static Diagram nested() {
        Component vpc = new Component("vpc", ComponentType.VPC, null, 0, 0, 900.0, 560.0, null,
                Properties.empty());
        Component subnet = new Component("sub", ComponentType.SUBNET, null, 20, 40, 400.0, 360.0, "vpc",
                Properties.empty());
        Component ec2 = Component.of("web", ComponentType.EC2, 60, 100).withParent("sub");
        Component s3 = Component.of("bucket", ComponentType.S3, 1200, 100);
        return new Diagram("t", List.of(vpc, subnet, ec2, s3), List.of(Connection.of("c1", "web", "bucket")));
    }

    @Test
    void newComponentsGetNumberedIdsAndLabels() {
        Diagram d = Diagram.empty();
        Component first = edits.newComponent(d, ComponentType.EC2, 0, 0);
        d = edits.add(d, first);
        Component second = edits.newComponent(d, ComponentType.EC2, 0, 0);
        assertEquals("ec2-1", first.id());
        assertEquals("EC2 1", first.label());
        assertEquals("ec2-2", second.id());
        assertEquals("EC2 2", second.label());
    }

    @Test
    void addingInsideASubnetMakesItTheParent() {
        Component db = Component.of("db", ComponentType.RDS, 100, 200);
        assertEquals("sub", edits.add(nested(), db).component("db").orElseThrow().parent());
    }

    @Test
    void movingAContainerMovesEverythingInsideIt() {
        Diagram moved = edits.move(nested(), List.of("vpc"), 100, 50);
        assertEquals(100, moved.component("vpc").orElseThrow().x());
        assertEquals(120, moved.component("sub").orElseThrow().x());
        assertEquals(160, moved.component("web").orElseThrow().x());
        assertEquals(150, moved.component("web").orElseThrow().y());
        assertEquals(1200, moved.component("bucket").orElseThrow().x());
    }

    @Test
    void selectingAParentAndItsChildMovesTheChildOnce() {
        Diagram moved = edits.move(nested(), List.of("vpc", "web"), 10, 0);
        assertEquals(70, moved.component("web").orElseThrow().x());
    }

    @Test
    void draggingOutOfASubnetReparentsToWhatIsUnderneath() {
        Diagram outOfSubnet = edits.move(nested(), List.of("web"), 500, 0);
        assertEquals("vpc", outOfSubnet.component("web").orElseThrow().parent());
        Diagram outOfVpc = edits.move(nested(), List.of("web"), 1500, 0);
        assertNull(outOfVpc.component("web").orElseThrow().parent());
    }

    @Test
    void aVpcCannotBeDroppedIntoASubnet() {
        Diagram d = edits.add(nested(), new Component("vpc2", ComponentType.VPC, null, 2000, 0, 100.0, 100.0,
                null, Properties.empty()));
        EditException e = assertThrows(EditException.class, () -> edits.move(d, List.of("vpc2"), -1900, 150));
        assertTrue(e.getMessage().contains("VPC cannot go inside a subnet"), e.getMessage());
    }

    @Test
    void deletingAContainerRemovesItsContentsAndTheirConnections() {
        Diagram d = edits.delete(nested(), List.of("sub"), List.of());
        assertEquals(List.of("vpc", "bucket"), d.components().stream().map(Component::id).toList());
        assertTrue(d.connections().isEmpty());
    }

    @Test
    void changingAnIdKeepsChildrenAndConnectionsPointingAtIt() {
        Diagram d = edits.changeId(nested(), "sub", "public-a");
        assertEquals("public-a", d.component("web").orElseThrow().parent());
        Diagram e = edits.changeId(nested(), "web", "web-1");
        assertEquals("web-1", e.connections().get(0).from());
    }

    @Test
    void anIdChangeToATakenOrInvalidIdIsRefused() {
        assertThrows(EditException.class, () -> edits.changeId(nested(), "web", "bucket"));
        assertThrows(EditException.class, () -> edits.changeId(nested(), "web", "has space"));
    }

    @Test
    void settingAPropertyToNullRestoresTheDefault() {
        Diagram set = edits.setProperty(nested(), "web", "publicIp", new PropertyValue.Bool(true));
        assertTrue(set.component("web").orElseThrow().properties().has("publicIp"));
        Diagram reset = edits.setProperty(set, "web", "publicIp", null);
        assertTrue(reset.component("web").orElseThrow().properties().isEmpty());
    }

    @Test
    void connectRefusesSelfLinksAndDuplicates() {
        assertThrows(EditException.class, () -> edits.connect(nested(), "web", "web"));
        assertThrows(EditException.class, () -> edits.connect(nested(), "web", "bucket"));
        Diagram d = edits.connect(nested(), "bucket", "web");
        assertEquals("c2", d.connections().get(1).id());
    }

    @Test
    void pasteGivesFreshIdsOffsetAndKeepsInnerConnections() {
        Diagram d = nested();
        Diagram fragment = edits.fragment(d, List.of("web", "bucket"));
        DiagramEdits.Pasted pasted = edits.paste(d, fragment, 30, 30);
        assertEquals(Set.of("web-copy", "bucket-copy"), pasted.ids());
        Component copy = pasted.diagram().component("web-copy").orElseThrow();
        assertEquals(90, copy.x());
        assertEquals("sub", copy.parent());
        assertTrue(pasted.diagram().connections().stream()
                .anyMatch(k -> k.from().equals("web-copy") && k.to().equals("bucket-copy")));
        DiagramEdits.Pasted again = edits.paste(pasted.diagram(), fragment, 60, 60);
        assertEquals(Set.of("web-copy-2", "bucket-copy-2"), again.ids());
    }

    @Test
    void pastingIntoAnotherDiagramDropsParentsThatDoNotExistThere() {
        Diagram fragment = edits.fragment(nested(), List.of("web"));
        Component pasted = edits.paste(Diagram.empty(), fragment, 0, 0).diagram().components().get(0);
        assertEquals("web", pasted.id());
        assertNull(pasted.parent());
    }

    @Test
    void resizeKeepsAMinimumSize() {
        Diagram empty = new Diagram("t", List.of(new Component("vpc", ComponentType.VPC, null, 0, 0, 900.0, 560.0,
                null, Properties.empty())), List.of());
        Component vpc = edits.resize(empty, "vpc", 0, 0, 5, 5).component("vpc").orElseThrow();
        assertEquals(40, vpc.width());
        assertEquals(30, vpc.height());
    }

    @Test
    void changingTheEngineDropsTheOldEnginesVersionAndOtherSettingsKeepIt() {
        Component db = new Component("db", ComponentType.RDS, null, 0, 0, null, null, null,
                Properties.of(Map.of("engine", new PropertyValue.Text("mysql"),
                        "engineVersion", new PropertyValue.Text("8.0"))));
        Diagram d = new Diagram(null, List.of(db), List.of());

        Diagram otherSetting = edits.setProperty(d, "db", "storageEncrypted", new PropertyValue.Bool(true));
        assertTrue(otherSetting.component("db").orElseThrow().properties().has("engineVersion"));

        Diagram postgres = edits.setProperty(d, "db", "engine", new PropertyValue.Text("postgres"));
        assertEquals(false, postgres.component("db").orElseThrow().properties().has("engineVersion"),
                "MySQL 8.0 is no PostgreSQL version");
    }
}

package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Format 2 to 3, the identity half: the EC2 {@code iamRole} and ECS {@code taskRole} flags become role components
 * connected from the workload, to the right of the diagram, with permissions unknown.
 */
class RoleFlagMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog CATALOG = Catalog.builtIn();

    private static ObjectNode migrate(String json) throws Exception {
        return RoleFlagMigration.apply((ObjectNode) JSON.readTree(json), type -> type.equals("VPC") ? 900 : 190, 76);
    }

    private static final String TWO_WORKLOADS = """
            {"format": "demarc-diagram", "formatVersion": 2, "components": [
              {"id": "vpc", "type": "VPC", "x": 40, "y": 30},
              {"id": "web", "type": "EC2", "label": "Web server", "parent": "vpc", "x": 100, "y": 120,
               "properties": {"iamRole": true, "publicIp": true}},
              {"id": "svc", "type": "ECS", "parent": "vpc", "x": 300, "y": 120, "properties": {"taskRole": true}},
              {"id": "web-role", "type": "S3", "x": 1200, "y": 500, "width": 100},
              {"id": "old", "type": "EC2", "parent": "vpc", "x": 100, "y": 300, "properties": {"iamRole": false}}
            ], "connections": [{"id": "web-role-link", "from": "web", "to": "web-role"}]}
            """;

    @Test
    void aTrueFlagBecomesAConnectedRoleWithUnknownPermissions() throws Exception {
        ObjectNode out = migrate(TWO_WORKLOADS);

        JsonNode role = component(out, "web-role-2");
        assertEquals("IAM_ROLE", role.get("type").asText());
        assertEquals("Web server role", role.get("label").asText());
        assertEquals("unknown", role.at("/properties/permissions").asText());
        assertFalse(role.has("parent"), "IAM is global: the role stands outside any VPC");
        assertTrue(hasLink(out, "web", "web-role-2"));
        assertFalse(out.get("connections").get(1).has("label"), "no label to overlap what lies on the way");
        assertEquals("svc role", component(out, "svc-role").get("label").asText());
        assertTrue(hasLink(out, "svc", "svc-role"));
    }

    @Test
    void theFlagsAreRemovedWhetherTrueOrFalse() throws Exception {
        ObjectNode out = migrate(TWO_WORKLOADS);

        assertFalse(component(out, "web").get("properties").has("iamRole"));
        assertFalse(component(out, "svc").get("properties").has("taskRole"));
        assertFalse(component(out, "old").get("properties").has("iamRole"));
        assertEquals(true, component(out, "web").at("/properties/publicIp").asBoolean(), "other settings stay");
        assertEquals(7, out.get("components").size(), "two roles for two true flags, none for false");
    }

    @Test
    void rolesStackToTheRightOfEverythingFromTheTopEdge() throws Exception {
        ObjectNode out = migrate(TWO_WORKLOADS);

        // The rightmost edge is the bucket at 1200 + its width 100; the top edge is the VPC's y.
        JsonNode first = component(out, "web-role-2");
        JsonNode second = component(out, "svc-role");
        assertEquals(1340, first.get("x").asDouble());
        assertEquals(30, first.get("y").asDouble());
        assertEquals(1340, second.get("x").asDouble());
        assertEquals(30 + 76 + 40, second.get("y").asDouble());
    }

    @Test
    void newIdsAvoidTakenIdsOfComponentsAndConnections() throws Exception {
        ObjectNode out = migrate(TWO_WORKLOADS);

        assertTrue(hasLink(out, "web", "web-role"), "the old connection stays");
        List<String> linkIds = ids(out.get("connections"));
        assertEquals(linkIds.size(), linkIds.stream().distinct().count(), linkIds.toString());
        List<String> componentIds = ids(out.get("components"));
        assertEquals(componentIds.size(), componentIds.stream().distinct().count(), componentIds.toString());
    }

    @Test
    void aLongIdStaysWithinTheLimit() throws Exception {
        String id = "w".repeat(64);
        ObjectNode out = migrate("{\"components\": [{\"id\": \"" + id + "\", \"type\": \"EC2\", \"x\": 0, \"y\": 0,"
                + " \"properties\": {\"iamRole\": true}}]}");

        String roleId = out.get("components").get(1).get("id").asText();
        assertEquals(64, roleId.length());
        assertTrue(roleId.endsWith("-role"), roleId);
        assertTrue(out.has("connections"), "a file without connections gets them");
    }

    @Test
    void aFlagOfTheWrongShapeIsLeftForValidationToName() throws Exception {
        ObjectNode out = migrate("{\"components\": [{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0,"
                + " \"properties\": {\"iamRole\": \"yes\"}}]}");

        assertEquals("yes", component(out, "web").at("/properties/iamRole").asText());
        assertEquals(1, out.get("components").size());
    }

    @Test
    void aVersionTwoFileLoadsWithTheRoleAndSavesAsTheCurrentVersion() throws Exception {
        LoadedDiagram loaded = new DiagramReader(CATALOG).read(TWO_WORKLOADS.getBytes(StandardCharsets.UTF_8));
        Diagram d = loaded.diagram();

        Component role = d.component("web-role-2").orElseThrow();
        assertEquals(ComponentType.IAM_ROLE, role.type());
        assertEquals(new PropertyValue.Text("unknown"), role.properties().get("permissions").orElseThrow());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        byte[] saved = new DiagramWriter(CATALOG).toBytes(d);
        String text = new String(saved, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"formatVersion\": " + DiagramReader.FORMAT_VERSION), text);
        assertFalse(text.contains("iamRole") || text.contains("taskRole"), text);
        assertEquals(d, new DiagramReader(CATALOG).read(saved).diagram(), "saved and read back, the same diagram");
        assertEquals(text, new String(new DiagramWriter(CATALOG).toBytes(
                new DiagramReader(CATALOG).read(saved).diagram()), StandardCharsets.UTF_8), "byte-stable");
    }

    private static JsonNode component(ObjectNode root, String id) {
        for (JsonNode c : root.get("components")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no component " + id + " in " + root);
    }

    private static boolean hasLink(ObjectNode root, String from, String to) {
        for (JsonNode k : root.get("connections")) {
            if (k.get("from").asText().equals(from) && k.get("to").asText().equals(to)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asText())
                .toList();
    }
}

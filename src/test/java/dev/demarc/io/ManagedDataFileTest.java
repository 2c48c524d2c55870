package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file with DynamoDB, SQS and SNS components reads as docs/file-format.md describes it, writes back byte for
 * byte, and a value the catalog does not allow names the component and the property.
 */
class ManagedDataFileTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private static final String FILE = """
            {
              "format": "demarc-diagram",
              "formatVersion": 2,
              "title": "Orders backend",
              "components": [
                {"id": "orders", "type": "DYNAMODB", "label": "Orders", "x": 40, "y": 40,
                 "properties": {"keyType": "customer-managed", "pointInTimeRecovery": true}},
                {"id": "jobs", "type": "SQS", "label": "Jobs", "x": 300, "y": 40,
                 "properties": {"encryption": "none", "publicPolicy": true}},
                {"id": "alerts", "type": "SNS", "label": "Alerts", "x": 560, "y": 40,
                 "properties": {"httpSubscription": true}}
              ],
              "connections": [{"id": "c1", "from": "alerts", "to": "jobs"}]
            }
            """;

    private static LoadedDiagram read(String text) throws DiagramLoadException {
        return new DiagramReader(CATALOG).read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithTheNewTypesLoadsWithItsSettingsAndDefaults() throws Exception {
        LoadedDiagram loaded = read(FILE);
        Diagram d = loaded.diagram();

        assertEquals(List.of(), loaded.warnings());
        assertEquals(List.of(ComponentType.DYNAMODB, ComponentType.SQS, ComponentType.SNS),
                d.components().stream().map(c -> c.type()).toList());
        var table = d.component("orders").orElseThrow();
        assertEquals(new PropertyValue.Text("customer-managed"), table.properties().get("keyType").orElseThrow());
        // Left out, so the catalog defaults apply: deletion protection off, no resource policy.
        assertEquals(new PropertyValue.Bool(false),
                CATALOG.spec(ComponentType.DYNAMODB).effective(table, "deletionProtection"));
        assertEquals(new PropertyValue.Text("none"),
                CATALOG.spec(ComponentType.DYNAMODB).effective(table, "resourcePolicy"));
        assertEquals(new PropertyValue.Text("none"),
                CATALOG.spec(ComponentType.SNS).effective(d.component("alerts").orElseThrow(), "encryption"));
    }

    @Test
    void whatDemarcWritesReadsBackToTheSameBytes() throws Exception {
        DiagramWriter writer = new DiagramWriter(CATALOG);
        byte[] once = writer.toBytes(read(FILE).diagram());
        byte[] twice = writer.toBytes(new DiagramReader(CATALOG).read(once).diagram());

        assertArrayEquals(once, twice);
    }

    @Test
    void aPublicDynamoDbPolicyIsNotAChoiceAndTheErrorNamesComponentAndProperty() {
        String publicTable = FILE.replace("\"keyType\": \"customer-managed\"", "\"resourcePolicy\": \"public\"");

        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> read(publicTable));
        String message = e.first().message();
        assertTrue(message.contains("orders"), message);
        assertTrue(message.contains("resourcePolicy"), message);
        assertTrue(message.contains("cross-account"), "lists the allowed values: " + message);
    }
}

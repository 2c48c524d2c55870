package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the format allows is accepted, with the defaults and warnings the contract promises. */
class DiagramReaderAcceptsTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads numbers exactly, so that 1e400 is not turned into Infinity by the test itself. */
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The example of the contract (issue 2, section 2), copied by hand. */
    static final String CONTRACT_EXAMPLE = """
            {
              "format": "demarc-diagram",
              "formatVersion": 1,
              "title": "Web app on EC2 with RDS",
              "components": [
                {"id": "vpc", "type": "VPC", "label": "Production VPC", "x": 40, "y": 40, "width": 900, "height": 560,
                 "properties": {"internetGateway": true}},
                {"id": "public-a", "type": "SUBNET", "parent": "vpc", "x": 60, "y": 80, "width": 400, "height": 480,
                 "properties": {"public": true}},
                {"id": "web", "type": "EC2", "label": "Web server", "parent": "public-a", "x": 100, "y": 120,
                 "properties": {"publicIp": true,
                                "inboundRules": [{"protocol": "tcp", "port": 443, "source": "0.0.0.0/0"}]}},
                {"id": "assets", "type": "S3", "label": "Static assets", "x": 1000, "y": 120}
              ],
              "connections": [{"id": "c1", "from": "web", "to": "assets", "label": "reads"}]
            }
            """;

    static LoadedDiagram load(String text) throws DiagramLoadException {
        return new DiagramReader(CATALOG).read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theContractExampleLoadsAsWritten() throws Exception {
        LoadedDiagram loaded = load(CONTRACT_EXAMPLE);
        Diagram d = loaded.diagram();
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        assertEquals("Web app on EC2 with RDS", d.title());
        assertEquals(List.of("vpc", "public-a", "web", "assets"), d.components().stream().map(Component::id).toList());
        Component vpc = d.component("vpc").orElseThrow();
        assertEquals(ComponentType.VPC, vpc.type());
        assertEquals(40.0, vpc.x());
        assertEquals(900.0, vpc.width());
        assertEquals(560.0, vpc.height());
        assertEquals(new PropertyValue.Bool(true), vpc.properties().get("internetGateway").orElseThrow());
        Component web = d.component("web").orElseThrow();
        assertEquals("public-a", web.parent());
        assertNull(web.width(), "width left out stays unset (the type's default applies)");
        assertEquals(new PropertyValue.Groups(List.of("web-sg")), web.properties().get("securityGroups").orElseThrow());
        assertEquals(List.of(new InboundRule(Protocol.TCP, 443, "0.0.0.0/0")),
                d.securityGroup("web-sg").orElseThrow().inbound(), "the format-2 rules became the group web-sg");
        assertEquals(1, d.connections().size());
        assertEquals("web", d.connections().get(0).from());
        assertEquals("assets", d.connections().get(0).to());
        assertEquals("reads", d.connections().get(0).label());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] text = "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"title\": \"Caf\u00e9\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Diagram d = new DiagramReader(CATALOG).read(withBom).diagram();
        assertEquals("Caf\u00e9", d.title());
    }

    @Test
    void aBomFollowedByNothingIsAnEmptyFile() {
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> new DiagramReader(CATALOG).read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
        assertTrue(e.first().message().contains("empty"), e.getMessage());
    }

    @Test
    void windowsLineEndingsAndTrailingWhitespaceAreFine() throws Exception {
        String crlf = CONTRACT_EXAMPLE.replace("\n", "\r\n") + "\r\n  \t\r\n";
        assertEquals(load(CONTRACT_EXAMPLE).diagram(), load(crlf).diagram());
    }

    @Test
    void titleComponentsAndConnectionsAreOptional() throws Exception {
        LoadedDiagram loaded = load("{\"format\": \"demarc-diagram\", \"formatVersion\": 1}");
        assertNull(loaded.diagram().title());
        assertTrue(loaded.diagram().components().isEmpty());
        assertTrue(loaded.diagram().connections().isEmpty());
        assertTrue(loaded.warnings().isEmpty());
    }

    @Test
    void explicitNullListsAreEmpty() throws Exception {
        Diagram d = load("{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": null, "
                + "\"connections\": null}").diagram();
        assertTrue(d.components().isEmpty());
        assertTrue(d.connections().isEmpty());
    }

    @Test
    void labelDefaultsToTheId() throws Exception {
        Diagram d = load(HostileInputs.diagram(
                "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"db\", \"type\": \"RDS\", \"label\": \"Orders\", \"x\": 0, \"y\": 0}")).diagram();
        Component web = d.component("web").orElseThrow();
        assertNull(web.label());
        assertEquals("web", web.displayLabel());
        assertEquals("Orders", d.component("db").orElseThrow().displayLabel());
    }

    @Test
    void allSixTypesLoad() throws Exception {
        Diagram d = load(HostileInputs.diagram(
                "{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"sub\", \"type\": \"SUBNET\", \"parent\": \"vpc\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"web\", \"type\": \"EC2\", \"parent\": \"sub\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"db\", \"type\": \"RDS\", \"parent\": \"sub\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"cdn\", \"type\": \"CLOUDFRONT\", \"x\": 0, \"y\": 0}")).diagram();
        assertEquals(List.of("VPC", "SUBNET", "EC2", "RDS", "S3", "CLOUDFRONT"),
                d.components().stream().map(c -> c.type().id()).toList());
    }

    @Test
    void misplacementThatIsLegalJsonLoads() throws Exception {
        // An S3 bucket inside a subnet is wrong for AWS but loads; the analyzer reports it.
        Diagram d = load(HostileInputs.diagram(
                "{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"sub\", \"type\": \"SUBNET\", \"parent\": \"vpc\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"bucket\", \"type\": \"S3\", \"parent\": \"sub\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0}")).diagram();
        assertEquals("sub", d.component("bucket").orElseThrow().parent());
    }

    @Test
    void anUnknownPropertyIsKeptAndReportedAsAWarningNamingComponentAndProperty() throws Exception {
        LoadedDiagram loaded = load(HostileInputs.diagram(
                "{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0, \"properties\": {\"versioning\": true, "
                        + "\"costCentre\": {\"code\": \"CS-101\", \"split\": [0.25, 0.75], \"owner\": null}}}"));
        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        Problem warning = loaded.warnings().get(0);
        assertTrue(warning.message().contains("Component 'bucket'"), warning.message());
        assertTrue(warning.message().contains("'costCentre'"), warning.message());
        assertEquals(5, warning.line());
        assertTrue(loaded.diagram().component("bucket").orElseThrow().properties().has("costCentre"));
    }

    @Test
    void anUnknownPropertyRoundTripsUnchanged() throws Exception {
        String value = "{\"code\": \"CS-101\", \"split\": [0.25, 0.75, 2.50], \"big\": 123456789012345678901234567890, "
                + "\"far\": 1e400, \"owner\": null, \"nested\": {\"ok\": true, \"list\": []}}";
        String file = HostileInputs.diagram(
                "{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0, \"properties\": {\"costCentre\": " + value
                        + ", \"note\": \"keep me\", \"count\": 3}}");
        Diagram first = load(file).diagram();
        byte[] saved = new DiagramWriter(CATALOG).toBytes(first);
        JsonNode props = EXACT.readTree(saved).path("components").path(0).path("properties");
        assertJsonEquals(value, props.get("costCentre").toString());
        assertEquals("keep me", props.get("note").textValue());
        assertEquals(3, props.get("count").intValue());
        assertTrue(new String(saved, StandardCharsets.UTF_8).contains("2.50"), "decimals are kept as written");
        assertEquals(first, load(new String(saved, StandardCharsets.UTF_8)).diagram());
    }

    /** Same JSON value, numbers compared by value (1e400 may come back as 1E+400). */
    private static void assertJsonEquals(String expected, String actual) throws IOException {
        JsonNode e = EXACT.readTree(expected);
        JsonNode a = EXACT.readTree(actual);
        assertTrue(e.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, a),
                "expected " + expected + " but was " + actual);
    }

    @Test
    void absentPropertiesStayAbsentAfterSaving() throws Exception {
        Diagram d = load(HostileInputs.diagram(
                "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, \"properties\": {\"multiAz\": true}}"))
                .diagram();
        String saved = new String(new DiagramWriter(CATALOG).toBytes(d), StandardCharsets.UTF_8);
        JsonNode components = JSON.readTree(saved).get("components");
        assertFalse(components.get(0).has("properties"), saved);
        assertEquals(List.of("multiAz"), List.copyOf(iterable(components.get(1).get("properties").fieldNames())));
        for (String defaulted : List.of("imdsv2Required", "backupRetentionDays", "engine", "autoMinorVersionUpgrade",
                "\"label\"", "\"parent\"", "\"width\"", "\"height\"", "\"title\"")) {
            assertFalse(saved.contains(defaulted), defaulted + " was written although it was not set:\n" + saved);
        }
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void ipv6AnywhereIsAValidSource() throws Exception {
        Diagram d = load(HostileInputs.diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"inboundRules\": [{\"protocol\": \"tcp\", \"port\": 443, \"source\": \"::/0\"}, "
                + "{\"protocol\": \"udp\", \"port\": 53, \"source\": \"2001:db8::/32\"}]}}")).diagram();
        List<InboundRule> rules = d.securityGroup("web-sg").orElseThrow().inbound();
        assertEquals(List.of(new InboundRule(Protocol.TCP, 443, "::/0"),
                new InboundRule(Protocol.UDP, 53, "2001:db8::/32")), rules);
        assertTrue(rules.get(0).fromAnywhere());
    }

    @Test
    void protocolAllNeedsNoPortAndIsSavedWithoutOne() throws Exception {
        Diagram d = load(HostileInputs.diagram("{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"inboundRules\": [{\"protocol\": \"all\", \"source\": \"10.0.0.0/16\"}]}}"))
                .diagram();
        InboundRule read = d.securityGroup("db-sg").orElseThrow().inbound().get(0);
        assertEquals(Protocol.ALL, read.protocol());
        assertTrue(read.covers(5432));
        JsonNode saved = JSON.readTree(new DiagramWriter(CATALOG).toBytes(d));
        JsonNode rule = saved.at("/securityGroups/0/inbound/0");
        assertEquals("all", rule.get("protocol").textValue());
        assertFalse(rule.has("fromPort") || rule.has("toPort"), rule.toString());
        assertEquals("10.0.0.0/16", rule.get("source").textValue());
    }

    @Test
    void negativeZeroPositionRoundTripsToAnEqualDiagram() throws Exception {
        Diagram d = load(HostileInputs.diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": -0.0, \"y\": 0.5}"))
                .diagram();
        byte[] saved = new DiagramWriter(CATALOG).toBytes(d);
        assertEquals(d, new DiagramReader(CATALOG).read(saved).diagram());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> new DiagramReader(CATALOG).read(missing));
        assertTrue(e.first().message().contains("not found"), e.getMessage());
        assertTrue(e.first().message().contains("nope.json"), e.getMessage());
    }

    @Test
    void aFolderIsNotADiagram(@TempDir Path dir) {
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> new DiagramReader(CATALOG).read(dir));
        assertTrue(e.first().message().contains("is a folder"), e.getMessage());
    }

    @Test
    void anEndlessDeviceIsCutOffAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
        DiagramLoadException e = Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(DiagramLoadException.class, () -> new DiagramReader(CATALOG).read(zero)));
        assertTrue(e.first().message().contains("too large"), e.getMessage());
    }

    @Test
    void aFileOnDiskLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (var channel = FileChannel.open(big, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {' '}), DiagramReader.MAX_BYTES); // sparse
        }
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> new DiagramReader(CATALOG).read(big));
        assertTrue(e.first().message().contains("too large"), e.getMessage());
        assertTrue(e.first().message().contains("16 MB"), e.getMessage());
        assertTrue(Files.size(big) > DiagramReader.MAX_BYTES);
    }
}

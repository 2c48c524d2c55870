package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The writer's output is exact, stable and canonical: what it writes, it reads back unchanged. */
class DiagramWriterTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    /** Properties in a map, in the order given (deliberately not the catalog order). */
    private static Properties props(Object... nameValue) {
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put((String) nameValue[i], (PropertyValue) nameValue[i + 1]);
        }
        return Properties.of(values);
    }

    private static Diagram small() {
        Component vpc = new Component("vpc", ComponentType.VPC, "Main VPC", 40, 40.0, 900.0, 560.0, null,
                props("flowLogs", new PropertyValue.Bool(true), "internetGateway", new PropertyValue.Bool(true)));
        Component web = new Component("web", ComponentType.EC2, null, 100.5, 120, null, null, "vpc",
                props("zzz", new PropertyValue.Raw("\"note\""),
                        "ebsEncrypted", new PropertyValue.Bool(true),
                        "securityGroups", new PropertyValue.Groups(List.of("web-sg", "admin")),
                        "publicIp", new PropertyValue.Bool(true)));
        Component db = new Component("db", ComponentType.RDS, "Orders \"main\" DB", 300, 120, 150.0, 80.0, "vpc",
                props("backupRetentionDays", new PropertyValue.Int(7), "securityGroups",
                        new PropertyValue.Groups(List.of()),
                        "engine", new PropertyValue.Text("postgres")));
        Component bucket = Component.of("bucket", ComponentType.S3, 1000, -20);
        return new Diagram("Tiny", List.of(vpc, web, db, bucket), List.of(
                new Connection("c1", "web", "db", "queries"),
                Connection.of("c2", "web", "bucket")), List.of(
                new SecurityGroup("web-sg", "Web servers", "HTTPS and anything over IPv6", List.of(
                        new InboundRule(Protocol.TCP, 443, "0.0.0.0/0"),
                        new InboundRule(Protocol.ALL, 0, "::/0"))),
                new SecurityGroup("admin", "admin", null, List.of(
                        InboundRule.fromGroup(Protocol.TCP, 22, 23, "web-sg")))));
    }

    private static final String SMALL = """
            {
              "format": "demarc-diagram",
              "formatVersion": 3,
              "title": "Tiny",
              "components": [
                {
                  "id": "vpc",
                  "type": "VPC",
                  "label": "Main VPC",
                  "x": 40,
                  "y": 40,
                  "width": 900,
                  "height": 560,
                  "properties": {
                    "internetGateway": true,
                    "flowLogs": true
                  }
                },
                {
                  "id": "web",
                  "type": "EC2",
                  "parent": "vpc",
                  "x": 100.5,
                  "y": 120,
                  "properties": {
                    "publicIp": true,
                    "securityGroups": [
                      "web-sg",
                      "admin"
                    ],
                    "ebsEncrypted": true,
                    "zzz": "note"
                  }
                },
                {
                  "id": "db",
                  "type": "RDS",
                  "label": "Orders \\"main\\" DB",
                  "parent": "vpc",
                  "x": 300,
                  "y": 120,
                  "width": 150,
                  "height": 80,
                  "properties": {
                    "engine": "postgres",
                    "securityGroups": [],
                    "backupRetentionDays": 7
                  }
                },
                {
                  "id": "bucket",
                  "type": "S3",
                  "x": 1000,
                  "y": -20
                }
              ],
              "connections": [
                {
                  "id": "c1",
                  "from": "web",
                  "to": "db",
                  "label": "queries"
                },
                {
                  "id": "c2",
                  "from": "web",
                  "to": "bucket"
                }
              ],
              "securityGroups": [
                {
                  "id": "web-sg",
                  "name": "Web servers",
                  "description": "HTTPS and anything over IPv6",
                  "inbound": [
                    {
                      "protocol": "tcp",
                      "fromPort": 443,
                      "toPort": 443,
                      "source": "0.0.0.0/0"
                    },
                    {
                      "protocol": "all",
                      "source": "::/0"
                    }
                  ]
                },
                {
                  "id": "admin",
                  "name": "admin",
                  "inbound": [
                    {
                      "protocol": "tcp",
                      "fromPort": 22,
                      "toPort": 23,
                      "sourceGroup": "web-sg"
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void writesTheExactCanonicalText() {
        String written = new String(new DiagramWriter(CATALOG).toBytes(small()), StandardCharsets.UTF_8);
        assertEquals(SMALL, written);
    }

    @Test
    void anEmptyDiagramHasEmptyListsAndNoTitle() {
        String written = new String(new DiagramWriter(CATALOG).toBytes(Diagram.empty()), StandardCharsets.UTF_8);
        assertEquals("""
                {
                  "format": "demarc-diagram",
                  "formatVersion": 3,
                  "components": [],
                  "connections": []
                }
                """, written);
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8() {
        Diagram d = new Diagram("Caf\u00e9 \u2192 \u6570\u636e", List.of(), List.of());
        byte[] bytes = new DiagramWriter(CATALOG).toBytes(d);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"title\": \"Caf\u00e9 \u2192 \u6570\u636e\""), text);
    }

    @Test
    void theExactTextReadsBackToTheSameDiagram() throws Exception {
        LoadedDiagram loaded = new DiagramReader(CATALOG).read(SMALL.getBytes(StandardCharsets.UTF_8));
        assertEquals(small(), loaded.diagram());
        assertEquals(1, loaded.warnings().size(), "the unknown property zzz is a warning");
    }

    @Test
    void savingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
        DiagramWriter writer = new DiagramWriter(CATALOG);
        Path file = dir.resolve("tiny.json");
        writer.write(file, small());
        byte[] first = Files.readAllBytes(file);
        writer.write(file, small());
        byte[] second = Files.readAllBytes(file);
        assertArrayEquals(first, second);
        assertArrayEquals(writer.toBytes(small()), first);
        assertArrayEquals(SMALL.getBytes(StandardCharsets.UTF_8), first);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file, dir.resolve("tiny.json.bak")), files.sorted().toList(),
                    "the previous version is kept and no temporary file is left behind");
        }
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("tiny.json.bak")));
    }

    @Test
    void aSavedLoadedSavedDiagramIsByteIdentical() throws Exception {
        DiagramWriter writer = new DiagramWriter(CATALOG);
        byte[] once = writer.toBytes(small());
        byte[] twice = writer.toBytes(new DiagramReader(CATALOG).read(once).diagram());
        assertArrayEquals(once, twice);
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theSamplesFolderIsFound() throws IOException {
        assertTrue(samples().size() >= 5, "samples in " + SAMPLES.toAbsolutePath() + ": " + samples());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleSurvivesLoadSaveLoad(Path sample) throws Exception {
        DiagramReader reader = new DiagramReader(CATALOG);
        Diagram loaded = reader.read(sample).diagram();
        byte[] saved = new DiagramWriter(CATALOG).toBytes(loaded);
        assertEquals(loaded, reader.read(saved).diagram());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsInCanonicalForm(Path sample) throws Exception {
        byte[] onDisk = Files.readAllBytes(sample);
        DiagramWriter writer = new DiagramWriter(CATALOG);
        DiagramReader reader = new DiagramReader(CATALOG);
        byte[] saved = writer.toBytes(reader.read(sample).diagram());
        String name = sample.getFileName().toString();
        // Samples of an older format are upgraded when read; what is saved then must be stable.
        String expected = new String(onDisk, StandardCharsets.UTF_8).contains(
                "\"formatVersion\": " + DiagramReader.FORMAT_VERSION + ",") ? new String(onDisk, StandardCharsets.UTF_8)
                : new String(writer.toBytes(reader.read(saved).diagram()), StandardCharsets.UTF_8);
        assertEquals(expected, new String(saved, StandardCharsets.UTF_8), name + " is not what Demarc writes for it");
    }
}

package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.Finding;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Format 2 to 3: inline rules become one group per component, old files keep loading and analyze exactly as the
 * build before format 3 analyzed them, and format-3 problems name the group or component, field and line.
 */
class SecurityGroupMigrationTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final DiagramReader READER = new DiagramReader(CATALOG);
    private static final DiagramWriter WRITER = new DiagramWriter(CATALOG);

    static List<Path> samples() throws Exception {
        return DiagramWriterTest.samples();
    }

    /** The samples as they were in format 2 (kept for the migrations' tests; samples/ is format 3 now). */
    static List<Path> formatTwoSamples() throws Exception {
        return RoleFlagSamplesTest.samples();
    }

    /**
     * What Demarc reported for each format-2 sample before format 3 existed (commit b4463a5, written by its
     * {@code check --format json}; the file says how): "file rule [components]" per finding.
     */
    private static Set<String> findingsBeforeFormat3(String file) throws Exception {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(RoleFlagSamplesTest.FORMAT_2_SAMPLES.resolve(
                "findings-before-format-3.tsv"))) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells[0].equals(file)) {
                out.add(cells[1] + " " + List.of(cells[2].split(",")));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatTwoSamples")
    void everySampleFindsWhatTheBuildBeforeFormat3Found(Path sample) throws Exception {
        Set<String> before = findingsBeforeFormat3(sample.getFileName().toString());
        Set<String> after = findings(new Analyzer(CATALOG).analyze(READER.read(sample).diagram()).findings());

        assertFalse(before.isEmpty() && sample.toString().contains("insecure"), "the record must hold findings");
        assertEquals(before, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleSavesStably(Path sample) throws Exception {
        byte[] once = WRITER.toBytes(READER.read(sample).diagram());
        byte[] twice = WRITER.toBytes(READER.read(once).diagram());
        assertArrayEquals(once, twice);
    }

    @Test
    void aVersionOneFileGoesToTheCurrentVersionAndSavesStably() throws Exception {
        String v1 = HostileInputs.diagram("{\"id\": \"web\", \"type\": \"EC2\", \"label\": \"Web\", "
                + "\"x\": 0, \"y\": 0, "
                + "\"properties\": {\"inboundRules\": [{\"protocol\": \"tcp\", \"port\": 22, \"source\": \"::/0\"}, "
                + "{\"protocol\": \"all\", \"port\": 0, \"source\": \"10.0.0.0/8\"}]}}",
                "{\"id\": \"web-sg\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": []}}",
                "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"inboundRules\": [{\"protocol\": \"tcp\", \"port\": 5432, "
                + "\"source\": \"10.0.0.0/16\"}]}}");
        Diagram d = READER.read(v1.getBytes(StandardCharsets.UTF_8)).diagram();

        assertEquals(List.of(new SecurityGroup("web-sg", "Web group", null, List.of(
                InboundRule.fromCidr(Protocol.TCP, 22, 22, "::/0"),
                InboundRule.fromCidr(Protocol.ALL, 0, 65535, "10.0.0.0/8"))),
                new SecurityGroup("db-sg", "db group", null, List.of(
                        InboundRule.fromCidr(Protocol.TCP, 5432, 5432, "10.0.0.0/16")))), d.securityGroups());
        assertFalse(d.component("web-sg").orElseThrow().properties().has("securityGroups"),
                "an empty rule list admits nothing and makes no group");
        byte[] saved = WRITER.toBytes(d);
        assertTrue(new String(saved, StandardCharsets.UTF_8).contains("\"formatVersion\": 3"));
        assertEquals(d, READER.read(saved).diagram());
        assertArrayEquals(saved, WRITER.toBytes(READER.read(saved).diagram()));
    }

    @Test
    void aClashingGroupIdIsNumbered() throws Exception {
        String v2 = HostileInputs.diagram(
                "{\"id\": \"a\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": "
                + "[{\"protocol\": \"tcp\", \"port\": 1, \"source\": \"10.0.0.0/8\"}]}}",
                "{\"id\": \"a-sg\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": "
                + "[{\"protocol\": \"tcp\", \"port\": 2, \"source\": \"10.0.0.0/8\"}]}}",
                "{\"id\": \"" + "x".repeat(64) + "\", \"type\": \"ECS\", \"x\": 0, \"y\": 0, \"properties\": "
                + "{\"inboundRules\": [{\"protocol\": \"udp\", \"port\": 3, \"source\": \"10.0.0.0/8\"}]}}");
        Diagram d = READER.read(v2.getBytes(StandardCharsets.UTF_8)).diagram();

        assertEquals(List.of("a-sg", "a-sg-sg", "x".repeat(61) + "-sg"),
                d.securityGroups().stream().map(SecurityGroup::id).toList());
        assertEquals(new PropertyValue.Groups(List.of("a-sg-sg")),
                d.component("a-sg").orElseThrow().properties().get("securityGroups").orElseThrow());
    }

    @Test
    void aLabelOfTheLongestLengthStillMakesAGroupNameThatLoads() throws Exception {
        String label = "L".repeat(DiagramMapper.MAX_LABEL);
        String v2 = HostileInputs.diagram("{\"id\": \"web\", \"type\": \"EC2\", \"label\": \"" + label + "\", "
                + "\"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": [{\"protocol\": \"tcp\", \"port\": 22, "
                + "\"source\": \"10.0.0.0/8\"}]}}");
        Diagram d = READER.read(v2.getBytes(StandardCharsets.UTF_8)).diagram();

        assertEquals("L".repeat(DiagramMapper.MAX_LABEL - 6) + " group", d.securityGroups().get(0).name());
    }

    @Test
    void aBadInlineRuleIsNamedInFormatTwoTermsWithItsLine() {
        String v2 = HostileInputs.diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0,\n"
                + "\"properties\": {\"inboundRules\": [{\"protocol\": \"tcp\", \"port\": 99999, "
                + "\"source\": \"::/0\"}]}}");
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> READER.read(v2.getBytes(StandardCharsets.UTF_8)));

        String message = e.first().describe();
        assertTrue(message.contains("Component 'web'") && message.contains("'inboundRules'")
                && message.contains("99999") && message.contains("line"), message);
    }

    private static String v3(String components, String groups) {
        return "{\n\"format\": \"demarc-diagram\",\n\"formatVersion\": 3,\n\"components\": [" + components
                + "],\n\"securityGroups\": [\n" + groups + "\n]\n}\n";
    }

    private static String problem(String text) {
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> READER.read(text.getBytes(StandardCharsets.UTF_8)));
        return e.problems().stream().map(Problem::describe).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aComponentNamingAMissingGroupIsRefusedWithItsName() {
        String message = problem(v3("\n{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"securityGroups\": [\"nope\"]}}", ""));

        assertTrue(message.contains("Component 'web'") && message.contains("'securityGroups'")
                && message.contains("'nope'") && message.contains("line 5"), message);
    }

    @Test
    void aRuleNamingAMissingGroupIsRefusedWithTheGroupAndRule() {
        String message = problem(v3("", "{\"id\": \"app\", \"name\": \"App\", \"inbound\": [\n"
                + "{\"protocol\": \"tcp\", \"fromPort\": 80, \"toPort\": 80, \"sourceGroup\": \"lb\"}]}"));

        assertTrue(message.contains("Security group 'app' rule 1") && message.contains("sourceGroup 'lb'")
                && message.contains("line 7"), message);
    }

    @Test
    void badRulesAreRefusedWithWhatIsWrong() {
        String message = problem(v3("", "{\"id\": \"app\", \"name\": \"App\", \"inbound\": ["
                + "{\"protocol\": \"tcp\", \"fromPort\": 90, \"toPort\": 80, \"source\": \"0.0.0.0/0\"},\n"
                + "{\"protocol\": \"tcp\", \"fromPort\": 80, \"toPort\": 80},\n"
                + "{\"protocol\": \"all\", \"fromPort\": 1, \"toPort\": 2, \"source\": \"::/0\"},\n"
                + "{\"protocol\": \"tcp\", \"fromPort\": 80, \"toPort\": 80, \"source\": \"1.2.3/8\"}]},\n"
                + "{\"id\": \"app\", \"name\": \"Again\"}"));

        assertTrue(message.contains("rule 1 has fromPort 90 above toPort 80"), message);
        assertTrue(message.contains("rule 2 needs exactly one of \"source\""), message);
        assertTrue(message.contains("rule 3 is for all protocols"), message);
        assertTrue(message.contains("rule 4 has source \"1.2.3/8\""), message);
        assertFalse(message.contains("reuses"), "a refused group's id is not reported again: " + message);
    }

    @Test
    void aMistypedPortNamesTheGroupAndRule() {
        String message = problem(v3("", "{\"id\": \"app\", \"name\": \"App\", \"inbound\": ["
                + "{\"protocol\": \"tcp\", \"fromPort\": \"80\", \"toPort\": 80, \"source\": \"0.0.0.0/0\"}]}"));

        assertTrue(message.contains("Security group 'app' rule 1") && message.contains("fromPort"), message);
    }

    @Test
    void formatTwoInlineRulesAreRefusedInAFormatThreeFile() {
        String message = problem(v3("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": "
                + "{\"inboundRules\": []}}", ""));

        assertTrue(message.contains("Component 'web'") && message.contains("'inboundRules' of format 2"), message);
    }

    private static Set<String> findings(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(f.rule() + " " + f.components()));
        return out;
    }
}

package dev.demarc.cli;

import static dev.demarc.cli.Cli.run;
import static dev.demarc.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The json and markdown reports have the shape the contract promises (issue 2, section 5). */
class CheckCommandReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSECURE = sample("insecure-teaching-example.json");
    private static final String WELL_CONFIGURED = sample("three-tier-well-configured.json");

    /** The fourteen layers, bottom first, as in the domain reference. */
    private static final List<String> LAYERS = List.of("facilities", "hardware", "virtualization",
            "network-infrastructure", "managed-service", "guest-os", "runtime", "application", "network-config",
            "identity-access", "data", "encryption", "backup", "logging");
    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");
    private static final Set<String> OWNERS = Set.of("AWS", "CUSTOMER", "SHARED", "NONE");
    private static final Set<String> DUTIES = Set.of("PATCH", "ENCRYPT", "EXPOSE", "GRANT_ACCESS", "BACKUP",
            "MONITOR", "CONFIGURE");

    @TempDir
    Path dir;

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        Cli.Run r = run("--format", "json", INSECURE, WELL_CONFIGURED).assertNoStackTrace();
        assertEquals(0, r.code());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(List.of("tool", "toolVersion", "catalogAsOf", "reports"), fieldNames(root));
        assertEquals("2026-12-06", root.get("catalogAsOf").textValue());
        assertEquals("demarc", root.get("tool").textValue());
        assertEquals(Cli.VERSION, root.get("toolVersion").textValue());
        assertEquals(2, root.get("reports").size());
        assertEquals(INSECURE, root.at("/reports/0/file").textValue());
        assertEquals(WELL_CONFIGURED, root.at("/reports/1/file").textValue());
        assertEquals("Three-tier web app, well configured", root.at("/reports/1/title").textValue());

        for (JsonNode report : root.get("reports")) {
            assertFalse(report.has("error"), report.toString());
            JsonNode components = report.get("components");
            assertTrue(components.size() > 0);
            for (JsonNode c : components) {
                assertTrue(c.get("id").isTextual() && c.get("type").isTextual() && c.get("label").isTextual(),
                        c.toString());
                List<String> layerIds = new ArrayList<>();
                for (JsonNode layer : c.get("layers")) {
                    layerIds.add(layer.get("layer").textValue());
                    assertTrue(OWNERS.contains(layer.get("owner").textValue()), layer.toString());
                    assertTrue(layer.get("duties").isArray(), layer.toString());
                    layer.get("duties").forEach(d -> assertTrue(DUTIES.contains(d.textValue()), layer.toString()));
                    assertTrue(layer.get("why").isTextual(), layer.toString());
                }
                assertEquals(LAYERS, layerIds, "layers of " + c.get("id"));
                assertTrue(c.get("findings").isArray());
            }
            int[] counted = new int[SEVERITIES.size()];
            for (JsonNode f : report.get("findings")) {
                for (String key : List.of("rule", "severity", "category", "message", "remediation")) {
                    assertTrue(f.get(key).isTextual() && !f.get(key).textValue().isBlank(), key + " in " + f);
                }
                assertTrue(SEVERITIES.contains(f.get("severity").textValue()), f.toString());
                assertTrue(DUTIES.contains(f.get("category").textValue()), f.toString());
                assertTrue(f.get("components").isArray() && f.get("components").size() > 0, f.toString());
                assertTrue(f.get("references").isArray(), f.toString());
                for (JsonNode ref : f.get("references")) {
                    assertTrue(List.of("checkov", "prowler", "cfn-nag").contains(ref.path("tool").asText()),
                            f.toString());
                    assertFalse(ref.path("id").asText().isBlank(), f.toString());
                }
                counted[SEVERITIES.indexOf(f.get("severity").textValue())]++;
            }
            JsonNode summary = report.get("summary");
            assertEquals(components.size(), summary.get("components").intValue());
            assertEquals(SEVERITIES, fieldNames(summary.get("findings")));
            for (int i = 0; i < SEVERITIES.size(); i++) {
                assertEquals(counted[i], summary.get("findings").get(SEVERITIES.get(i)).intValue(), SEVERITIES.get(i));
            }
        }
        JsonNode insecure = root.at("/reports/0/summary/findings");
        assertTrue(insecure.get("CRITICAL").intValue() + insecure.get("HIGH").intValue() > 0,
                "the insecure teaching example has a high or critical finding: " + insecure);
        JsonNode good = root.at("/reports/1/summary/findings");
        assertEquals(0, good.get("CRITICAL").intValue() + good.get("HIGH").intValue(), good.toString());
    }

    @Test
    void jsonComponentFindingsNameTheirComponent() throws Exception {
        JsonNode root = JSON.readTree(run("--format", "json", INSECURE).out());
        for (JsonNode c : root.at("/reports/0/components")) {
            for (JsonNode f : c.get("findings")) {
                assertTrue(texts(f.get("components")).contains(c.get("id").textValue()), f.toString());
            }
        }
    }

    @Test
    void jsonLabelDefaultsToTheId() throws Exception {
        Path f = dir.resolve("bare.json");
        Files.writeString(f, "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": "
                + "[{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0}]}");
        JsonNode root = JSON.readTree(run("--format", "json", f.toString()).out());
        JsonNode c = root.at("/reports/0/components/0");
        assertEquals("bucket", c.get("id").textValue());
        assertEquals("S3", c.get("type").textValue());
        assertEquals("bucket", c.get("label").textValue());
        assertEquals(1, root.at("/reports/0/summary/components").intValue());
    }

    @Test
    void jsonErrorEntryHasMessageLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.json");
        // line 3 is cut off after the [ at column 17
        Files.writeString(broken, "{\n  \"format\": \"demarc-diagram\",\n  \"components\": [");
        Cli.Run r = run("--format", "json", broken.toString(), WELL_CONFIGURED).assertNoStackTrace();
        assertEquals(2, r.code());
        JsonNode root = JSON.readTree(r.out());
        JsonNode entry = root.at("/reports/0");
        assertEquals(List.of("file", "error"), fieldNames(entry));
        assertEquals(broken.toString(), entry.get("file").textValue());
        JsonNode error = entry.get("error");
        assertTrue(error.get("message").textValue().contains("ends too early"), error.toString());
        assertEquals(3, error.get("line").intValue());
        int column = error.get("column").intValue();
        assertTrue(column == 17 || column == 18, error.toString());
        assertEquals("Three-tier web app, well configured", root.at("/reports/1/title").textValue());
    }

    @Test
    void jsonErrorEntryListsEveryProblem() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": [\n"
                + "{\"id\": \"a\", \"type\": \"ec2\", \"x\": 0, \"y\": 0},\n"
                + "{\"id\": \"b\", \"type\": \"S3\", \"x\": 0, \"y\": 0, \"properties\": {\"versioning\": \"on\"}}]}");
        JsonNode error = JSON.readTree(run("--format", "json", bad.toString()).out()).at("/reports/0/error");
        assertTrue(error.get("message").textValue().contains("Component 'a'"), error.toString());
        assertEquals(2, error.get("line").intValue());
        assertEquals(2, error.get("problems").size(), error.toString());
        assertTrue(error.at("/problems/1/message").textValue().contains("'versioning'"), error.toString());
        assertEquals(3, error.at("/problems/1/line").intValue());
    }

    @Test
    void jsonErrorWithoutAPlaceHasNoLine() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        JsonNode error = JSON.readTree(run("--format", "json", empty.toString()).out()).at("/reports/0/error");
        assertTrue(error.get("message").textValue().contains("empty"), error.toString());
        assertFalse(error.has("line"), error.toString());
    }

    @Test
    void markdownHasAChecklistAndAFindingsTable() {
        Cli.Run r = run("--format", "markdown", INSECURE).assertNoStackTrace();
        assertEquals(0, r.code());
        String md = r.out();
        assertTrue(md.startsWith("# "), md);
        assertTrue(md.contains("\n- [ ] **"), "a customer-responsibility checklist:\n" + md);
        assertTrue(md.contains("\n## Findings\n"), md);
        assertTrue(md.contains("\n| Severity | Rule | Category | Components | Finding | Fix | Scanner checks |\n"
                + "|---|---|---|---|---|---|---|\n"), md);
        assertTrue(md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Severity")).count() > 0, md);
    }

    @Test
    void markdownReportsEveryFileAndErrors() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[]");
        Cli.Run r = run("--format", "markdown", WELL_CONFIGURED, broken.toString()).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("# Three-tier web app, well configured"), r.out());
        assertTrue(r.out().contains("could not be checked"), r.out());
        assertTrue(r.out().contains("one JSON object"), r.out());
    }

    @Test
    void markdownEscapesTextFromTheFile() throws Exception {
        String label = "<script>alert(1)</script> | *bold* `code` [link](http://x) _u_";
        Path f = dir.resolve("escape.json");
        String jsonLabel = JSON.writeValueAsString(label);
        Files.writeString(f, "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"title\": "
                + JSON.writeValueAsString("# T | <b>")
                + ", \"components\": [{\"id\": \"bucket\", \"type\": \"S3\", \"label\": " + jsonLabel
                + ", \"x\": 0, \"y\": 0, \"properties\": {\"blockPublicAccess\": false, \"publicPolicy\": true}}]}");
        Cli.Run r = run("--format", "markdown", f.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r.out());
        String md = r.out();
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("<b>"), md);
        assertTrue(md.startsWith("# \\# T \\| &lt;b&gt;\n"), md);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\* \\`code\\` \\[link\\](http://x) \\_u\\_";
        assertTrue(md.contains("\n### " + escaped + " (S3, `bucket`)\n"), "escaped heading expected in:\n" + md);
        // every table row keeps its eight column separators: a | from the file cannot add a column
        for (String line : md.lines().filter(l -> l.startsWith("| ")).toList()) {
            assertEquals(8, unescapedPipes(line), line);
        }
    }

    private static int unescapedPipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }

    @Test
    void oneComponentIsCountedInTheSingular() throws Exception {
        Path f = dir.resolve("one.json");
        Files.writeString(f, "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": "
                + "[{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0}]}");
        assertTrue(run(f.toString()).out().contains("  1 component, "), run(f.toString()).out());
        assertTrue(run("--format", "markdown", f.toString()).out().contains("\n1 component, "));
    }

    @Test
    void textReportNamesEachComponentsDuties() {
        Cli.Run r = run(WELL_CONFIGURED).assertNoStackTrace();
        assertTrue(r.out().contains("Your duties per component"), r.out());
        assertTrue(r.out().contains("components, "), r.out());
    }
}

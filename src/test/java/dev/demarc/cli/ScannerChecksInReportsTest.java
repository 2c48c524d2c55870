package dev.demarc.cli;

import static dev.demarc.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report names the tool with each scanner check id: an id alone ("F22", "W2") tells a student nothing.
 * Text and Markdown say "Checkov CKV_AWS_17"; JSON keeps tool and id apart for scripts.
 */
class ScannerChecksInReportsTest {

    private static final String EXPOSED_LINE =
            "Scanner checks: Checkov CKV_AWS_17, Prowler rds_instance_no_public_access, cfn-nag F22";

    @TempDir
    Path dir;
    private String file;

    /** A publicly accessible MySQL database in a public subnet, open on 3306 to the internet. */
    @BeforeEach
    void exposedDatabase() throws Exception {
        file = Cli.exposedDatabase(dir, "0.0.0.0/0");
    }

    @Test
    void theTextReportNamesTheToolBeforeEachId() {
        String out = run(file).assertNoStackTrace().out();
        int exposed = out.indexOf("rds.exposed-to-internet");
        assertTrue(exposed >= 0, out);
        assertTrue(out.indexOf(EXPOSED_LINE, exposed) > exposed, out);
    }

    @Test
    void theMarkdownReportHasAScannerChecksColumn() {
        String out = run("--format", "markdown", file).assertNoStackTrace().out();
        assertTrue(out.contains("| Scanner checks |"), out);
        String row = out.lines().filter(l -> l.contains("`rds.exposed-to-internet`")).findFirst().orElseThrow();
        assertTrue(row.endsWith(
                "| Checkov CKV\\_AWS\\_17, Prowler rds\\_instance\\_no\\_public\\_access, cfn-nag F22 |"), row);
    }

    @Test
    void theJsonReportKeepsToolAndIdApart() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("--format", "json", file).assertNoStackTrace().out());
        JsonNode exposed = null;
        for (JsonNode f : root.at("/reports/0/findings")) {
            if (f.path("rule").asText().equals("rds.exposed-to-internet")) {
                exposed = f;
            }
        }
        assertTrue(exposed != null, root.toString());
        List<String> refs = new ArrayList<>();
        for (JsonNode ref : exposed.path("references")) {
            refs.add(ref.path("tool").asText() + "|" + ref.path("id").asText());
        }
        assertEquals(List.of("checkov|CKV_AWS_17", "prowler|rds_instance_no_public_access", "cfn-nag|F22"), refs);
    }
}

package dev.demarc.cli;

import static dev.demarc.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, section 1: a MySQL database in a public subnet, publicly accessible, with 3306 open to the whole
 * internet is a CRITICAL exposure and fails {@code check --fail-on critical}, however "the whole internet"
 * is spelled. Before, only {@code 0.0.0.0/0} and {@code ::/0} counted, and {@code 0::/0} passed the gate.
 */
class CheckAnywhereSpellingsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "0::/0", "::0/0", "0:0:0:0:0:0:0:0/0",
        "0000:0000:0000:0000:0000:0000:0000:0000/0", "::0.0.0.0/0", "10.0.0.0/0", "2001:db8::/0"})
    void theDatabaseOpenToEverySpellingOfAnywhereIsCritical(String source) throws Exception {
        Cli.Run r = run("--fail-on", "critical", "--format", "json", database(source)).assertNoStackTrace();

        assertEquals(1, r.code(), r.out() + r.err());
        List<String> findings = findings(r.out());
        assertTrue(findings.contains("rds.exposed-to-internet CRITICAL db"), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("rds.publicly-accessible")), findings.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/1", "::/1", "128.0.0.0/1", "10.0.0.0/8", "::ffff:0.0.0.0/96"})
    void aBlockShortOfTheWholeInternetOnlyWarnsThatTheDatabaseIsMarkedPublic(String source) throws Exception {
        Cli.Run r = run("--fail-on", "critical", "--format", "json", database(source)).assertNoStackTrace();

        assertEquals(0, r.code(), r.out() + r.err());
        List<String> findings = findings(r.out());
        assertTrue(findings.contains("rds.publicly-accessible MEDIUM db"), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("rds.exposed-to-internet")), findings.toString());
    }

    @Test
    void anInvalidIpv6BlockIsRefusedNamingComponentPropertyRuleAndReason() throws Exception {
        Cli.Run r = run("--fail-on", "critical", database("1::2::3/0")).assertNoStackTrace();

        assertEquals(2, r.code());
        for (String part : List.of("Component 'db'", "property 'inboundRules'", "rule 1", "\"1::2::3/0\"",
                "CIDR", "more than once")) {
            assertTrue(r.out().contains(part), part + " missing from:\n" + r.out());
        }
    }

    @Test
    void aGroupOfFiveHexDigitsIsRefused() throws Exception {
        Cli.Run r = run(database("12345::/64")).assertNoStackTrace();

        assertEquals(2, r.code());
        assertTrue(r.out().contains("\"12345\"") && r.out().contains("one to four hexadecimal digits"), r.out());
    }

    private String database(String source) throws Exception {
        return Cli.exposedDatabase(dir, source);
    }

    /** "rule SEVERITY first-component" for every finding of the one report. */
    private static List<String> findings(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> out = new ArrayList<>();
        for (JsonNode f : root.path("reports").get(0).path("findings")) {
            out.add(f.path("rule").asText() + " " + f.path("severity").asText() + " "
                    + f.path("components").get(0).asText());
        }
        return out;
    }
}

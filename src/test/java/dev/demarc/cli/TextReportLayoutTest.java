package dev.demarc.cli;

import static dev.demarc.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each finding of the text report opens with its severity padded to eight letters, so rule ids line up. */
class TextReportLayoutTest {

    /** Two spaces, the severity and its padding (eight letters in all), two spaces, the rule id, the duty. */
    private static final Pattern FINDING = Pattern.compile(
            "^  ([A-Z]+)( *)  ([a-z0-9]+(?:[.-][a-z0-9]+)+)  \\[([A-Z_]+)]$", Pattern.MULTILINE);

    @Test
    void everySeverityIsPaddedToTheLongestSoThatRuleIdsLineUp() {
        String sample = Path.of("samples", "insecure-teaching-example.json").toString();
        Cli.Run r = run(sample).assertNoStackTrace();

        Matcher m = FINDING.matcher(r.out());
        List<String> severities = new ArrayList<>();
        while (m.find()) {
            assertEquals(8, m.group(1).length() + m.group(2).length(), m.group());
            severities.add(m.group(1));
        }
        assertEquals(Set.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"), Set.copyOf(severities), r.out());
        assertEquals(r.out().lines().filter(l -> l.startsWith("            Fix: ")).count(), severities.size(),
                "one header line per finding: " + r.out());
        assertTrue(r.out().indexOf("\r") < 0, "lines end in \\n alone");
    }
}

package dev.demarc.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/severity-policy.md: a rule that cites a Prowler check has that check's severity, unless it is one of
 * the exceptions written down there with a reason.
 */
class SeverityPolicyTest {

    private static final RuleBook RULES = RuleBook.load(Catalog.builtIn());
    private static final Map<String, ScannerLists.Entry> PROWLER = ScannerLists.load(Scanner.PROWLER);
    private static final Path POLICY = Path.of("docs", "severity-policy.md");

    /** The documented exceptions; each must still differ from Prowler and have its reason in the policy. */
    private static final Set<String> EXCEPTIONS = Set.of("subnet.auto-assign-public-ip", "ec2.stored-keys",
            "s3.no-kms-key", "cloudfront.s3-bypass", "dynamodb.aws-owned-key");

    @Test
    void aRuleHasTheSeverityOfTheProwlerChecksItCites() {
        List<String> differing = new ArrayList<>();
        for (RuleSpec rule : RULES.all()) {
            if (EXCEPTIONS.contains(rule.id())) {
                continue;
            }
            for (ScannerCheck check : prowlerChecks(rule)) {
                String theirs = PROWLER.get(check.id()).severity();
                if (!theirs.equals(rule.severity().name().toLowerCase(Locale.ROOT))) {
                    differing.add(rule.id() + " is " + rule.severity() + ", Prowler " + check.id() + " is " + theirs);
                }
            }
        }
        assertEquals(List.of(), differing, "align with Prowler or document an exception in " + POLICY);
    }

    @Test
    void everyExceptionStillDiffersAndIsExplainedInThePolicy() throws Exception {
        String policy = Files.readString(POLICY);
        for (String id : EXCEPTIONS) {
            RuleSpec rule = RULES.get(id);
            List<ScannerCheck> cited = prowlerChecks(rule);
            assertTrue(!cited.isEmpty(), id + " cites no Prowler check, so it needs no exception");
            for (ScannerCheck check : cited) {
                String theirs = PROWLER.get(check.id()).severity();
                assertNotEquals(rule.severity().name().toLowerCase(Locale.ROOT), theirs,
                        id + " now agrees with Prowler; drop the exception");
                String row = "| `" + id + "` | " + rule.severity() + " | `" + check.id() + "` (" + theirs + ") |";
                assertTrue(policy.contains(row), "the policy's exception table lacks: " + row);
            }
        }
    }

    /** The issue named these four; each is now aligned or a documented exception, with the expected result. */
    @Test
    void theFourRulesTheIssueNamedAreSettled() {
        assertEquals(Severity.CRITICAL, RULES.get("ec2.all-traffic-open").severity());
        assertEquals(Severity.MEDIUM, RULES.get("rds.backups-disabled").severity());
        assertEquals(Severity.MEDIUM, RULES.get("cloudfront.no-logging").severity());
        assertEquals(Severity.MEDIUM, RULES.get("subnet.auto-assign-public-ip").severity());
        assertTrue(EXCEPTIONS.contains("subnet.auto-assign-public-ip"));
    }

    private static List<ScannerCheck> prowlerChecks(RuleSpec rule) {
        return rule.references().stream().filter(c -> c.scanner() == Scanner.PROWLER).toList();
    }
}

package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.ANALYZER;
import static dev.demarc.analysis.FindingAsserts.CATALOG;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analysis is a pure function: same diagram, same findings, same order; worst first, then diagram order. */
class DeterminismTest {

    /** Something wrong with every kind of component, at every severity. */
    private static Diagram everythingWrong() {
        DiagramBuilder d = new DiagramBuilder();
        d.vpc("vpc").label("Default-ish VPC").set("internetGateway", true);
        d.subnet("pub").label("Public subnet").in("vpc").set("public", true).set("autoAssignPublicIp", true);
        d.ec2("web").label("Web server").in("pub").set("imdsv2Required", false).rules(tcp(22, WORLD), tcp(80, WORLD));
        d.rds("db").label("Orders DB").in("pub").set("publiclyAccessible", true).rules(tcp(3306, WORLD));
        d.s3("site").label("Site bucket").set("blockPublicAccess", false).set("publicPolicy", true);
        d.cloudFront("cdn").label("Web CDN");
        d.connect("cdn", "site").connect("web", "site").connect("web", "db");
        return d.build();
    }

    @Test
    void analyzingTheSameDiagramTwiceGivesEqualFindingsInTheSameOrder() {
        Diagram diagram = everythingWrong();

        Analysis first = ANALYZER.analyze(diagram);
        Analysis second = ANALYZER.analyze(diagram);
        Analysis fresh = new Analyzer(CATALOG).analyze(everythingWrong());

        assertEquals(first.findings(), second.findings());
        assertEquals(first.findings(), fresh.findings());
        assertEquals(first.components(), fresh.components());
        assertTrue(first.findings().size() > 20, "the diagram should have plenty of findings");
    }

    @Test
    void findingsAreSortedWorstFirst() {
        List<Diagram> diagrams = new ArrayList<>(Fixtures.all().values());
        diagrams.add(everythingWrong());
        for (Diagram diagram : diagrams) {
            List<Finding> findings = analyze(diagram).findings();
            for (int i = 1; i < findings.size(); i++) {
                assertTrue(findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0,
                        "out of order: " + findings.get(i - 1).rule() + " before " + findings.get(i).rule());
            }
        }
    }

    @Test
    void worstFindingComesFirst() {
        Analysis a = analyze(everythingWrong());

        assertEquals(Severity.CRITICAL, a.findings().get(0).severity());
        assertEquals(Optional.of(Severity.CRITICAL), a.worst());
    }

    @Test
    void withinOneSeverityFindingsFollowDiagramOrderNotNames() {
        DiagramBuilder d = new DiagramBuilder();
        d.s3("zeta");
        d.s3("alpha");
        List<String> mediumSubjects = analyze(d).findings().stream().filter(f -> f.severity() == Severity.MEDIUM)
                .map(f -> f.components().get(0)).toList();

        assertEquals(List.of("zeta", "zeta", "zeta", "alpha", "alpha", "alpha"), mediumSubjects);
    }

    @Test
    void oneComponentsFindingsOfOneSeverityAreInRuleOrder() {
        List<Diagram> diagrams = new ArrayList<>(Fixtures.all().values());
        diagrams.add(everythingWrong());
        int pairsOfDifferentRules = 0;
        for (Diagram diagram : diagrams) {
            List<Finding> findings = analyze(diagram).findings();
            for (int i = 1; i < findings.size(); i++) {
                Finding before = findings.get(i - 1);
                Finding after = findings.get(i);
                if (before.severity() == after.severity()
                        && before.components().get(0).equals(after.components().get(0))) {
                    assertTrue(before.rule().compareTo(after.rule()) <= 0,
                            "out of rule order on " + after.components().get(0) + ": " + before.rule() + " before "
                                    + after.rule());
                    pairsOfDifferentRules += before.rule().equals(after.rule()) ? 0 : 1;
                }
            }
        }
        assertTrue(pairsOfDifferentRules > 10, "the fixtures should put several rules on one component at one "
                + "severity, found " + pairsOfDifferentRules);
    }

    @Test
    void componentAnalysesFollowDiagramOrder() {
        Analysis a = analyze(everythingWrong());

        assertEquals(List.of("vpc", "pub", "web", "db", "site", "cdn"),
                a.components().stream().map(c -> c.component().id()).toList());
    }

    @Test
    void countsBySeverityHasEverySeverityMostSevereFirst() {
        Map<Severity, Integer> counts = analyze(new DiagramBuilder()).countsBySeverity();

        assertEquals(Arrays.asList(Severity.values()), new ArrayList<>(counts.keySet()));
        assertTrue(counts.values().stream().allMatch(n -> n == 0));
        assertEquals(Optional.empty(), analyze(new DiagramBuilder()).worst());
    }

    @Test
    void countsBySeverityCountsTheDefaultBucket() {
        // S3 defaults: SSE-S3 only (LOW), and no TLS policy, no versioning, no access logs (MEDIUM each).
        Map<Severity, Integer> counts = analyze(Fixtures.bucketWithDefaults()).countsBySeverity();

        assertEquals(Map.of(Severity.CRITICAL, 0, Severity.HIGH, 0, Severity.MEDIUM, 3, Severity.LOW, 1,
                Severity.INFO, 0), counts);
    }

    @Test
    void countsBySeverityAddUpToAllFindings() {
        Analysis a = analyze(everythingWrong());
        Map<Severity, Integer> counts = a.countsBySeverity();

        assertEquals(a.findings().size(), counts.values().stream().mapToInt(Integer::intValue).sum());
        for (Severity s : Severity.values()) {
            assertEquals(a.findings().stream().filter(f -> f.severity() == s).count(), (long) counts.get(s), s.name());
        }
    }

    @Test
    void reorderingComponentsKeepsTheSameFindings() {
        Diagram diagram = everythingWrong();
        List<Component> reversed = new ArrayList<>(diagram.components());
        Collections.reverse(reversed);

        List<Finding> original = analyze(diagram).findings();
        List<Finding> shuffled = analyze(diagram.withComponents(reversed)).findings();
        assertEquals(new HashSet<>(original), new HashSet<>(shuffled));
        assertEquals(original.size(), shuffled.size());
    }
}

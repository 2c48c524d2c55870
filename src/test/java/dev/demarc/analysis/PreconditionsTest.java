package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.RandomDiagrams;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exposure rules' conditions as a checklist: each box as the diagram stands, all ticked exactly when the
 * rule fires.
 */
class PreconditionsTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Analyzer ANALYZER = new Analyzer(CATALOG);

    /** A publicly accessible MySQL database in a private subnet of a VPC with a gateway; no open rule. */
    private static DiagramBuilder halfwayDatabase() {
        DiagramBuilder d = new DiagramBuilder();
        d.vpc("vpc").set("internetGateway", true);
        d.subnet("private").in("vpc").set("public", false);
        d.rds("db").in("private").set("engine", "mysql").set("publiclyAccessible", true);
        return d;
    }

    private static String marks(Checklist c) {
        return c.conditions().stream().map(k -> k.text() + "=" + (k.met() ? "yes" : "no"))
                .collect(Collectors.joining(" / "));
    }

    @Test
    void aPubliclyAccessibleDatabaseInAPrivateSubnetShowsWhatIsStillMissing() {
        Analysis a = ANALYZER.analyze(halfwayDatabase().build());
        List<Checklist> lists = a.preconditions("db");
        assertEquals(1, lists.size());
        Checklist c = lists.get(0);
        assertEquals("rds.exposed-to-internet", c.rule());
        assertEquals(Severity.CRITICAL, c.severity());
        assertEquals("publicly accessible=yes / in a public subnet=no / internet gateway attached to its VPC=yes"
                + " / security group open to the world on port 3306=no", marks(c));
        assertEquals(List.of("db", "private", "vpc", "db"),
                c.conditions().stream().map(Checklist.Condition::componentId).toList(), "who decides each box");
        assertTrue(a.findings().stream().noneMatch(f -> f.rule().equals("rds.exposed-to-internet")));
    }

    @Test
    void tickingTheLastBoxesMakesTheCriticalFindingAppear() {
        DiagramBuilder d = halfwayDatabase();
        d.get("private").set("public", true);
        d.get("db").rules(new InboundRule(Protocol.TCP, 3306, WORLD));
        Analysis a = ANALYZER.analyze(d.build());
        assertTrue(a.preconditions("db").get(0).allMet(), marks(a.preconditions("db").get(0)));
        assertTrue(a.findings().stream().anyMatch(f -> f.rule().equals("rds.exposed-to-internet")));
    }

    @Test
    void theEnginesPortIsTheOneThatCounts() {
        DiagramBuilder d = halfwayDatabase();
        d.get("db").set("engine", "postgres").rules(new InboundRule(Protocol.TCP, 3306, WORLD));
        Checklist c = ANALYZER.analyze(d.build()).preconditions("db").get(0);
        assertEquals("security group open to the world on port 5432", c.conditions().get(3).text());
        assertTrue(!c.conditions().get(3).met(), "3306 is open, but postgres listens on 5432");
    }

    @Test
    void componentsNoExposureRuleChecksHaveNoChecklist() {
        assertEquals(List.of(), ANALYZER.analyze(halfwayDatabase().build()).preconditions("vpc"));
        assertEquals(List.of(), ANALYZER.analyze(halfwayDatabase().build()).preconditions("missing"));
    }

    /** One property over 300 random diagrams: a checklist is all ticked exactly when its rule fires. */
    @Test
    void aChecklistIsAllTickedExactlyWhenItsRuleFires() {
        for (long seed = 1; seed <= 300; seed++) {
            Analysis a = ANALYZER.analyze(RandomDiagrams.diagram(CATALOG, 25, seed));
            for (ComponentAnalysis c : a.components()) {
                String id = c.component().id();
                Set<String> fired = c.findings().stream().map(Finding::rule).collect(Collectors.toSet());
                for (Checklist list : a.preconditions(id)) {
                    boolean fires = fired.contains(list.rule());
                    if (list.allMet() != fires) {
                        fail("seed " + seed + ", " + id + ": " + list.rule() + " fired=" + fires + " but "
                                + marks(list));
                    }
                }
            }
        }
    }
}

package dev.demarc.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.RandomDiagrams;
import dev.demarc.io.Seeds;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three places know when the internet can reach a component: the exposure rules, the path the overlay draws
 * ({@code Analysis.exposurePath}) and the grader's list of reachability rules. On any diagram they agree: a
 * component has a path exactly when one of those rules fires for it.
 */
class ExposureAgreementProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Analyzer ANALYZER = new Analyzer(CATALOG);
    private static final AtomicInteger EXPOSED = new AtomicInteger();

    static LongStream seeds() {
        return Seeds.of(400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPathIsDrawnExactlyWhereAReachabilityRuleFires(long seed) {
        Analysis a = ANALYZER.analyze(RandomDiagrams.diagram(CATALOG, 30, seed));
        for (ComponentAnalysis c : a.components()) {
            Set<String> reachable = ExpectationRules.REACHABLE.getOrDefault(c.component().type(), Set.of());
            boolean fires = c.findings().stream().anyMatch(f -> reachable.contains(f.rule())
                    && f.components().get(0).equals(c.component().id()));
            boolean path = a.exposurePath(c.component().id()).isPresent();
            assertEquals(fires, path, c.component().id() + " (" + c.component().type().id() + "): rule fires "
                    + fires + ", path " + path);
            if (path) {
                EXPOSED.incrementAndGet();
            }
        }
    }

    /** The random diagrams must expose something, or the agreement proves little. */
    @AfterAll
    static void someComponentsWereExposed() {
        if (System.getProperty("demarc.seed") == null) {
            assertTrue(EXPOSED.get() >= 20, "only " + EXPOSED + " exposed components in all the tries");
        }
    }
}

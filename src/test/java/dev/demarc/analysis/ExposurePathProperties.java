package dev.demarc.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.io.RandomDiagrams;
import dev.demarc.io.Seeds;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Where the analyzer draws a way in from the internet, an exposure finding names that component first. The
 * overlay shows a path only when such a finding is selected, and grading takes the fix it prints from that
 * finding, so a path without one would be invisible and unexplained.
 */
class ExposurePathProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Analyzer ANALYZER = new Analyzer(CATALOG);

    @Test
    void everyExposurePathHasAnExposureFindingToSelect() {
        AtomicInteger exposed = new AtomicInteger();
        Seeds.check(400, seed -> {
            Analysis a = ANALYZER.analyze(RandomDiagrams.diagram(CATALOG, 30, seed));
            for (ComponentAnalysis c : a.components()) {
                String id = c.component().id();
                if (a.exposurePath(id).isPresent()) {
                    exposed.incrementAndGet();
                    assertTrue(a.findings().stream().anyMatch(f -> f.category() == Duty.EXPOSE
                            && f.components().get(0).equals(id)), id + " (" + c.component().type().id()
                            + ") has an exposure path but no exposure finding names it first");
                }
            }
        });
        // The random diagrams must expose something, or the property proves little.
        if (!Seeds.replayingOne()) {
            assertTrue(exposed.get() >= 20, "only " + exposed + " exposed components in all the tries, " + Seeds.run());
        }
    }
}

package dev.demarc.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Analysis and assertions shared by the analyzer tests. Failure messages list every finding. */
final class FindingAsserts {

    static final Catalog CATALOG = Catalog.builtIn();
    static final Analyzer ANALYZER = new Analyzer(CATALOG);

    private FindingAsserts() {
    }

    static Analysis analyze(DiagramBuilder d) {
        return ANALYZER.analyze(d.build());
    }

    static Analysis analyze(Diagram d) {
        return ANALYZER.analyze(d);
    }

    /**
     * Asserts that {@code rule} fires exactly once with {@code ids[0]} as its subject, that the finding
     * concerns exactly {@code ids} in that order, and that its message names each of them (by label, or by
     * id when it has none).
     */
    static Finding assertFires(Analysis a, String rule, String... ids) {
        List<Finding> matches = a.findings().stream()
                .filter(f -> f.rule().equals(rule) && f.components().get(0).equals(ids[0])).toList();
        if (matches.size() != 1) {
            fail(rule + " should fire once for " + ids[0] + " but fired " + matches.size() + " times.\n" + summary(a));
        }
        Finding f = matches.get(0);
        assertEquals(List.of(ids), f.components(), () -> "components of " + rule);
        for (String id : ids) {
            Component c = a.diagram().component(id).orElseThrow();
            assertTrue(f.message().contains(c.displayLabel()),
                    () -> "message of " + rule + " should name '" + c.displayLabel() + "': " + f.message());
        }
        return f;
    }

    /** Asserts that {@code rule} fires nowhere in the diagram. */
    static void assertSilent(Analysis a, String rule) {
        List<Finding> hits = a.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        if (!hits.isEmpty()) {
            fail(rule + " should not fire.\n" + summary(a));
        }
    }

    /** Asserts that {@code rule} does not fire for component {@code id}. */
    static void assertSilent(Analysis a, String rule, String id) {
        if (a.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.concerns(id))) {
            fail(rule + " should not fire for " + id + ".\n" + summary(a));
        }
    }

    static Set<String> ruleIds(Analysis a) {
        return a.findings().stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The findings of one category whose first component (the one to fix) is {@code id}. */
    static List<Finding> about(Analysis a, String id, Duty category) {
        return a.findings().stream()
                .filter(f -> f.components().get(0).equals(id) && f.category() == category).toList();
    }

    /** The worst severity among the findings of {@code category} about {@code id}, if any. */
    static Optional<Severity> worst(Analysis a, String id, Duty category) {
        return about(a, id, category).stream().map(Finding::severity).min(Severity::compareTo);
    }

    static String summary(Analysis a) {
        if (a.findings().isEmpty()) {
            return "(no findings)";
        }
        return a.findings().stream().map(f -> "  " + f.severity() + " " + f.rule() + " " + f.components() + ": "
                + f.message()).collect(Collectors.joining("\n", "Findings:\n", ""));
    }
}

package dev.demarc.grade;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An instructor's diagram as the solution. Component ids and positions differ between students, so the
 * comparison is by type: how many components of each type, where each type is placed, and which exposure
 * and encryption findings (by rule) the student has beyond the solution's own. Info findings are notes,
 * not mistakes, and are not compared.
 */
public final class DiagramSolution implements Solution {

    private static final Set<Duty> COMPARED = Set.of(Duty.EXPOSE, Duty.ENCRYPT);

    private final Analysis solution;
    private final Catalog catalog;

    public DiagramSolution(Analysis solution, Catalog catalog) {
        this.solution = solution;
        this.catalog = catalog;
    }

    @Override
    public List<Difference> compare(Analysis student) {
        List<Difference> out = new ArrayList<>();
        counts(student.diagram(), out);
        findings(student, out);
        placements(student.diagram(), out);
        return out;
    }

    private void counts(Diagram student, List<Difference> out) {
        Map<ComponentType, List<Component>> want = byType(solution.diagram());
        Map<ComponentType, List<Component>> have = byType(student);
        Set<ComponentType> types = new TreeSet<>(want.keySet());
        types.addAll(have.keySet());
        for (ComponentType type : types) {
            int w = want.getOrDefault(type, List.of()).size();
            int h = have.getOrDefault(type, List.of()).size();
            String name = catalog.shortName(type);
            if (h < w) {
                out.add(new Difference(Difference.Kind.MISSING, (w - h) * Scoring.MISSING_COMPONENT,
                        name + ": the solution has " + w + ", this diagram " + h));
            } else if (h > w) {
                out.add(new Difference(Difference.Kind.EXTRA, (h - w) * Scoring.EXTRA_COMPONENT,
                        name + ": the solution has " + w + ", this diagram " + h));
            }
        }
    }

    /** Student findings of a rule beyond as many as the solution has of it; the later ones are the extras. */
    private void findings(Analysis student, List<Difference> out) {
        Map<String, Integer> allowed = new HashMap<>();
        for (Finding f : solution.findings()) {
            if (compared(f)) {
                allowed.merge(f.rule(), 1, Integer::sum);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : student.findings()) {
            if (compared(f) && seen.merge(f.rule(), 1, Integer::sum) > allowed.getOrDefault(f.rule(), 0)) {
                out.add(new Difference(Difference.Kind.FINDING, Scoring.points(f.severity()),
                        f.severity().name().toLowerCase(Locale.ROOT) + " " + f.rule()
                        + ", not in the solution: " + f.message()));
            }
        }
    }

    private static boolean compared(Finding f) {
        return COMPARED.contains(f.category()) && f.severity() != Severity.INFO;
    }

    /**
     * Per type, the placings the student has beyond the solution's, paired with the solution's placings the
     * student lacks. Unpaired ones come from a different count, which {@link #counts} reports already.
     */
    private void placements(Diagram student, List<Difference> out) {
        Map<ComponentType, List<Component>> want = byType(solution.diagram());
        Map<ComponentType, List<Component>> have = byType(student);
        for (Map.Entry<ComponentType, List<Component>> e : have.entrySet()) {
            List<Placing> expected = new ArrayList<>();
            for (Component c : want.getOrDefault(e.getKey(), List.of())) {
                expected.add(Placing.of(c, solution.diagram(), catalog));
            }
            List<Component> misplaced = new ArrayList<>();
            for (Component c : e.getValue()) {
                if (!expected.remove(Placing.of(c, student, catalog))) {
                    misplaced.add(c);
                }
            }
            expected.sort(null);
            for (int i = 0; i < Math.min(misplaced.size(), expected.size()); i++) {
                Component c = misplaced.get(i);
                out.add(new Difference(Difference.Kind.PLACEMENT, Scoring.PLACEMENT,
                        catalog.name(c) + " is " + Placing.of(c, student, catalog).phrase()
                        + "; the solution has it " + expected.get(i).phrase()));
            }
        }
    }

    /** Components by type, types in name order, components in drawing order. */
    private static Map<ComponentType, List<Component>> byType(Diagram diagram) {
        Map<ComponentType, List<Component>> out = new TreeMap<>();
        for (Component c : diagram.components()) {
            out.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}

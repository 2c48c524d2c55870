package dev.demarc.grade;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.RuleBook;
import dev.demarc.analysis.RuleSpec;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.io.Problem;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An instructor's diagram as the solution, graded as the rubric it shows. Students choose their own ids,
 * labels and positions, so the rubric speaks of types:
 * <ul>
 * <li>{@code require}: as many components of each type as the solution has;</li>
 * <li>not reachable from the internet: each type the analyzer judges whose solution components it finds no
 * way in to;</li>
 * <li>encrypted: each type with a rule tagged {@value RuleSpec#UNENCRYPTED} whose solution components have no
 * such finding;</li>
 * <li>in a private subnet: each type the solution places only in private subnets;</li>
 * <li>forbidden: every exposure or encryption rule (above info) the solution has no finding of, each finding
 * costing the points of the rule's severity. What the solution does itself is allowed.</li>
 * </ul>
 * Every weight is the default of {@link Scoring}. Grading against the diagram and against this rubric written
 * as a file gives the same scores and feedback, which is the point: an instructor can see the rubric and
 * change it.
 */
public final class DiagramSolution implements Solution {

    private final RubricGrader grader;

    public DiagramSolution(Analysis solution, Catalog catalog, RuleBook rules) throws SolutionException {
        this.grader = new RubricGrader(rubric(solution, catalog, rules), catalog, rules);
    }

    @Override
    public Marking mark(Analysis student) {
        return grader.mark(student);
    }

    public Rubric rubric() {
        return grader.rubric();
    }

    /** The rubric a solution diagram shows; see the class comment for each rule. */
    public static Rubric rubric(Analysis solution, Catalog catalog, RuleBook rules) throws SolutionException {
        Map<ComponentType, List<Component>> byType = new TreeMap<>(solution.diagram().components().stream()
                .collect(Collectors.groupingBy(Component::type)));
        if (byType.isEmpty()) {
            throw new SolutionException(Problem.general("The solution diagram has no components, so "
                    + "there is nothing to grade against"));
        }
        Set<ComponentType> encryptionJudged = encryptionJudged(rules, byType.keySet());
        Map<ComponentType, Rubric.Required> required = new TreeMap<>();
        Map<ComponentType, Integer> notReachable = new TreeMap<>();
        Map<ComponentType, Integer> encrypted = new TreeMap<>();
        Map<ComponentType, Integer> privateSubnet = new TreeMap<>();
        byType.forEach((type, all) -> {
            required.put(type, new Rubric.Required(all.size(), Scoring.REQUIRED_COMPONENT));
            if (ExposurePath.JUDGED.contains(type)
                    && all.stream().noneMatch(c -> solution.exposurePath(c.id()).filter(ExposurePath::direct)
                            .isPresent())) {
                notReachable.put(type, Scoring.NOT_REACHABLE);
            }
            if (encryptionJudged.contains(type) && all.stream().noneMatch(c -> unencrypted(solution, c, rules))) {
                encrypted.put(type, Scoring.ENCRYPTED);
            }
            if (catalog.spec(type).placement().allows(ComponentType.SUBNET) && all.stream()
                    .allMatch(c -> Placing.of(c, solution.diagram(), catalog) == Placing.PRIVATE_SUBNET)) {
                privateSubnet.put(type, Scoring.PRIVATE_SUBNET);
            }
        });
        Set<String> shown = solution.findings().stream().map(Finding::rule).collect(Collectors.toSet());
        Map<String, Integer> forbidden = new TreeMap<>();
        for (RuleSpec r : rules.all()) {
            if ((r.category() == Duty.EXPOSE || r.category() == Duty.ENCRYPT) && r.severity() != Severity.INFO
                    && !shown.contains(r.id())) {
                forbidden.put(r.id(), Scoring.points(r.severity()));
            }
        }
        return new Rubric("Solution diagram: " + Optional.ofNullable(solution.diagram().title()).orElse("untitled"),
                required, notReachable, encrypted, privateSubnet, Optional.empty(), forbidden);
    }

    private static boolean unencrypted(Analysis solution, Component c, RuleBook rules) {
        return solution.findings().stream().anyMatch(f -> f.components().get(0).equals(c.id())
                && rules.get(f.rule()).tagged(RuleSpec.UNENCRYPTED));
    }

    /**
     * The types some rule tagged {@value RuleSpec#UNENCRYPTED} is about. A rule's id starts with the type it
     * judges ({@code rds.storage-unencrypted}), the convention of rules.json.
     */
    static Set<ComponentType> encryptionJudged(RuleBook rules, Iterable<ComponentType> types) {
        Set<ComponentType> out = new TreeSet<>();
        for (ComponentType t : types) {
            String prefix = t.id().toLowerCase(Locale.ROOT) + ".";
            if (rules.all().stream().anyMatch(r -> r.tagged(RuleSpec.UNENCRYPTED) && r.id().startsWith(prefix))) {
                out.add(t);
            }
        }
        return out;
    }
}

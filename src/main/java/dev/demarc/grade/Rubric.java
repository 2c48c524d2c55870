package dev.demarc.grade;

import dev.demarc.analysis.Severity;
import dev.demarc.model.ComponentType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A solution written as rules instead of a diagram: an instructor says what must hold ("the database must not
 * be reachable from the internet") and leaves the rest to the student. Each rule has a weight in points.
 * Expectations ({@code require} and the three per-type rules) make up what the rubric is worth; prohibitions
 * (forbidden rules, the maximum severity) take points off what was earned. Read from a {@code demarc-rubric}
 * file by {@link RubricReader} or derived from a solution diagram by {@link DiagramSolution#rubric}; graded by
 * {@link RubricGrader}. The format and the scoring are in docs/grading.md.
 *
 * @param required       per type, the least number of components and the weight of each
 * @param notReachable   per type whose components the internet must not reach, the weight of the rule
 * @param encrypted      per type whose components must encrypt their data at rest and in transit, the weight
 * @param privateSubnet  per type whose components must sit in a private subnet, the weight
 * @param maxSeverity    the most severe finding allowed, if limited, and what a finding above it costs
 * @param forbiddenRules per rule id that must not be found, what each finding of it costs
 */
public record Rubric(String title, Map<ComponentType, Required> required, Map<ComponentType, Integer> notReachable,
        Map<ComponentType, Integer> encrypted, Map<ComponentType, Integer> privateSubnet,
        Optional<SeverityLimit> maxSeverity, Map<String, Integer> forbiddenRules) {

    /** At least {@code count} components of a type, each worth {@code weight}. */
    public record Required(int count, int weight) {
    }

    /**
     * No finding more severe than {@code most}; each one above costs {@code weight}, or without a weight the
     * points of its severity ({@link Scoring#points}).
     */
    public record SeverityLimit(Severity most, OptionalInt weight) {

        int cost(Severity found) {
            return weight.orElse(Scoring.points(found));
        }
    }

    public Rubric {
        required = copy(required);
        notReachable = copy(notReachable);
        encrypted = copy(encrypted);
        privateSubnet = copy(privateSubnet);
        forbiddenRules = copy(forbiddenRules);
        if (possible(required, notReachable, encrypted, privateSubnet) <= 0) {
            throw new IllegalArgumentException("a rubric needs at least one expectation to earn points by");
        }
    }

    /** What the rubric is worth: the weights of all its expectations (prohibitions only take points away). */
    public int possible() {
        return possible(required, notReachable, encrypted, privateSubnet);
    }

    private static int possible(Map<ComponentType, Required> required, Map<ComponentType, Integer> notReachable,
            Map<ComponentType, Integer> encrypted, Map<ComponentType, Integer> privateSubnet) {
        int sum = 0;
        for (Required r : required.values()) {
            sum += r.count() * r.weight();
        }
        for (Map<ComponentType, Integer> rule : List.of(notReachable, encrypted, privateSubnet)) {
            sum += rule.values().stream().mapToInt(Integer::intValue).sum();
        }
        return sum;
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

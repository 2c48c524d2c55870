package dev.demarc.grade;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A solution written as expectations instead of a diagram: an instructor says what must hold ("the
 * database must not be reachable from the internet") and leaves the rest to the student. Read from a
 * {@code demarc-rubric} file by {@link RubricReader}; the format is in docs/grading.md.
 *
 * @param required        the least number of components of each type
 * @param notReachable    types whose components the internet must not reach
 * @param encrypted       types whose components must encrypt their data at rest and in transit
 * @param privateSubnet   types whose components must sit in a private subnet
 * @param maxSeverity     the most severe finding allowed, if limited
 * @param forbiddenRules  rule ids that must not be found
 * @param catalog         names the types in messages and says which subnets are public
 */
public record Rubric(String title, Map<ComponentType, Integer> required, Set<ComponentType> notReachable,
        Set<ComponentType> encrypted, Set<ComponentType> privateSubnet, Optional<Severity> maxSeverity,
        Set<String> forbiddenRules, Catalog catalog) implements Solution {

    public Rubric {
        required = Collections.unmodifiableMap(new LinkedHashMap<>(required));
        notReachable = Collections.unmodifiableSet(new LinkedHashSet<>(notReachable));
        encrypted = Collections.unmodifiableSet(new LinkedHashSet<>(encrypted));
        privateSubnet = Collections.unmodifiableSet(new LinkedHashSet<>(privateSubnet));
        forbiddenRules = Collections.unmodifiableSet(new LinkedHashSet<>(forbiddenRules));
    }

    @Override
    public List<Difference> compare(Analysis student) {
        List<Difference> out = new ArrayList<>();
        required.forEach((type, least) -> {
            long have = student.diagram().components().stream().filter(c -> c.type().equals(type)).count();
            if (have < least) {
                out.add(new Difference(Difference.Kind.MISSING, (int) (least - have) * Scoring.MISSING_COMPONENT,
                        catalog.shortName(type) + ": the rubric asks for at least " + least + ", this diagram has "
                        + have));
            }
        });
        for (Component c : student.diagram().components()) {
            Placing placing = Placing.of(c, student.diagram(), catalog);
            if (privateSubnet.contains(c.type()) && placing != Placing.PRIVATE_SUBNET) {
                out.add(new Difference(Difference.Kind.PLACEMENT, Scoring.PLACEMENT, catalog.name(c)
                        + " must be in a private subnet, but it is " + placing.phrase()));
            }
        }
        for (Finding f : student.findings()) {
            differenceFor(f, student).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The difference a finding makes, if any. A finding counts once, against the first expectation it breaks
     * in this order: not reachable, encrypted, forbidden rules, the maximum severity.
     */
    private Optional<Difference> differenceFor(Finding f, Analysis student) {
        Optional<ComponentType> type = student.diagram().component(f.components().get(0)).map(Component::type);
        if (type.isPresent() && notReachable.contains(type.get())
                && ExpectationRules.REACHABLE.getOrDefault(type.get(), Set.of()).contains(f.rule())) {
            return Optional.of(new Difference(Difference.Kind.REACHABLE, Scoring.REACHABLE,
                    "must not be reachable from the internet: " + f.message()));
        }
        if (type.isPresent() && encrypted.contains(type.get())
                && ExpectationRules.UNENCRYPTED.getOrDefault(type.get(), Set.of()).contains(f.rule())) {
            return Optional.of(new Difference(Difference.Kind.UNENCRYPTED, Scoring.UNENCRYPTED,
                    "must be encrypted: " + f.message()));
        }
        if (forbiddenRules.contains(f.rule())) {
            return Optional.of(new Difference(Difference.Kind.FORBIDDEN, Scoring.FORBIDDEN_RULE,
                    "forbidden " + f.rule() + ": " + f.message()));
        }
        if (maxSeverity.isPresent() && f.severity().ordinal() < maxSeverity.get().ordinal()) {
            return Optional.of(new Difference(Difference.Kind.SEVERITY, Scoring.points(f.severity()),
                    f.severity().name().toLowerCase(Locale.ROOT) + " " + f.rule() + " is above the allowed "
                    + maxSeverity.get().name().toLowerCase(Locale.ROOT) + ": " + f.message()));
        }
        return Optional.empty();
    }
}

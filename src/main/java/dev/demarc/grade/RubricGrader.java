package dev.demarc.grade;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.RuleBook;
import dev.demarc.analysis.RuleSpec;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Grades a student's diagram against a {@link Rubric}. Every expectation is met or not, and costs its whole
 * weight when not:
 * <ul>
 * <li>{@code require}: each component short costs its weight;</li>
 * <li>a per-type rule (not reachable, encrypted, in a private subnet) is met when the diagram has a component
 * of the type and every one of them meets it; with no component of the type it is not met, since nothing
 * shows it;</li>
 * <li>then each finding the rubric forbids costs its weight, unless it is part of a mistake an unmet
 * expectation already counts: any exposure finding on a component the internet reaches, when the rubric says
 * that type must not be reachable, and any finding that data is unencrypted, when the rubric says that type
 * must be encrypted. A finding counts once, in this order: forbidden rules, then the maximum severity.</li>
 * </ul>
 * Whether a component is reachable is the analysis's own verdict (it has an exposure path), and whether it is
 * unencrypted is whether a finding of a rule tagged {@value RuleSpec#UNENCRYPTED} in rules.json concerns it,
 * so students see the same reasons in {@code demarc check}. Types are judged in type order, so the order of a
 * rubric's fields does not change the feedback.
 */
public final class RubricGrader implements Solution {

    private final Rubric rubric;
    private final Catalog catalog;
    private final RuleBook rules;

    public RubricGrader(Rubric rubric, Catalog catalog, RuleBook rules) {
        this.rubric = rubric;
        this.catalog = catalog;
        this.rules = rules;
    }

    public Rubric rubric() {
        return rubric;
    }

    @Override
    public Marking mark(Analysis student) {
        List<Difference> out = new ArrayList<>();
        required(student, out);
        new TreeMap<>(rubric.notReachable()).forEach((type, weight) -> perType(student, type, weight,
                Difference.Kind.REACHABLE, c -> directlyReachable(student, c), out));
        new TreeMap<>(rubric.encrypted()).forEach((type, weight) -> perType(student, type, weight,
                Difference.Kind.UNENCRYPTED, c -> unencrypted(student, c).isPresent(), out));
        new TreeMap<>(rubric.privateSubnet()).forEach((type, weight) -> perType(student, type, weight,
                Difference.Kind.PLACEMENT, c -> Placing.of(c, student.diagram(), catalog) != Placing.PRIVATE_SUBNET,
                out));
        for (Finding f : student.findings()) {
            prohibited(f, student).ifPresent(out::add);
        }
        return new Marking(rubric.possible(), out);
    }

    private void required(Analysis student, List<Difference> out) {
        new TreeMap<>(rubric.required()).forEach((type, r) -> {
            long have = components(student, type).size();
            if (have < r.count()) {
                long shortBy = r.count() - have;
                String name = catalog.shortName(type);
                out.add(new Difference(Difference.Kind.MISSING, (int) shortBy * r.weight(), name + ": the "
                        + "exercise asks for at least " + r.count() + ", this diagram has " + have,
                        "Add " + shortBy + " " + name + (shortBy == 1 ? "." : "s.")));
            }
        });
    }

    /** One per-type expectation: not met when no component of the type is drawn or any one of them breaks it. */
    private void perType(Analysis student, ComponentType type, int weight, Difference.Kind kind,
            Predicate<Component> breaks, List<Difference> out) {
        String name = catalog.shortName(type);
        List<Component> all = components(student, type);
        if (all.isEmpty()) {
            out.add(new Difference(Difference.Kind.ABSENT, weight, "every " + name + " " + rule(kind)
                    + ": this diagram has no " + name + ", so nothing shows it", "Add the " + name
                    + " the exercise is about, and make it " + state(kind) + "."));
            return;
        }
        List<Component> broken = all.stream().filter(breaks).toList();
        if (broken.isEmpty()) {
            return;
        }
        Component first = broken.get(0);
        String every = "every " + name + " " + rule(kind);
        String others = broken.size() == 1 ? "" : " (" + broken.size() + " do not: "
                + String.join(", ", broken.stream().map(catalog::name).toList()) + ")";
        out.add(switch (kind) {
            case REACHABLE -> {
                Optional<Finding> why = worst(student, first, f -> f.category() == Duty.EXPOSE);
                yield new Difference(kind, weight, every + others + ": " + why.map(Finding::message)
                        .orElse(catalog.name(first) + " is reachable from the internet."),
                        why.map(Finding::remediation).orElse("Close one link of the way in: the public subnet, "
                                + "the public address or the security-group rule open to the world."));
            }
            case UNENCRYPTED -> {
                Finding why = unencrypted(student, first).orElseThrow();
                yield new Difference(kind, weight, every + others + ": " + why.message(), why.remediation());
            }
            default -> new Difference(kind, weight, every + ": " + String.join(", ", broken.stream()
                    .map(c -> catalog.name(c) + " is " + Placing.of(c, student.diagram(), catalog).phrase()).toList()),
                    "Move " + (broken.size() == 1 ? "it" : "them") + " into a private subnet (a subnet whose "
                    + "\"public\" setting is off), inside the VPC.");
        });
    }

    private static String rule(Difference.Kind kind) {
        return switch (kind) {
            case REACHABLE -> "must be unreachable from the internet";
            case UNENCRYPTED -> "must encrypt its data at rest and in transit";
            default -> "must be in a private subnet";
        };
    }

    private static String state(Difference.Kind kind) {
        return switch (kind) {
            case REACHABLE -> "unreachable from the internet";
            case UNENCRYPTED -> "encrypted at rest and in transit";
            default -> "sit in a private subnet";
        };
    }

    /** The forbidden finding's cost, unless an unmet expectation already counts the mistake it is part of. */
    private Optional<Difference> prohibited(Finding f, Analysis student) {
        Optional<Component> c = student.diagram().component(f.components().get(0));
        if (c.isPresent() && explained(f, c.get(), student)) {
            return Optional.empty();
        }
        Integer weight = rubric.forbiddenRules().get(f.rule());
        if (weight != null) {
            return Optional.of(new Difference(Difference.Kind.FORBIDDEN, weight, "the exercise forbids this: "
                    + f.message() + " (rule " + f.rule() + ")", f.remediation()));
        }
        if (rubric.maxSeverity().isPresent() && f.severity().compareTo(rubric.maxSeverity().get().most()) < 0) {
            Rubric.SeverityLimit limit = rubric.maxSeverity().get();
            return Optional.of(new Difference(Difference.Kind.SEVERITY, limit.cost(f.severity()),
                    "a " + lower(f.severity().name()) + " finding, above the allowed " + lower(limit.most().name())
                    + ": " + f.message() + " (rule " + f.rule() + ")", f.remediation()));
        }
        return Optional.empty();
    }

    /** Whether the internet reaches {@code c} directly, not only through a load balancer (see ExposurePath). */
    private static boolean directlyReachable(Analysis student, Component c) {
        return student.exposurePath(c.id()).filter(ExposurePath::direct).isPresent();
    }

    private boolean explained(Finding f, Component c, Analysis student) {
        if (rubric.notReachable().containsKey(c.type()) && f.category() == Duty.EXPOSE
                && directlyReachable(student, c)) {
            return true;
        }
        return rubric.encrypted().containsKey(c.type()) && tagged(f, RuleSpec.UNENCRYPTED);
    }

    private Optional<Finding> unencrypted(Analysis student, Component c) {
        return worst(student, c, f -> tagged(f, RuleSpec.UNENCRYPTED));
    }

    private boolean tagged(Finding f, String tag) {
        return rules.get(f.rule()).tagged(tag);
    }

    /** The most severe finding about {@code c} first (findings come worst first) that passes {@code which}. */
    private static Optional<Finding> worst(Analysis student, Component c, Predicate<Finding> which) {
        return student.findings().stream().filter(f -> f.components().get(0).equals(c.id())).filter(which)
                .findFirst();
    }

    private static List<Component> components(Analysis student, ComponentType type) {
        return student.diagram().components().stream().filter(c -> c.type().equals(type)).toList();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

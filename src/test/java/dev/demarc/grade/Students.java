package dev.demarc.grade;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.model.Component;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Student variants of a sample, built in code: a test takes the instructor's diagram and makes the one
 * mistake it is about, so the expected differences can be worked out by hand.
 */
final class Students {

    static final Catalog CATALOG = Catalog.builtIn();
    static final Analyzer ANALYZER = new Analyzer(CATALOG);
    static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    private Students() {
    }

    /**
     * The three-tier exercise worked out in docs/grading.md: the well-configured sample as it was before it grew an
     * entry point (load balancer, NAT gateway, roles and keys), kept so the hand-worked scores stay checkable.
     */
    static final Path EXERCISE = Path.of("src", "test", "resources", "dev", "demarc", "grade",
            "three-tier-exercise.json");

    static Diagram sample(String name) throws Exception {
        return new DiagramReader(CATALOG).read(SAMPLES.resolve(name)).diagram();
    }

    static Diagram exercise() throws Exception {
        return new DiagramReader(CATALOG).read(EXERCISE).diagram();
    }

    static Analysis analyze(Diagram d) {
        return ANALYZER.analyze(d);
    }

    /** The diagram with component {@code id} changed. */
    static Diagram change(Diagram d, String id, UnaryOperator<Component> edit) {
        List<Component> out = new ArrayList<>();
        for (Component c : d.components()) {
            out.add(c.id().equals(id) ? edit.apply(c) : c);
        }
        return d.withComponents(out);
    }

    /** The diagram with component {@code id}'s setting {@code name} written as {@code value}. */
    static Diagram set(Diagram d, String id, String name, PropertyValue value) {
        return change(d, id, c -> c.withProperties(c.properties().with(name, value)));
    }

    static Diagram set(Diagram d, String id, String name, boolean value) {
        return set(d, id, name, new PropertyValue.Bool(value));
    }

    /** The diagram without component {@code id} and the connections that touch it. */
    static Diagram remove(Diagram d, String id) {
        List<Component> components = d.components().stream().filter(c -> !c.id().equals(id)).toList();
        List<Connection> connections = d.connections().stream()
                .filter(k -> !k.from().equals(id) && !k.to().equals(id)).toList();
        return new Diagram(d.title(), components, connections, d.securityGroups());
    }

    /** The diagram with a copy of component {@code id} added as {@code copyId}. */
    static Diagram copy(Diagram d, String id, String copyId) {
        List<Component> out = new ArrayList<>(d.components());
        out.add(d.component(id).orElseThrow().withId(copyId));
        return d.withComponents(out);
    }

    /** Every component's id prefixed and position moved: the same design drawn by someone else. */
    static Diagram redrawn(Diagram d, String prefix) {
        List<Component> components = new ArrayList<>();
        for (Component c : d.components()) {
            components.add(new Component(prefix + c.id(), c.type(), null, c.x() + 17, c.y() + 23, c.width(),
                    c.height(), c.parent() == null ? null : prefix + c.parent(), c.properties()));
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection k : d.connections()) {
            connections.add(Connection.of(prefix + k.id(), prefix + k.from(), prefix + k.to()));
        }
        return new Diagram("A student's copy", components, connections, d.securityGroups());
    }

    static InboundRule tcp(int port, String source) {
        return new InboundRule(Protocol.TCP, port, source);
    }

    /** The diagram with component {@code id} in one group of its own holding just {@code rules} (made anew). */
    static Diagram withRules(Diagram d, String id, InboundRule... rules) {
        String group = id + "-student-sg";
        List<SecurityGroup> groups = new ArrayList<>(d.securityGroups());
        groups.removeIf(g -> g.id().equals(group));
        groups.add(new SecurityGroup(group, group, null, List.of(rules)));
        return set(d.withSecurityGroups(groups), id, "securityGroups", new PropertyValue.Groups(List.of(group)));
    }
}

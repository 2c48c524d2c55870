package dev.demarc.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An architecture diagram: components (in drawing order), the connections between them and the security
 * groups components belong to. Immutable; every edit produces a new diagram.
 *
 * <p>The constructor enforces what must hold for any diagram, whoever built it: ids are unique,
 * connections and parents refer to existing components, no component contains itself, and every security
 * group a component or a rule names exists. Whether a
 * placement makes sense for AWS (an EC2 instance outside a VPC) is not enforced here; the analyzer
 * reports it.
 */
public final class Diagram {

    private static final Diagram EMPTY = new Diagram(null, List.of(), List.of());

    private final List<SecurityGroup> securityGroups;
    private final Map<String, SecurityGroup> groupsById;
    private final String title;
    private final List<Component> components;
    private final List<Connection> connections;
    private final Map<String, Component> byId;
    private final Map<String, List<Component>> childrenByParent;
    private final Map<String, List<Component>> targets;
    private final Map<String, List<Component>> sources;

    /** A diagram without security groups. */
    public Diagram(String title, List<Component> components, List<Connection> connections) {
        this(title, components, connections, List.of());
    }

    public Diagram(String title, List<Component> components, List<Connection> connections,
            List<SecurityGroup> securityGroups) {
        this.title = title;
        this.securityGroups = List.copyOf(securityGroups);
        this.groupsById = indexGroups(this.securityGroups);
        this.components = List.copyOf(components);
        this.connections = List.copyOf(connections);
        Map<String, Component> index = new LinkedHashMap<>();
        Map<String, List<Component>> children = new HashMap<>();
        for (Component c : this.components) {
            if (index.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("Duplicate component id: " + c.id());
            }
        }
        for (Component c : this.components) {
            if (c.parent() != null) {
                if (!index.containsKey(c.parent())) {
                    throw new IllegalArgumentException("Component " + c.id() + " has unknown parent " + c.parent());
                }
                children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<String> connectionIds = new HashSet<>();
        Map<String, List<Component>> out = new HashMap<>();
        Map<String, List<Component>> in = new HashMap<>();
        for (Connection k : this.connections) {
            if (!connectionIds.add(k.id())) {
                throw new IllegalArgumentException("Duplicate connection id: " + k.id());
            }
            if (!index.containsKey(k.from()) || !index.containsKey(k.to())) {
                throw new IllegalArgumentException("Connection " + k.id() + " refers to a missing component");
            }
            out.computeIfAbsent(k.from(), x -> new ArrayList<>()).add(index.get(k.to()));
            in.computeIfAbsent(k.to(), x -> new ArrayList<>()).add(index.get(k.from()));
        }
        this.targets = out;
        this.sources = in;
        this.byId = Collections.unmodifiableMap(index);
        children.replaceAll((k, v) -> List.copyOf(v));
        this.childrenByParent = Collections.unmodifiableMap(children);
        findContainmentLoop(this.components, index).ifPresent(id -> {
            throw new IllegalArgumentException("Component " + id + " is inside itself");
        });
        for (Component c : this.components) {
            for (String group : memberships(c)) {
                if (!groupsById.containsKey(group)) {
                    throw new IllegalArgumentException("Component " + c.id() + " is in unknown security group "
                            + group);
                }
            }
        }
    }

    private static Map<String, SecurityGroup> indexGroups(List<SecurityGroup> groups) {
        Map<String, SecurityGroup> index = new LinkedHashMap<>();
        for (SecurityGroup g : groups) {
            if (index.putIfAbsent(g.id(), g) != null) {
                throw new IllegalArgumentException("Duplicate security group id: " + g.id());
            }
        }
        for (SecurityGroup g : groups) {
            for (InboundRule r : g.inbound()) {
                if (r.sourceGroup() != null && !index.containsKey(r.sourceGroup())) {
                    throw new IllegalArgumentException("Security group " + g.id() + " has a rule from unknown group "
                            + r.sourceGroup());
                }
            }
        }
        return Collections.unmodifiableMap(index);
    }

    /** The ids of the security groups {@code c} belongs to: every group listed in one of its properties. */
    public static List<String> memberships(Component c) {
        List<String> ids = new ArrayList<>();
        for (String name : c.properties().names()) {
            if (c.properties().get(name).orElseThrow() instanceof PropertyValue.Groups g) {
                ids.addAll(g.ids());
            }
        }
        return ids;
    }

    public static Diagram empty() {
        return EMPTY;
    }

    /**
     * The id of a component that is (through its parents) inside itself, if any. Shared with the loader so
     * that it can name the loop before a diagram is built.
     */
    public static Optional<String> findContainmentLoop(List<Component> components, Map<String, Component> byId) {
        // Each component is walked once: its state says whether it is on the walk in progress or already
        // known to end outside any loop, so one map serves every start instead of a set per start.
        Map<String, Walked> seen = new HashMap<>();
        List<String> walk = new ArrayList<>();
        for (Component start : components) {
            Component current = start;
            while (current != null) {
                Walked state = seen.putIfAbsent(current.id(), Walked.ON_THIS_WALK);
                if (state == Walked.ON_THIS_WALK) {
                    return Optional.of(current.id());
                }
                if (state == Walked.OUTSIDE_ANY_LOOP) {
                    break;
                }
                walk.add(current.id());
                current = current.parent() == null ? null : byId.get(current.parent());
            }
            for (String id : walk) {
                seen.put(id, Walked.OUTSIDE_ANY_LOOP);
            }
            walk.clear();
        }
        return Optional.empty();
    }

    /** What the containment-loop search knows of a component it has walked through. */
    private enum Walked { ON_THIS_WALK, OUTSIDE_ANY_LOOP }

    /** The title, or {@code null} when the diagram has none. */
    public String title() {
        return title;
    }

    public List<Component> components() {
        return components;
    }

    public List<Connection> connections() {
        return connections;
    }

    /** The security groups, in the order written. */
    public List<SecurityGroup> securityGroups() {
        return securityGroups;
    }

    public Optional<SecurityGroup> securityGroup(String id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The components whose parent is {@code id}, in drawing order. */
    public List<Component> children(String id) {
        return childrenByParent.getOrDefault(id, List.of());
    }

    /** The parent of {@code c}, if it has one. */
    public Optional<Component> parentOf(Component c) {
        return c.parent() == null ? Optional.empty() : component(c.parent());
    }

    /** The closest enclosing component of the given type, walking up the parent chain. */
    public Optional<Component> enclosing(Component c, ComponentType type) {
        Component current = c.parent() == null ? null : byId.get(c.parent());
        while (current != null) {
            if (current.type().equals(type)) {
                return Optional.of(current);
            }
            current = current.parent() == null ? null : byId.get(current.parent());
        }
        return Optional.empty();
    }

    /** The components {@code id} sends requests to. */
    public List<Component> targetsOf(String id) {
        return Collections.unmodifiableList(targets.getOrDefault(id, List.of()));
    }

    /** The components that send requests to {@code id}. */
    public List<Component> sourcesOf(String id) {
        return Collections.unmodifiableList(sources.getOrDefault(id, List.of()));
    }

    public Diagram withTitle(String newTitle) {
        return new Diagram(newTitle, components, connections, securityGroups);
    }

    public Diagram withComponents(List<Component> newComponents) {
        return new Diagram(title, newComponents, connections, securityGroups);
    }

    public Diagram withConnections(List<Connection> newConnections) {
        return new Diagram(title, components, newConnections, securityGroups);
    }

    public Diagram withSecurityGroups(List<SecurityGroup> newGroups) {
        return new Diagram(title, components, connections, newGroups);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagram other && Objects.equals(title, other.title)
                && components.equals(other.components) && connections.equals(other.connections)
                && securityGroups.equals(other.securityGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, components, connections, securityGroups);
    }

    @Override
    public String toString() {
        return "Diagram[" + title + ", " + components.size() + " components, " + connections.size() + " connections]";
    }
}

package dev.demarc.edit;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.SecurityGroup;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The edits the editor can make, as pure functions from one diagram to the next. They know the rules of
 * the diagram (containers move their children, deleting a component removes its connections, an id change
 * follows every reference) but nothing about windows or undo.
 */
public final class DiagramEdits {

    private final Catalog catalog;
    private final Geometry geometry;

    public DiagramEdits(Catalog catalog) {
        this.catalog = catalog;
        this.geometry = new Geometry(catalog);
    }

    public Geometry geometry() {
        return geometry;
    }

    /** A new component of {@code type} with a fresh id ({@code ec2-3}) and label ({@code EC2 3}) at the point. */
    public Component newComponent(Diagram d, ComponentType type, double x, double y) {
        TypeSpec spec = catalog.spec(type);
        int n = 1;
        String base = type.id().toLowerCase(Locale.ROOT);
        while (d.contains(base + "-" + n) || labelTaken(d, spec.shortName() + " " + n)) {
            n++;
        }
        return new Component(base + "-" + n, type, spec.shortName() + " " + n, half(x), half(y), null, null, null,
                Properties.empty());
    }

    private static boolean labelTaken(Diagram d, String label) {
        return d.components().stream().anyMatch(c -> label.equals(c.label()));
    }

    /** Adds {@code c}, placing it in the innermost container under its centre that may hold it. */
    public Diagram add(Diagram d, Component c) {
        List<Component> components = new ArrayList<>(d.components());
        components.add(c);
        Diagram added = d.withComponents(components);
        return reparent(added, List.of(c.id()));
    }

    /**
     * Adds {@code c} where a palette drop put it: first moved the least distance that makes it wholly
     * {@code visible} (null: anywhere), then, when it lands in a container, moved inside that container's
     * content area clear of its border and title; containers too small for it grow. One edit, so one undo.
     */
    public Diagram drop(Diagram d, Component c, Geometry.Rect visible) {
        Geometry.Rect b = geometry.bounds(c);
        if (visible != null) {
            b = b.movedInside(visible);
        }
        Optional<Component> container = geometry.containerAt(d, b.centerX(), b.centerY(), Set.of());
        // Moving into a container's content area can bring the centre over a container nested in it;
        // follow it down so the component ends clear of the border of the container it joins.
        for (int depth = 0; container.isPresent() && depth < d.components().size(); depth++) {
            Geometry.Rect inside = b.movedInside(Geometry.contentArea(geometry.bounds(container.get())));
            Optional<Component> deeper = geometry.containerAt(d, inside.centerX(), inside.centerY(), Set.of());
            b = inside;
            if (deeper.isEmpty() || deeper.get().id().equals(container.get().id())) {
                break;
            }
            container = deeper;
        }
        Component placed = c.withPosition(half(b.x()), half(b.y()));
        return growToFit(add(d, placed), placed.id());
    }

    /**
     * Moves the components by (dx, dy), with everything inside them, then re-parents each moved component
     * to the container now under its centre, which grows to hold it. Throws {@link EditException} when that
     * nesting is not allowed.
     */
    public Diagram move(Diagram d, Collection<String> ids, double dx, double dy) {
        Set<String> roots = topmost(d, ids);
        Set<String> moving = withDescendants(d, roots);
        List<Component> components = new ArrayList<>();
        for (Component c : d.components()) {
            components.add(moving.contains(c.id()) ? c.withPosition(half(c.x() + dx), half(c.y() + dy)) : c);
        }
        Diagram moved = reparent(d.withComponents(components), roots);
        for (String id : roots) {
            moved = growToFit(moved, id);
        }
        return moved;
    }

    /**
     * Grows each container around {@code id}, innermost first, until its content area holds what is
     * inside. Containers only grow here; nothing shrinks and no child moves.
     */
    public Diagram growToFit(Diagram d, String id) {
        Diagram current = d;
        Optional<Component> child = current.component(id);
        for (int depth = 0; child.isPresent() && depth < current.components().size(); depth++) {
            Optional<Component> parent = current.parentOf(child.get());
            if (parent.isEmpty()) {
                break;
            }
            Geometry.Rect frame = geometry.bounds(parent.get());
            Geometry.Rect needed = frame.union(Geometry.frameAround(geometry.bounds(child.get())));
            if (!needed.equals(frame)) {
                current = replace(current, parent.get().id(), p -> p.withPosition(needed.x(), needed.y())
                        .withSize(needed.width(), needed.height()));
            }
            child = current.component(parent.get().id());
        }
        return current;
    }

    /**
     * Sets the bounds of a component (used by resize handles). A container never shrinks under its
     * children: an edge the handle moved inward stops where the children's margin begins.
     */
    public Diagram resize(Diagram d, String id, double x, double y, double width, double height) {
        Component target = d.component(id)
                .orElseThrow(() -> new EditException("There is no component \"" + id + "\""));
        Geometry.Rect old = geometry.bounds(target);
        double left = x;
        double top = y;
        double right = x + Math.max(40, width);
        double bottom = y + Math.max(30, height);
        Optional<Geometry.Rect> children = geometry.bounds(d, d.children(id));
        if (children.isPresent()) {
            Geometry.Rect need = Geometry.frameAround(children.get());
            // Clamp only the edges the handle moved, so an old file whose children already touch the border
            // does not jump when an unrelated edge is dragged.
            left = left != old.x() ? Math.min(left, need.x()) : left;
            top = top != old.y() ? Math.min(top, need.y()) : top;
            right = right != old.x() + old.width() ? Math.max(right, need.x() + need.width()) : right;
            bottom = bottom != old.y() + old.height() ? Math.max(bottom, need.y() + need.height()) : bottom;
        }
        double nx = half(left);
        double ny = half(top);
        double w = half(right) - nx;
        double h = half(bottom) - ny;
        return replace(d, id, c -> c.withPosition(nx, ny).withSize(w, h));
    }

    /** Re-parents each of {@code ids} to the innermost allowed container under its centre. */
    private Diagram reparent(Diagram d, Collection<String> ids) {
        Diagram current = d;
        for (String id : ids) {
            Component c = current.component(id).orElseThrow();
            Set<String> excluded = withDescendants(current, List.of(id));
            Geometry.Rect b = geometry.bounds(c);
            Optional<Component> container = geometry.containerAt(current, b.centerX(), b.centerY(), excluded);
            String parent = container.map(Component::id).orElse(null);
            if (container.isPresent() && geometry.isContainer(c)
                    && !catalog.spec(c.type()).placement().allows(container.get().type())) {
                throw new EditException(catalog.spec(c.type()).shortName() + " cannot go inside a "
                        + catalog.spec(container.get().type()).shortName().toLowerCase(Locale.ROOT) + ". "
                        + catalog.spec(c.type()).placement().advice());
            }
            if (!Objects.equals(parent, c.parent())) {
                current = replace(current, id, x -> x.withParent(parent));
            }
        }
        return current;
    }

    /** Removes the components, everything inside them and every connection touching them. */
    public Diagram delete(Diagram d, Collection<String> componentIds, Collection<String> connectionIds) {
        Set<String> gone = withDescendants(d, componentIds);
        List<Component> components = d.components().stream().filter(c -> !gone.contains(c.id())).toList();
        List<Connection> connections = d.connections().stream()
                .filter(k -> !connectionIds.contains(k.id()) && !gone.contains(k.from()) && !gone.contains(k.to()))
                .toList();
        return new Diagram(d.title(), components, connections, d.securityGroups());
    }

    /** Changes a component's id, keeping its children and connections pointing at it. */
    public Diagram changeId(Diagram d, String oldId, String newId) {
        if (oldId.equals(newId)) {
            return d;
        }
        if (!Component.isValidId(newId)) {
            throw new EditException("\"" + newId
                    + "\" is not a valid id: use " + Component.ID_RULE);
        }
        if (d.contains(newId)) {
            throw new EditException("Another component already has the id \"" + newId + "\"");
        }
        List<Component> components = new ArrayList<>();
        for (Component c : d.components()) {
            Component next = c.id().equals(oldId) ? c.withId(newId) : c;
            if (oldId.equals(next.parent())) {
                next = next.withParent(newId);
            }
            components.add(next);
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection k : d.connections()) {
            connections.add(k.withEnds(k.from().equals(oldId) ? newId : k.from(),
                    k.to().equals(oldId) ? newId : k.to()));
        }
        return new Diagram(d.title(), components, connections, d.securityGroups());
    }

    public Diagram setLabel(Diagram d, String id, String label) {
        String value = label == null || label.isBlank() ? null : label.strip();
        return replace(d, id, c -> c.withLabel(value));
    }

    /** Sets a property, or removes it (back to the catalog default) when {@code value} is null. */
    public Diagram setProperty(Diagram d, String id, String property, PropertyValue value) {
        return replace(d, id, c -> c.withProperties(
                catalog.spec(c.type()).withProperty(c.properties(), property, value)));
    }

    /** Connects two components with a fresh connection id; refuses self links and duplicates. */
    public Diagram connect(Diagram d, String from, String to) {
        if (from.equals(to)) {
            throw new EditException("A connection links two different components");
        }
        boolean exists = d.connections().stream().anyMatch(k -> k.from().equals(from) && k.to().equals(to));
        if (exists) {
            throw new EditException("These components are already connected");
        }
        List<Connection> connections = new ArrayList<>(d.connections());
        connections.add(Connection.of(freshConnectionId(d, Set.of()), from, to));
        return d.withConnections(connections);
    }

    public Diagram setConnectionLabel(Diagram d, String id, String label) {
        String value = label == null || label.isBlank() ? null : label.strip();
        List<Connection> connections = new ArrayList<>();
        for (Connection k : d.connections()) {
            connections.add(k.id().equals(id) ? k.withLabel(value) : k);
        }
        return d.withConnections(connections);
    }

    /**
     * Pastes a fragment (components and the connections among them) with fresh ids, shifted by
     * (dx, dy). Parents inside the fragment are remapped; each pasted component without one is placed in
     * the container under its centre, as if it had been dropped there.
     */
    public Pasted paste(Diagram d, Diagram fragment, double dx, double dy) {
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        d.components().forEach(c -> taken.add(c.id()));
        for (Component c : fragment.components()) {
            String id = c.id();
            int n = 2;
            String base = id.replaceFirst("-copy(-\\d+)?$", "");
            while (taken.contains(id)) {
                id = trim(base + "-copy" + (n == 2 ? "" : "-" + (n - 1)));
                n++;
            }
            taken.add(id);
            ids.put(c.id(), id);
        }
        List<Component> components = new ArrayList<>(d.components());
        for (Component c : fragment.components()) {
            String parent = c.parent() == null ? null : ids.get(c.parent());
            components.add(c.withId(ids.get(c.id())).withParent(parent)
                    .withPosition(half(c.x() + dx), half(c.y() + dy)));
        }
        List<Connection> connections = new ArrayList<>(d.connections());
        Set<String> newConnectionIds = new HashSet<>();
        for (Connection k : fragment.connections()) {
            if (ids.containsKey(k.from()) && ids.containsKey(k.to())) {
                String id = freshConnectionId(d, newConnectionIds);
                newConnectionIds.add(id);
                connections.add(new Connection(id, ids.get(k.from()), ids.get(k.to()), k.label()));
            }
        }
        List<String> roots = fragment.components().stream().filter(c -> c.parent() == null)
                .map(c -> ids.get(c.id())).toList();
        // A copied group with an id the diagram already has is taken to be that group: copies stay in it.
        List<SecurityGroup> groups = new ArrayList<>(d.securityGroups());
        fragment.securityGroups().stream().filter(g -> d.securityGroup(g.id()).isEmpty()).forEach(groups::add);
        Diagram pasted = reparent(new Diagram(d.title(), components, connections, groups), roots);
        return new Pasted(pasted, new LinkedHashSet<>(ids.values()));
    }

    /** The result of a paste: the new diagram and the ids of the pasted components (to select them). */
    public record Pasted(Diagram diagram, Set<String> ids) {
    }

    /**
     * The components (with everything inside them) and the connections among them, as a diagram of their
     * own for the clipboard. Parents outside the fragment are dropped; paste places by position instead.
     */
    public Diagram fragment(Diagram d, Collection<String> ids) {
        Set<String> all = withDescendants(d, ids);
        List<Component> components = d.components().stream().filter(c -> all.contains(c.id()))
                .map(c -> c.parent() != null && !all.contains(c.parent()) ? c.withParent(null) : c)
                .toList();
        List<Connection> connections = d.connections().stream()
                .filter(k -> all.contains(k.from()) && all.contains(k.to())).toList();
        return new Diagram(null, components, connections, groupsNamedBy(d, components));
    }

    /** The groups the components belong to, with every group their rules name, at any depth, in diagram order. */
    private static List<SecurityGroup> groupsNamedBy(Diagram d, List<Component> components) {
        Set<String> needed = new HashSet<>();
        List<String> todo = new ArrayList<>();
        components.forEach(c -> todo.addAll(Diagram.memberships(c)));
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (needed.add(id)) {
                d.securityGroup(id).orElseThrow().inbound().stream().map(InboundRule::sourceGroup)
                        .filter(Objects::nonNull).forEach(todo::add);
            }
        }
        return d.securityGroups().stream().filter(g -> needed.contains(g.id())).toList();
    }

    /**
     * Rounds to the nearest half pixel. Every edit that sets a position or size goes through it, so saved
     * files hold {@code 120} or {@code 120.5} rather than the long fractions a zoomed mouse drag produces,
     * while positions an old file holds stay as they are until the component is edited.
     */
    static double half(double v) {
        return Math.round(v * 2) / 2.0;
    }

    private static String trim(String id) {
        return id.length() <= 64 ? id : id.substring(id.length() - 64);
    }

    private static String freshConnectionId(Diagram d, Set<String> alsoTaken) {
        Set<String> taken = new HashSet<>(alsoTaken);
        d.connections().forEach(k -> taken.add(k.id()));
        int n = 1;
        while (taken.contains("c" + n)) {
            n++;
        }
        return "c" + n;
    }

    /** The ids with every component inside them, at any depth. */
    public static Set<String> withDescendants(Diagram d, Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (d.contains(id) && out.add(id)) {
                d.children(id).forEach(c -> todo.add(c.id()));
            }
        }
        return out;
    }

    /** The ids that are not inside another of the ids (moving those moves the rest with them). */
    public static Set<String> topmost(Diagram d, Collection<String> ids) {
        Set<String> all = new HashSet<>(ids);
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Optional<Component> c = d.component(id);
            if (c.isEmpty()) {
                continue;
            }
            boolean nested = false;
            Optional<Component> parent = d.parentOf(c.get());
            while (parent.isPresent() && !nested) {
                nested = all.contains(parent.get().id());
                parent = d.parentOf(parent.get());
            }
            if (!nested) {
                out.add(id);
            }
        }
        return out;
    }

    private static Diagram replace(Diagram d, String id, UnaryOperator<Component> change) {
        List<Component> components = new ArrayList<>(d.components());
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id().equals(id)) {
                components.set(i, change.apply(components.get(i)));
                return d.withComponents(components);
            }
        }
        throw new EditException("There is no component \"" + id + "\"");
    }
}

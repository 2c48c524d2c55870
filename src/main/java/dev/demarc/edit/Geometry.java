package dev.demarc.edit;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Geometry in model coordinates, without a display: component bounds, hit testing, containment and
 * rubber-band selection. Hit testing walks from the top of the drawing order down, as the canvas draws
 * deeper containers above shallower ones and plain components above all containers.
 */
public final class Geometry {

    private final Catalog catalog;

    public Geometry(Catalog catalog) {
        this.catalog = catalog;
    }

    /** An axis-aligned rectangle. */
    public record Rect(double x, double y, double width, double height) {

        public boolean contains(double px, double py) {
            return px >= x && py >= y && px <= x + width && py <= y + height;
        }

        public boolean contains(Rect r) {
            return r.x >= x && r.y >= y && r.x + r.width <= x + width && r.y + r.height <= y + height;
        }

        public boolean intersects(Rect r) {
            return r.x < x + width && r.x + r.width > x && r.y < y + height && r.y + r.height > y;
        }

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        /** The rectangle spanned by two corner points, in any order. */
        public static Rect between(double x1, double y1, double x2, double y2) {
            return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }

        /**
         * This rectangle moved the least distance that puts it inside {@code area}; when it is wider or
         * taller than the area, its left or top edge lines up with the area's so the title stays in view.
         */
        public Rect movedInside(Rect area) {
            double nx = Math.max(area.x, Math.min(x, area.x + area.width - width));
            double ny = Math.max(area.y, Math.min(y, area.y + area.height - height));
            return new Rect(nx, ny, width, height);
        }

        public Rect union(Rect r) {
            double minX = Math.min(x, r.x);
            double minY = Math.min(y, r.y);
            return new Rect(minX, minY, Math.max(x + width, r.x + r.width) - minX,
                    Math.max(y + height, r.y + r.height) - minY);
        }
    }

    /** The space a container keeps free around its children at the sides and bottom. */
    public static final double MARGIN = 20;
    /** The space a container keeps free above its children: its title bar plus a margin. */
    public static final double TITLE_MARGIN = 56;

    /** The area inside a container where children sit clear of its border and title. */
    public static Rect contentArea(Rect container) {
        return new Rect(container.x() + MARGIN, container.y() + TITLE_MARGIN,
                Math.max(0, container.width() - 2 * MARGIN), Math.max(0, container.height() - TITLE_MARGIN - MARGIN));
    }

    /** The smallest container bounds whose content area holds {@code inner}. */
    public static Rect frameAround(Rect inner) {
        return new Rect(inner.x() - MARGIN, inner.y() - TITLE_MARGIN, inner.width() + 2 * MARGIN,
                inner.height() + TITLE_MARGIN + MARGIN);
    }

    public Rect bounds(Component c) {
        TypeSpec spec = catalog.spec(c.type());
        return new Rect(c.x(), c.y(), spec.width(c), spec.height(c));
    }

    public boolean isContainer(Component c) {
        return catalog.spec(c.type()).container();
    }

    /** Nesting depth: 0 at the top level. */
    public static int depth(Diagram d, Component c) {
        int depth = 0;
        Optional<Component> parent = d.parentOf(c);
        while (parent.isPresent() && depth <= d.components().size()) {
            depth++;
            parent = d.parentOf(parent.get());
        }
        return depth;
    }

    /** The components in drawing order, bottom first: containers by depth, then everything else. */
    public List<Component> drawingOrder(Diagram d) {
        List<Component> containers = new ArrayList<>();
        List<Component> others = new ArrayList<>();
        for (Component c : d.components()) {
            (isContainer(c) ? containers : others).add(c);
        }
        containers.sort((a, b) -> Integer.compare(depth(d, a), depth(d, b)));
        List<Component> out = new ArrayList<>(containers);
        out.addAll(others);
        return out;
    }

    /** The top-most component under the point, if any. */
    public Optional<Component> componentAt(Diagram d, double x, double y) {
        List<Component> order = drawingOrder(d);
        for (int i = order.size() - 1; i >= 0; i--) {
            if (bounds(order.get(i)).contains(x, y)) {
                return Optional.of(order.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The innermost container whose bounds contain the point, skipping {@code excluded} ids (the components
     * being moved and everything inside them).
     */
    public Optional<Component> containerAt(Diagram d, double x, double y, Set<String> excluded) {
        List<Component> order = drawingOrder(d);
        for (int i = order.size() - 1; i >= 0; i--) {
            Component c = order.get(i);
            if (isContainer(c) && !excluded.contains(c.id()) && bounds(c).contains(x, y)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The ids of the components lying wholly inside {@code area}. */
    public Set<String> inside(Diagram d, Rect area) {
        Set<String> out = new HashSet<>();
        for (Component c : d.components()) {
            if (area.contains(bounds(c))) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** The bounds of all the given components, or empty when there are none. */
    public Optional<Rect> bounds(Diagram d, Iterable<Component> components) {
        Rect all = null;
        for (Component c : components) {
            all = all == null ? bounds(c) : all.union(bounds(c));
        }
        return Optional.ofNullable(all);
    }
}

package dev.demarc.ui.canvas;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Where each component is drawn, in display units, while something drawn beside the components (the
 * responsibility overlay) needs room the model does not leave. Plain Java, tested without a display.
 *
 * <p>Each axis is stretched by a monotone step function: {@code f(x) = x + D(x)}, where {@code D} adds jumps
 * wherever a service's footprint (the card plus what is drawn for it, plus a clearance) reaches past the next
 * left edge. Services keep their size; only their positions move. Containers are drawn from {@code f(left)} to
 * {@code f(right)}, so they grow. Because f is monotone with slope at least one, two services apart along an axis
 * stay apart with room for the footprint, and a service inside a container stays inside it with its footprint.
 * A service asks for room only before the next edge of a component that its reach overlaps across the other
 * axis (its row for the horizontal axis, its column for the vertical), or before its container's far edge: one
 * in another row cannot meet its footprint, since stretching only widens the gaps between rows. The room, once
 * made, is a jump of the whole axis and moves the other columns too. Each demand is a range (the service's
 * edge to the next edge) that its jumps must add up to; demands are met in order of their far ends, and what
 * is missing is placed at that far end, so one jump serves every later range that contains it (the greedy that
 * covers intervals with the fewest points) and staggered rows do not add up. A container may also ask
 * for room above its first child (its title and chip): that jump is placed just after its top edge, so it
 * moves its children and not itself. See ADR 7.
 */
public final class DisplayLayout {

    /** What a component needs beyond its model box, in display units. */
    public record Extra(double right, double below, double top) {
        public static final Extra NONE = new Extra(0, 0, 0);
    }

    /** The model has no overlay: display = model. */
    public static final DisplayLayout IDENTITY = new DisplayLayout(Axis.NONE, Axis.NONE, Map.of());

    private final Axis xs;
    private final Axis ys;
    private final Map<String, Geometry.Rect> rects;

    private DisplayLayout(Axis xs, Axis ys, Map<String, Geometry.Rect> rects) {
        this.xs = xs;
        this.ys = ys;
        this.rects = rects;
    }

    /**
     * Stretches {@code diagram} so every component's {@link Extra} fits with {@code clearance} to spare.
     *
     * @param extras what each component needs: services their footprint to the right and below the card,
     *               containers the room above their first child
     */
    public static DisplayLayout stretch(Diagram diagram, Catalog catalog, Function<Component, Extra> extras,
            double clearance) {
        List<Component> all = diagram.components();
        int n = all.size();
        // Each component's reach in model units: a container its box; a service its card with what is drawn
        // beside and below it and the clearance (display units, but the stretch only widens gaps, so a reach that
        // clears another in the model clears it on screen too).
        double[][] reach = new double[n][];
        for (int i = 0; i < n; i++) {
            Component c = all.get(i);
            TypeSpec spec = catalog.spec(c.type());
            Extra e = spec.container() ? Extra.NONE : extras.apply(c);
            double pad = spec.container() ? 0 : clearance;
            reach[i] = new double[] {c.x(), c.y(), c.x() + spec.width(c) + e.right() + pad,
                c.y() + spec.height(c) + e.below() + pad};
        }
        int[] byLeft = sortedBy(reach, 0);
        int[] byTop = sortedBy(reach, 1);
        Map<String, Component> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Map<String, Double> minChildOffset = new HashMap<>();
        // Containers' padding (inclusive, at their far edges) and room above their children (strict, at their
        // tops) are fixed; the services' jumps are then placed greedily, in order of the far ends of their
        // demands, each only as large as what the jumps already placed do not provide, so staggered edges in a
        // row do not add up.
        List<double[]> xJumps = new ArrayList<>();
        List<double[]> yJumps = new ArrayList<>();
        List<double[]> xDemands = new ArrayList<>();
        List<double[]> yDemands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Component c = all.get(i);
            TypeSpec spec = catalog.spec(c.type());
            double right = c.x() + spec.width(c);
            double bottom = c.y() + spec.height(c);
            Component parent = c.parentId().map(byId::get).orElse(null);
            if (parent != null) {
                minChildOffset.merge(parent.id(), c.y() - parent.y(), Math::min);
            }
            if (spec.container()) {
                xJumps.add(new double[] {right, clearance, 0});
                yJumps.add(new double[] {bottom, clearance, 0});
                continue;
            }
            Extra extra = extras.apply(c);
            double nextLeft = nextEdge(reach, byLeft, i, right, true);
            double nextTop = nextEdge(reach, byTop, i, bottom, false);
            double needX = extra.right() + clearance;
            double needY = extra.below() + clearance;
            if (nextLeft < Double.MAX_VALUE) {
                xDemands.add(new double[] {c.x(), nextLeft, needX - (nextLeft - right)});
            }
            if (nextTop < Double.MAX_VALUE) {
                yDemands.add(new double[] {c.y(), nextTop, needY - (nextTop - bottom)});
            }
            if (parent != null) {
                TypeSpec ps = catalog.spec(parent.type());
                double parentRight = parent.x() + ps.width(parent);
                double parentBottom = parent.y() + ps.height(parent);
                xDemands.add(new double[] {c.x(), parentRight, needX - (parentRight - right)});
                yDemands.add(new double[] {c.y(), parentBottom, needY - (parentBottom - bottom)});
            }
        }
        for (Component c : all) {
            TypeSpec spec = catalog.spec(c.type());
            if (spec.container()) {
                double offset = minChildOffset.getOrDefault(c.id(), spec.height(c));
                double need = extras.apply(c).top() - offset;
                if (need > 0) {
                    // Strict: it moves what lies below the top edge, not the container itself.
                    yJumps.add(new double[] {c.y(), need, 1});
                }
            }
        }
        placeGreedily(xJumps, xDemands);
        placeGreedily(yJumps, yDemands);
        Axis xs = new Axis(xJumps);
        Axis ys = new Axis(yJumps);
        Map<String, Geometry.Rect> rects = new HashMap<>();
        for (Component c : all) {
            TypeSpec spec = catalog.spec(c.type());
            double x = xs.map(c.x());
            double y = ys.map(c.y());
            if (spec.container()) {
                rects.put(c.id(), new Geometry.Rect(x, y, xs.map(c.x() + spec.width(c)) - x,
                        ys.map(c.y() + spec.height(c)) - y));
            } else {
                rects.put(c.id(), new Geometry.Rect(x, y, spec.width(c), spec.height(c)));
            }
        }
        return new DisplayLayout(xs, ys, rects);
    }

    /**
     * Adds the jumps the demands need: each demand {start, end, need} asks that the jumps in
     * (start, end] (strict ones in [start, end)) add up to at least {@code need}. Demands are met in order of
     * their ends and what is missing is put at the end (inclusive, so it moves what starts there), where it also
     * counts for every later demand whose range reaches it (placing it at the service's own edge made neighbours
     * in staggered rows add theirs up).
     */
    private static void placeGreedily(List<double[]> jumps, List<double[]> demands) {
        TreeMap<Double, Double> inclusive = new TreeMap<>();
        TreeMap<Double, Double> strict = new TreeMap<>();
        for (double[] j : jumps) {
            (j[2] == 0 ? inclusive : strict).merge(j[0], j[1], Double::sum);
        }
        demands.sort((a, b) -> Double.compare(a[1], b[1]));
        for (double[] d : demands) {
            if (d[2] <= 0) {
                continue;
            }
            double provided = 0;
            for (double v : inclusive.subMap(d[0], false, d[1], true).values()) {
                provided += v;
            }
            for (double v : strict.subMap(d[0], true, d[1], false).values()) {
                provided += v;
            }
            if (provided < d[2]) {
                double missing = d[2] - provided;
                inclusive.merge(d[1], missing, Double::sum);
                jumps.add(new double[] {d[1], missing, 0});
            }
        }
    }

    /** The components' indexes in order of their reach's {@code edge} (0 left, 1 top). */
    private static int[] sortedBy(double[][] reach, int edge) {
        return IntStream.range(0, reach.length).boxed()
                .sorted((a, b) -> Double.compare(reach[a][edge], reach[b][edge]))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The nearest left edge at or after {@code from} (top edge, when not {@code horizontal}) among the components
     * whose reach overlaps component {@code i}'s across the other axis: only they can meet its footprint. A
     * service in another row (column) asks for no room, so a tall stack with nothing under it adds none.
     * {@code sorted} holds the components in order of that edge, so the search starts at {@code from} and stops
     * at the first overlap: a few columns' worth of components, not the whole diagram for each service.
     */
    private static double nextEdge(double[][] reach, int[] sorted, int i, double from, boolean horizontal) {
        int along = horizontal ? 0 : 1;
        int across = horizontal ? 1 : 0;
        double[] me = reach[i];
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reach[sorted[mid]][along] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < sorted.length; k++) {
            int j = sorted[k];
            double[] other = reach[j];
            if (j != i && other[across] < me[across + 2] && me[across] < other[across + 2]) {
                return other[along];
            }
        }
        return Double.MAX_VALUE;
    }

    /** Whether this layout moves anything. */
    public boolean isIdentity() {
        return xs.isEmpty() && ys.isEmpty();
    }

    /** The display x of a model x. */
    public double x(double modelX) {
        return xs.map(modelX);
    }

    /** The display y of a model y. */
    public double y(double modelY) {
        return ys.map(modelY);
    }

    /** The model x drawn at a display x (the start of a jump, when the display x falls inside one). */
    public double modelX(double displayX) {
        return xs.unmap(displayX);
    }

    /** The model y drawn at a display y. */
    public double modelY(double displayY) {
        return ys.unmap(displayY);
    }

    /** Where a component is drawn; its model box when this layout does not know it. */
    public Geometry.Rect rect(Component c, Catalog catalog) {
        Geometry.Rect r = rects.get(c.id());
        if (r != null) {
            return r;
        }
        TypeSpec spec = catalog.spec(c.type());
        return new Geometry.Rect(x(c.x()), y(c.y()), spec.width(c), spec.height(c));
    }

    /** One axis' step function: jumps at positions, either inclusive or strict. */
    private static final class Axis {
        static final Axis NONE = new Axis(List.of());

        private final double[] inclusivePos;
        private final double[] inclusiveSum;
        private final double[] strictPos;
        private final double[] strictSum;
        private final double total;

        Axis(List<double[]> jumps) {
            List<double[]> inclusive = jumps.stream().filter(j -> j[2] == 0).sorted((a, b) -> Double.compare(a[0],
                    b[0])).toList();
            List<double[]> strict = jumps.stream().filter(j -> j[2] != 0).sorted((a, b) -> Double.compare(a[0],
                    b[0])).toList();
            inclusivePos = positions(inclusive);
            inclusiveSum = sums(inclusive);
            strictPos = positions(strict);
            strictSum = sums(strict);
            total = (inclusiveSum.length == 0 ? 0 : inclusiveSum[inclusiveSum.length - 1])
                    + (strictSum.length == 0 ? 0 : strictSum[strictSum.length - 1]);
        }

        private static double[] positions(List<double[]> jumps) {
            return jumps.stream().mapToDouble(j -> j[0]).toArray();
        }

        private static double[] sums(List<double[]> jumps) {
            double[] sums = new double[jumps.size()];
            double s = 0;
            for (int i = 0; i < sums.length; i++) {
                s += jumps.get(i)[1];
                sums[i] = s;
            }
            return sums;
        }

        boolean isEmpty() {
            return total == 0;
        }

        double map(double v) {
            return v + sumUpTo(inclusivePos, inclusiveSum, v, true) + sumUpTo(strictPos, strictSum, v, false);
        }

        /** Sum of jumps at positions below {@code v} (and at {@code v} when inclusive). */
        private static double sumUpTo(double[] pos, double[] sum, double v, boolean inclusive) {
            int lo = 0;
            int hi = pos.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pos[mid] < v || inclusive && pos[mid] == v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? 0 : sum[lo - 1];
        }

        /** The largest model value whose display value is at most {@code d} (bisection: map is monotone). */
        double unmap(double d) {
            if (total == 0) {
                return d;
            }
            double lo = d - total;
            double hi = d;
            for (int i = 0; i < 60 && hi - lo > 1e-6; i++) {
                double mid = (lo + hi) / 2;
                if (map(mid) <= d) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

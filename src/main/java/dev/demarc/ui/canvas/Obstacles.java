package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What connection labels must keep clear of (cards, what the overlay draws beside them, container title bars),
 * with a grid index so each connection asks only about the few boxes near its own line: a diagram of hundreds of
 * components has a thousand boxes, and every connection looks after every edit.
 */
final class Obstacles {

    static final Obstacles NONE = new Obstacles(List.of());

    /** Grid cell size in display units: about a card and its overlay. */
    private static final double CELL = 256;

    private final List<Geometry.Rect> boxes;
    private final Map<Long, int[]> cells = new HashMap<>();

    Obstacles(List<Geometry.Rect> boxes) {
        this.boxes = List.copyOf(boxes);
        Map<Long, List<Integer>> building = new HashMap<>();
        for (int i = 0; i < this.boxes.size(); i++) {
            Geometry.Rect r = this.boxes.get(i);
            for (long cx = cell(r.x()); cx <= cell(r.x() + r.width()); cx++) {
                for (long cy = cell(r.y()); cy <= cell(r.y() + r.height()); cy++) {
                    building.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(i);
                }
            }
        }
        building.forEach((k, v) -> cells.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    List<Geometry.Rect> boxes() {
        return boxes;
    }

    /** The boxes that intersect {@code area}, in the order they were given. */
    List<Geometry.Rect> near(Geometry.Rect area) {
        BitSet hits = new BitSet(boxes.size());
        for (long cx = cell(area.x()); cx <= cell(area.x() + area.width()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.y() + area.height()); cy++) {
                int[] in = cells.get(key(cx, cy));
                if (in != null) {
                    for (int i : in) {
                        if (!hits.get(i) && boxes.get(i).intersects(area)) {
                            hits.set(i);
                        }
                    }
                }
            }
        }
        List<Geometry.Rect> out = new ArrayList<>(hits.cardinality());
        hits.stream().forEach(i -> out.add(boxes.get(i)));
        return out;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Obstacles other && boxes.equals(other.boxes);
    }

    @Override
    public int hashCode() {
        return boxes.hashCode();
    }
}

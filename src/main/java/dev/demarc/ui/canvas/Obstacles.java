package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What connection labels must keep clear of (cards, what the overlay draws beside them, container title bars),
 * with a grid index so each connection asks only about the few boxes near its own line: a diagram of hundreds of
 * components has a thousand boxes, and every connection looks after every edit.
 */
final class Obstacles {

    static final Obstacles NONE = new Obstacles(List.of());

    /** Grid cell size in display units: about a card and its overlay. */
    private static final double CELL = 256;
    /** Most cells the grid may have per box (and at least), so far-flung boxes coarsen the grid, never blow it up. */
    private static final long CELLS_PER_BOX = 16;
    private static final long MIN_CELLS = 4096;

    private final List<Geometry.Rect> boxes;
    private final double cellSize;
    /** The grid covers the boxes' extent: cells from (minX, minY), {@code columns} wide, row by row. */
    private final long minX;
    private final long minY;
    private final int columns;
    private final int rows;
    /** The indices of the boxes touching each cell (a dense grid: hashing cell keys cost more than the rest). */
    private final int[][] cells;

    Obstacles(List<Geometry.Rect> boxes) {
        this.boxes = List.copyOf(boxes);
        // The boxes' extent in display units: min x, min y, max x, max y.
        double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Geometry.Rect r : this.boxes) {
            extent[0] = Math.min(extent[0], r.x());
            extent[1] = Math.min(extent[1], r.y());
            extent[2] = Math.max(extent[2], r.x() + r.width());
            extent[3] = Math.max(extent[3], r.y() + r.height());
        }
        cellSize = cellSizeFor(extent, this.boxes.size());
        boolean empty = this.boxes.isEmpty();
        minX = empty ? 0 : cell(extent[0]);
        minY = empty ? 0 : cell(extent[1]);
        columns = empty ? 0 : (int) (cell(extent[2]) - minX + 1);
        rows = empty ? 0 : (int) (cell(extent[3]) - minY + 1);
        int[] counts = new int[columns * rows];
        forEachCell(counts, null);
        cells = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            cells[i] = new int[counts[i]];
        }
        forEachCell(new int[counts.length], cells);
    }

    /** Counts the boxes per cell into {@code filled}, and, when {@code into} is given, stores their indices. */
    private void forEachCell(int[] filled, int[][] into) {
        for (int i = 0; i < boxes.size(); i++) {
            Geometry.Rect r = boxes.get(i);
            for (long cx = cell(r.x()); cx <= cell(r.x() + r.width()); cx++) {
                for (long cy = cell(r.y()); cy <= cell(r.y() + r.height()); cy++) {
                    int at = (int) ((cy - minY) * columns + (cx - minX));
                    if (into != null) {
                        into[at][filled[at]] = i;
                    }
                    filled[at]++;
                }
            }
        }
    }

    List<Geometry.Rect> boxes() {
        return boxes;
    }

    /** The boxes that intersect {@code area}, in the order they were given. */
    List<Geometry.Rect> near(Geometry.Rect area) {
        BitSet hits = new BitSet(boxes.size());
        long fromX = Math.max(minX, cell(area.x()));
        long toX = Math.min(minX + columns - 1, cell(area.x() + area.width()));
        long fromY = Math.max(minY, cell(area.y()));
        long toY = Math.min(minY + rows - 1, cell(area.y() + area.height()));
        for (long cx = fromX; cx <= toX; cx++) {
            for (long cy = fromY; cy <= toY; cy++) {
                for (int i : cells[(int) ((cy - minY) * columns + (cx - minX))]) {
                    if (!hits.get(i) && boxes.get(i).intersects(area)) {
                        hits.set(i);
                    }
                }
            }
        }
        List<Geometry.Rect> out = new ArrayList<>(hits.cardinality());
        hits.stream().forEach(i -> out.add(boxes.get(i)));
        return out;
    }

    private long cell(double v) {
        return (long) Math.floor(v / cellSize);
    }

    /** The standard cell, doubled until the boxes' {@code extent} needs no more than its share of cells. */
    private static double cellSizeFor(double[] extent, int count) {
        long allowed = Math.max(MIN_CELLS, CELLS_PER_BOX * count);
        double size = CELL;
        while (count > 0 && (Math.floor(extent[2] / size) - Math.floor(extent[0] / size) + 1)
                * (Math.floor(extent[3] / size) - Math.floor(extent[1] / size) + 1) > allowed) {
            size *= 2;
        }
        return size;
    }
}

package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas' keys: arrows nudge the selection (one grid step with Shift or snapping, else one unit; nudges
 * of the same selection merge into one undo step), Alt+arrows and Tab walk the selection from component to
 * component, F2 renames, Escape clears the selection. It also tracks whether Space is held, which turns a
 * primary-button drag into a pan.
 */
final class KeyboardGesture {

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final Consumer<String> rename;
    private boolean spaceDown;

    KeyboardGesture(DiagramCanvas canvas, EditorModel model, Consumer<String> rename) {
        this.canvas = canvas;
        this.model = model;
        this.rename = rename;
    }

    /** Whether Space is held now. */
    boolean isSpaceDown() {
        return spaceDown;
    }

    void pressed(KeyEvent e) {
        boolean wholeStep = e.isShiftDown() || canvas.snapToGridProperty().get();
        double step = wholeStep ? DiagramCanvas.GRID : 1;
        if (e.isAltDown() && e.getCode().isArrowKey()) {
            selectToward(e.getCode());
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case LEFT -> nudge(-step, 0);
            case RIGHT -> nudge(step, 0);
            case UP -> nudge(0, -step);
            case DOWN -> nudge(0, step);
            case F2 -> model.singleSelection().ifPresent(rename);
            case ESCAPE -> model.clearSelection();
            case SPACE -> spaceDown = true;
            case TAB -> selectNext(e.isShiftDown());
            default -> {
                return;
            }
        }
        e.consume();
    }

    void released(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
        }
    }

    private void nudge(double dx, double dy) {
        Set<String> ids = new HashSet<>(model.selection());
        if (ids.isEmpty()) {
            return;
        }
        model.apply("Move", d -> model.edits().move(d, ids, dx, dy), "nudge:" + new TreeSet<>(ids));
    }

    private void selectNext(boolean backwards) {
        List<Component> order = model.edits().geometry().drawingOrder(model.diagram());
        if (order.isEmpty()) {
            return;
        }
        int current = model.singleSelection().map(id -> indexOf(order, id)).orElse(-1);
        int next = backwards ? (current <= 0 ? order.size() - 1 : current - 1) : (current + 1) % order.size();
        model.select(List.of(order.get(next).id()));
        canvas.ensureVisible(order.get(next).id());
    }

    /**
     * Alt+arrow moves the selection to the nearest component in that direction (by the centres of their
     * boxes, preferring those straight ahead), so the keyboard alone can walk a diagram; the arrows without
     * Alt still nudge. With nothing selected it selects the first component.
     */
    private void selectToward(KeyCode key) {
        Diagram d = model.diagram();
        Optional<Component> from = model.singleSelection().flatMap(d::component);
        if (from.isEmpty()) {
            selectNext(false);
            return;
        }
        Geometry geometry = model.edits().geometry();
        double dx = key == KeyCode.LEFT ? -1 : key == KeyCode.RIGHT ? 1 : 0;
        double dy = key == KeyCode.UP ? -1 : key == KeyCode.DOWN ? 1 : 0;
        Geometry.Rect a = geometry.bounds(from.get());
        Component best = null;
        double bestScore = Double.MAX_VALUE;
        for (Component c : d.components()) {
            if (c.id().equals(from.get().id())) {
                continue;
            }
            Geometry.Rect b = geometry.bounds(c);
            double vx = b.centerX() - a.centerX();
            double vy = b.centerY() - a.centerY();
            double along = vx * dx + vy * dy;
            if (along <= 0) {
                continue;
            }
            double across = Math.abs(vx * dy - vy * dx);
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best != null) {
            model.select(List.of(best.id()));
            canvas.ensureVisible(best.id());
        }
    }

    private static int indexOf(List<Component> order, String id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}

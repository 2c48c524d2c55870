package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import dev.demarc.model.Connection;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * The view of one connection: a line from the edge of one component to the edge of the other, an arrow
 * head where requests arrive, and the label at the middle. A wide transparent line under the visible one
 * makes it easy to click.
 */
final class ConnectionView extends Group {

    private final Line hitArea = new Line();
    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    private final Label label = new Label();
    private String id;
    private Connection shown;
    private Bounds shownFrom;
    private Bounds shownTo;
    private boolean shownSelected;
    private Obstacles shownObstacles;
    /** The obstacles near the line when its label was last placed. */
    private List<Geometry.Rect> shownNear;
    /** Where along the line a label may go, from the middle outwards. */
    private static final double[] SPOTS = spots();

    ConnectionView(Connection connection) {
        this.id = connection.id();
        getProperties().put(ComponentView.KIND, this);
        getStyleClass().add("connection");
        hitArea.getStyleClass().add("connection-hit");
        line.getStyleClass().add("connection-line");
        arrow.getStyleClass().add("connection-arrow");
        label.getStyleClass().add("connection-label");
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        getChildren().addAll(hitArea, line, arrow, label);
        setAccessibleRole(AccessibleRole.NODE);
    }

    /** 0.5, 0.475, 0.525, 0.45, ... out to 0.05 and 0.95. */
    private static double[] spots() {
        double[] out = new double[37];
        out[0] = 0.5;
        for (int i = 1; i <= 18; i++) {
            out[2 * i - 1] = 0.5 + i * 0.025;
            out[2 * i] = 0.5 - i * 0.025;
        }
        return out;
    }

    String connectionId() {
        return id;
    }

    /**
     * Redraws between the current bounds of the two component views, with the label at the first place along
     * the line, from the middle outwards, that is clear of {@code obstacles} (cards and what the overlay
     * draws for them); in the middle when there is none.
     */
    void update(Connection c, Bounds from, Bounds to, boolean selected, Obstacles obstacles) {
        boolean same = c.equals(shown) && from.equals(shownFrom) && to.equals(shownTo) && selected == shownSelected;
        if (same && obstacles == shownObstacles) {
            return;
        }
        if (same && shownNear != null && near(from, to, obstacles).equals(shownNear)) {
            // Something moved elsewhere on the diagram: nothing near this line did, so the label stays put and
            // the line is not touched (touching every line made every move restyle all connections).
            shownObstacles = obstacles;
            return;
        }
        shownObstacles = obstacles;
        shown = c;
        shownFrom = from;
        shownTo = to;
        shownSelected = selected;
        id = c.id();
        pseudoClassStateChanged(CanvasStyles.SELECTED, selected);
        double[] start = edgePoint(from, to.getCenterX(), to.getCenterY());
        double[] end = edgePoint(to, from.getCenterX(), from.getCenterY());
        for (Line l : new Line[] {hitArea, line}) {
            l.setStartX(start[0]);
            l.setStartY(start[1]);
            l.setEndX(end[0]);
            l.setEndY(end[1]);
        }
        double angle = Math.atan2(end[1] - start[1], end[0] - start[0]);
        double size = 14;
        arrow.getPoints().setAll(end[0], end[1],
                end[0] - size * Math.cos(angle - 0.4), end[1] - size * Math.sin(angle - 0.4),
                end[0] - size * Math.cos(angle + 0.4), end[1] - size * Math.sin(angle + 0.4));
        String text = c.label() == null ? "" : c.label();
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.setVisible(!text.isEmpty());
            label.applyCss();
        }
        double w = label.prefWidth(-1);
        double h = label.prefHeight(-1);
        double[] spot = text.isEmpty() ? new double[] {0.5} : SPOTS;
        double t = spot[0];
        List<Geometry.Rect> near = near(from, to, obstacles);
        shownNear = near;
        for (double candidate : spot) {
            Geometry.Rect box = new Geometry.Rect(start[0] + (end[0] - start[0]) * candidate - w / 2 - 2,
                    start[1] + (end[1] - start[1]) * candidate - h / 2 - 2, w + 4, h + 4);
            if (near.stream().noneMatch(box::intersects)) {
                t = candidate;
                break;
            }
        }
        label.relocate(start[0] + (end[0] - start[0]) * t - w / 2, start[1] + (end[1] - start[1]) * t - h / 2);
        setAccessibleText("Connection " + c.from() + " to " + c.to() + (text.isEmpty() ? "" : ", " + text));
    }

    /**
     * The obstacles a label on the line between the two views could touch: within a label's size of the line's
     * bounding box (the label's size as last laid out).
     */
    private List<Geometry.Rect> near(Bounds from, Bounds to, Obstacles obstacles) {
        double[] start = edgePoint(from, to.getCenterX(), to.getCenterY());
        double[] end = edgePoint(to, from.getCenterX(), from.getCenterY());
        double w = label.prefWidth(-1);
        double h = label.prefHeight(-1);
        Geometry.Rect line = Geometry.Rect.between(start[0], start[1], end[0], end[1]);
        Geometry.Rect reach = new Geometry.Rect(line.x() - w, line.y() - h, line.width() + 2 * w,
                line.height() + 2 * h);
        return obstacles.near(reach);
    }

    /** Where the line from the centre of {@code b} towards (tx, ty) leaves the rectangle {@code b}. */
    static double[] edgePoint(Bounds b, double tx, double ty) {
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (b.getWidth() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (b.getHeight() / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {cx + dx * s, cy + dy * s};
    }
}

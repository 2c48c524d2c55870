package dev.demarc.ui.canvas;

import dev.demarc.edit.DiagramEdits;
import dev.demarc.model.Component;
import dev.demarc.ui.editor.EditorModel;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Drags the selected components (and everything inside them) by translating their views; on release one
 * "Move" edit. A refused move (say, a VPC dropped into a subnet) snaps the views back.
 */
final class MoveGesture implements MouseGesture {

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final Point2D pressModel;
    /** The selected components no other selected component contains: the ones the edit moves. */
    private final Set<String> moving;
    /** The moving components and all their descendants: the views the preview translates. */
    private final Set<String> movingViews;
    private double dx;
    private double dy;

    MoveGesture(DiagramCanvas canvas, EditorModel model, Point2D pressModel) {
        this.canvas = canvas;
        this.model = model;
        this.pressModel = pressModel;
        this.moving = DiagramEdits.topmost(model.diagram(), model.selection());
        this.movingViews = DiagramEdits.withDescendants(model.diagram(), moving);
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D now = canvas.toModel(e.getX(), e.getY());
        preview(now.getX() - pressModel.getX(), now.getY() - pressModel.getY());
        e.consume();
    }

    private void preview(double rawDx, double rawDy) {
        dx = rawDx;
        dy = rawDy;
        if (canvas.snapToGridProperty().get() && !moving.isEmpty()) {
            Component first = model.diagram().component(moving.iterator().next()).orElseThrow();
            dx = GestureSupport.snap(first.x() + rawDx) - first.x();
            dy = GestureSupport.snap(first.y() + rawDy) - first.y();
        }
        canvas.handles().hide();
        translateViews(dx, dy);
        canvas.updateConnections();
    }

    @Override
    public void released(MouseEvent e) {
        e.consume();
        if (dx == 0 && dy == 0) {
            return;
        }
        double mx = dx;
        double my = dy;
        if (!model.apply("Move", d -> model.edits().move(d, moving, mx, my))) {
            // Refused: no component changed, so refresh() leaves unchanged views alone; take the preview's
            // offset off the dragged views here, or they would stay where the refused drag left them.
            translateViews(0, 0);
            canvas.refresh();
        }
    }

    private void translateViews(double x, double y) {
        for (String id : movingViews) {
            ComponentView v = canvas.view(id);
            if (v != null) {
                v.setTranslateX(x);
                v.setTranslateY(y);
            }
        }
    }
}

package dev.demarc.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/** Drags the view around: the middle button, or the primary button with Space held. Makes no edit. */
final class PanGesture implements MouseGesture {

    private final DiagramCanvas canvas;
    /** The pointer's last position in canvas-local coordinates; each drag pans by the step since then. */
    private Point2D last;

    PanGesture(DiagramCanvas canvas, Point2D pressLocal) {
        this.canvas = canvas;
        this.last = pressLocal;
    }

    @Override
    public void dragged(MouseEvent e) {
        canvas.panBy(e.getX() - last.getX(), e.getY() - last.getY());
        last = new Point2D(e.getX(), e.getY());
        e.consume();
    }

    @Override
    public void released(MouseEvent e) {
        // Nothing to commit; the release is left to other handlers, as before the gestures were split.
    }
}

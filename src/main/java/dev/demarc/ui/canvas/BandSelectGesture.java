package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import dev.demarc.ui.editor.EditorModel;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * Rubber-band selection from a press on the empty canvas: draws the band while dragging and on release
 * selects the components wholly inside it (added to the selection with Shift or the shortcut key held).
 * Selection is not an edit, so the gesture leaves no undo step.
 */
final class BandSelectGesture implements MouseGesture {

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final Point2D pressModel;
    /** The band drawn on the feedback layer; null until the first drag. */
    private Rectangle band;

    BandSelectGesture(DiagramCanvas canvas, EditorModel model, Point2D pressModel) {
        this.canvas = canvas;
        this.model = model;
        this.pressModel = pressModel;
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D now = canvas.toModel(e.getX(), e.getY());
        if (band == null) {
            band = new Rectangle();
            band.getStyleClass().add("rubber-band");
            canvas.feedbackLayer().getChildren().add(band);
        }
        Geometry.Rect r = Geometry.Rect.between(pressModel.getX(), pressModel.getY(), now.getX(), now.getY());
        band.setX(r.x());
        band.setY(r.y());
        band.setWidth(r.width());
        band.setHeight(r.height());
        e.consume();
    }

    @Override
    public void released(MouseEvent e) {
        e.consume();
        if (band == null) {
            return;
        }
        Geometry.Rect r = new Geometry.Rect(band.getX(), band.getY(), band.getWidth(), band.getHeight());
        canvas.feedbackLayer().getChildren().remove(band);
        band = null;
        Set<String> inside = canvas.insideDisplay(r);
        if (e.isShiftDown() || e.isShortcutDown()) {
            model.selection().addAll(inside);
        } else {
            model.select(inside);
        }
    }
}

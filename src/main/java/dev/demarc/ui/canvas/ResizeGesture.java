package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.ui.editor.EditorModel;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Drags a corner handle of a container: resizes its view while dragging, on release one "Resize" edit.
 * The box never shrinks below {@link #MIN_WIDTH} x {@link #MIN_HEIGHT}; a refused resize restores the view.
 */
final class ResizeGesture implements MouseGesture {

    private static final double MIN_WIDTH = 40;
    private static final double MIN_HEIGHT = 30;

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final Handles.Handle handle;
    /** Where the pointer grabbed the handle, relative to the exact corner, so the corner does not jump. */
    private final Point2D grabOffset;
    private boolean resized;

    ResizeGesture(DiagramCanvas canvas, EditorModel model, Handles.Handle handle, Point2D pressModel) {
        this.canvas = canvas;
        this.model = model;
        this.handle = handle;
        this.grabOffset = cornerOf(handle).subtract(canvas.displayToModel(pressModel));
    }

    @Override
    public void dragged(MouseEvent e) {
        resized = true;
        Geometry.Rect r = resizedBox(canvas.toModel(e.getX(), e.getY()));
        ComponentView v = canvas.view(handle.componentId());
        canvas.handles().hide();
        DisplayLayout layout = canvas.displayLayoutProperty().get();
        v.relocate(layout.x(r.x()), layout.y(r.y()));
        v.setMinSize(r.width(), r.height());
        v.setPrefSize(r.width(), r.height());
        v.setMaxSize(r.width(), r.height());
        canvas.updateConnections();
        e.consume();
    }

    @Override
    public void released(MouseEvent e) {
        e.consume();
        if (!resized) {
            return;
        }
        Geometry.Rect r = resizedBox(canvas.toModel(e.getX(), e.getY()));
        String id = handle.componentId();
        if (!model.apply("Resize", d -> model.edits().resize(d, id, r.x(), r.y(), r.width(), r.height()))) {
            canvas.refresh();
        }
    }

    /** The component's box with the dragged corner at the pointer ({@code shown} is in display units). */
    private Geometry.Rect resizedBox(Point2D shown) {
        // A resize changes the model's box, so work in model units.
        Point2D now = canvas.displayToModel(shown);
        Component c = model.diagram().component(handle.componentId()).orElseThrow();
        Geometry.Rect b = model.edits().geometry().bounds(c);
        double left = b.x();
        double top = b.y();
        double right = b.x() + b.width();
        double bottom = b.y() + b.height();
        double rawX = now.getX() + grabOffset.getX();
        double rawY = now.getY() + grabOffset.getY();
        double x = canvas.snapToGridProperty().get() ? GestureSupport.snap(rawX) : rawX;
        double y = canvas.snapToGridProperty().get() ? GestureSupport.snap(rawY) : rawY;
        switch (handle.corner()) {
            case TOP_LEFT -> {
                left = Math.min(x, right - MIN_WIDTH);
                top = Math.min(y, bottom - MIN_HEIGHT);
            }
            case TOP_RIGHT -> {
                right = Math.max(x, left + MIN_WIDTH);
                top = Math.min(y, bottom - MIN_HEIGHT);
            }
            case BOTTOM_LEFT -> {
                left = Math.min(x, right - MIN_WIDTH);
                bottom = Math.max(y, top + MIN_HEIGHT);
            }
            default -> {
                right = Math.max(x, left + MIN_WIDTH);
                bottom = Math.max(y, top + MIN_HEIGHT);
            }
        }
        return new Geometry.Rect(left, top, right - left, bottom - top);
    }

    /** The model point of the corner the handle drags. */
    private Point2D cornerOf(Handles.Handle h) {
        Component c = model.diagram().component(h.componentId()).orElseThrow();
        Geometry.Rect b = model.edits().geometry().bounds(c);
        boolean right = h.corner() == Handles.Corner.TOP_RIGHT || h.corner() == Handles.Corner.BOTTOM_RIGHT;
        boolean bottom = h.corner() == Handles.Corner.BOTTOM_LEFT || h.corner() == Handles.Corner.BOTTOM_RIGHT;
        return new Point2D(right ? b.x() + b.width() : b.x(), bottom ? b.y() + b.height() : b.y());
    }
}

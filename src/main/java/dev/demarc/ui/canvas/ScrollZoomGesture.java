package dev.demarc.ui.canvas;

import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The wheel and the touchpad: a scroll pans the view, a scroll with the shortcut key zooms about the
 * pointer, and a pinch zooms by its factor. None of them edits the diagram.
 */
final class ScrollZoomGesture {

    private static final double WHEEL_ZOOM_STEP = 1.1;

    private final DiagramCanvas canvas;

    ScrollZoomGesture(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP;
            canvas.zoomTo(canvas.getZoom() * factor, e.getX(), e.getY());
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    void pinched(ZoomEvent e) {
        canvas.zoomTo(canvas.getZoom() * e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }
}

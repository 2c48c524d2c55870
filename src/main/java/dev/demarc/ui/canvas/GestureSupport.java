package dev.demarc.ui.canvas;

import javafx.scene.Node;

/** The two small questions every canvas gesture asks: where the grid snaps a value, and what was picked. */
final class GestureSupport {

    private GestureSupport() {
    }

    /** {@code v} rounded to the nearest grid line. */
    static double snap(double v) {
        return Math.round(v / DiagramCanvas.GRID) * DiagramCanvas.GRID;
    }

    /** The view or handle a picked node belongs to, walking up from the node itself; null for the background. */
    static Object owner(Node node) {
        Node n = node;
        while (n != null) {
            Object handle = n.getProperties().get(Handles.KEY);
            if (handle != null) {
                return handle;
            }
            Object view = n.getProperties().get(ComponentView.KIND);
            if (view != null) {
                return view;
            }
            n = n.getParent();
        }
        return null;
    }
}

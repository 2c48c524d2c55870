package dev.demarc.ui.teach;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the nearest scroll pane around a node so the node is in view, moving as little as needed: a band
 * that a setting far down the column changed is brought up to where the user can see it change.
 */
final class ScrollIntoView {

    private ScrollIntoView() {
    }

    static void show(Node node) {
        ScrollPane scroll = enclosing(node);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewport) {
            return;
        }
        double range = contentHeight - viewport;
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * range;
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY() - 8;
        } else if (inContent.getMaxY() > top + viewport) {
            newTop = inContent.getMaxY() - viewport + 8;
        }
        newTop = Math.max(0, Math.min(range, newTop));
        scroll.setVvalue(scroll.getVmin() + newTop / range * (scroll.getVmax() - scroll.getVmin()));
    }

    private static ScrollPane enclosing(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}

package dev.demarc.ui.canvas;

import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The handles of the single selected component: four corner squares to resize a container, and a round
 * connection handle on the right edge of any component to drag a new connection from.
 */
final class Handles {

    static final String KEY = "demarc.handle";
    private static final double SIZE = 12;

    /** Which corner a resize handle drags. */
    enum Corner {
        TOP_LEFT(Cursor.NW_RESIZE), TOP_RIGHT(Cursor.NE_RESIZE), BOTTOM_LEFT(Cursor.SW_RESIZE),
        BOTTOM_RIGHT(Cursor.SE_RESIZE);

        final Cursor cursor;

        Corner(Cursor cursor) {
            this.cursor = cursor;
        }
    }

    /** The kinds of handle, stored in each handle node's properties under {@link #KEY}. */
    record Handle(String componentId, Corner corner) {
        boolean isConnect() {
            return corner == null;
        }
    }

    private final DiagramCanvas canvas;
    private final Pane layer;

    Handles(DiagramCanvas canvas, Pane layer) {
        this.canvas = canvas;
        this.layer = layer;
    }

    /** Shows the handles of the current single selection, or none. */
    void update() {
        layer.getChildren().removeIf(n -> n.getProperties().containsKey(KEY));
        Optional<String> selected = canvas.model().singleSelection();
        if (selected.isEmpty()) {
            return;
        }
        Optional<Component> c = canvas.model().diagram().component(selected.get());
        if (c.isEmpty()) {
            return;
        }
        TypeSpec spec = canvas.model().catalog().spec(c.get().type());
        // Where the component is drawn, which the overlay's layout may have moved from its model place.
        Geometry.Rect at = canvas.displayRect(c.get());
        double x = at.x();
        double y = at.y();
        double w = at.width();
        double h = at.height();
        if (spec.container()) {
            corner(c.get().id(), Corner.TOP_LEFT, x, y);
            corner(c.get().id(), Corner.TOP_RIGHT, x + w, y);
            corner(c.get().id(), Corner.BOTTOM_LEFT, x, y + h);
            corner(c.get().id(), Corner.BOTTOM_RIGHT, x + w, y + h);
        } else {
            Circle connect = new Circle(x + w + 14, y + h / 2, 9);
            connect.getStyleClass().add("connect-handle");
            connect.setId("connect-handle");
            connect.setCursor(Cursor.CROSSHAIR);
            connect.setAccessibleRole(AccessibleRole.BUTTON);
            connect.setAccessibleText("Drag to connect " + c.get().displayLabel() + " to another component");
            connect.getProperties().put(KEY, new Handle(c.get().id(), null));
            layer.getChildren().add(connect);
        }
    }

    private void corner(String id, Corner corner, double x, double y) {
        Rectangle r = new Rectangle(x - SIZE / 2, y - SIZE / 2, SIZE, SIZE);
        r.getStyleClass().add("resize-handle");
        r.setId("resize-" + corner.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        r.setCursor(corner.cursor);
        r.getProperties().put(KEY, new Handle(id, corner));
        layer.getChildren().add(r);
    }

    void hide() {
        layer.getChildren().removeIf(n -> n.getProperties().containsKey(KEY));
    }
}

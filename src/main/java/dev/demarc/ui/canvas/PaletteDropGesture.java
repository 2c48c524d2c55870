package dev.demarc.ui.canvas;

import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.ui.editor.DataFormats;
import dev.demarc.ui.editor.EditorModel;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A component type dragged from the palette and dropped on the canvas: accepts the drag, and on the drop
 * adds one component of that type where it landed (one "Add" edit) and selects it. Also serves the
 * palette's keyboard route, which places a component at the centre of the view.
 */
final class PaletteDropGesture {

    private final DiagramCanvas canvas;
    private final EditorModel model;

    PaletteDropGesture(DiagramCanvas canvas, EditorModel model) {
        this.canvas = canvas;
        this.model = model;
    }

    void dragOver(DragEvent e) {
        if (e.getDragboard().hasContent(DataFormats.COMPONENT_TYPE)) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    void dragDropped(DragEvent e) {
        Object content = e.getDragboard().getContent(DataFormats.COMPONENT_TYPE);
        if (content instanceof String typeId && ComponentType.isWellFormed(typeId)) {
            Point2D at = canvas.displayToModel(canvas.toModel(e.getX(), e.getY()));
            place(new ComponentType(typeId), at.getX(), at.getY());
            e.setDropCompleted(true);
            e.consume();
            canvas.requestFocus();
        }
    }

    /**
     * Adds a new component of {@code type} centred on the model point, moved as little as needed to be
     * wholly in view and clear of the border of the container it lands in, and selects it.
     */
    void place(ComponentType type, double cx, double cy) {
        Optional<TypeSpec> spec = model.catalog().find(type);
        if (spec.isEmpty()) {
            return;
        }
        double x = cx - spec.get().defaultWidth() / 2;
        double y = cy - spec.get().defaultHeight() / 2;
        if (canvas.snapToGridProperty().get()) {
            x = GestureSupport.snap(x);
            y = GestureSupport.snap(y);
        }
        Component c = model.edits().newComponent(model.diagram(), type, x, y);
        Geometry.Rect visible = canvas.visibleArea();
        if (model.apply("Add " + spec.get().shortName(), d -> model.edits().drop(d, c, visible))) {
            model.select(List.of(c.id()));
        }
    }
}

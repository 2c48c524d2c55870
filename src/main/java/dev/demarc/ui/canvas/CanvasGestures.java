package dev.demarc.ui.canvas;

import dev.demarc.model.ComponentType;
import dev.demarc.ui.editor.EditorModel;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Routes the canvas' input to its gestures, one class each: on a mouse press it decides from what was
 * picked which {@link MouseGesture} starts ({@link MoveGesture}, {@link BandSelectGesture},
 * {@link ResizeGesture}, {@link ConnectGesture} or {@link PanGesture}) and feeds it the drags and the
 * release; keys go to {@link KeyboardGesture}, the wheel and pinch to {@link ScrollZoomGesture}, drops
 * from the palette to {@link PaletteDropGesture}, and a double-click starts renaming in place.
 *
 * <p>Only one mouse gesture runs at a time, and it lives from the press to the release, so no state
 * outlives the gesture it belongs to.
 */
final class CanvasGestures {

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final InlineEditor inlineEditor;
    private final KeyboardGesture keyboard;
    private final PaletteDropGesture paletteDrop;
    /** The mouse gesture between a press and its release; null when none runs. */
    private MouseGesture active;

    CanvasGestures(DiagramCanvas canvas, EditorModel model) {
        this.canvas = canvas;
        this.model = model;
        this.inlineEditor = new InlineEditor(canvas, model);
        this.keyboard = new KeyboardGesture(canvas, model, this::startRename);
        this.paletteDrop = new PaletteDropGesture(canvas, model);
        ScrollZoomGesture scrollZoom = new ScrollZoomGesture(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, scrollZoom::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, scrollZoom::pinched);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, keyboard::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, keyboard::released);
        canvas.setOnDragOver(paletteDrop::dragOver);
        canvas.setOnDragDropped(paletteDrop::dragDropped);
    }

    private void pressed(MouseEvent e) {
        if (inlineEditor.isEditing()) {
            inlineEditor.commit();
        }
        canvas.requestFocus();
        Point2D pressLocal = new Point2D(e.getX(), e.getY());
        Point2D pressModel = canvas.toModel(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && keyboard.isSpaceDown()) {
            active = new PanGesture(canvas, pressLocal);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            active = null;
            return;
        }
        Object picked = GestureSupport.owner(e.getPickResult().getIntersectedNode());
        if (picked instanceof Handles.Handle h) {
            active = h.isConnect()
                    ? new ConnectGesture(canvas, model, h, pressModel)
                    : new ResizeGesture(canvas, model, h, pressModel);
        } else if (picked instanceof ComponentView v) {
            active = pressComponent(v.componentId(), e.isShortcutDown() || e.isShiftDown(), pressModel);
        } else if (picked instanceof ConnectionView v) {
            model.selectConnection(v.connectionId());
            active = null;
        } else {
            if (!e.isShiftDown() && !e.isShortcutDown()) {
                model.clearSelection();
            }
            active = new BandSelectGesture(canvas, model, pressModel);
        }
        e.consume();
    }

    /**
     * Selects the pressed component (toggling it with {@code toggle}) and returns the move that drags the
     * selection, or null when the press took the component out of the selection.
     */
    private MouseGesture pressComponent(String id, boolean toggle, Point2D pressModel) {
        if (toggle) {
            if (model.selection().contains(id)) {
                model.selection().remove(id);
                return null;
            }
            model.selectedConnections().clear();
            model.selection().add(id);
        } else if (!model.selection().contains(id)) {
            model.select(List.of(id));
        }
        return new MoveGesture(canvas, model, pressModel);
    }

    private void dragged(MouseEvent e) {
        if (active != null) {
            active.dragged(e);
        }
    }

    private void released(MouseEvent e) {
        MouseGesture finished = active;
        active = null;
        if (finished != null) {
            finished.released(e);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
            return;
        }
        Object picked = GestureSupport.owner(e.getPickResult().getIntersectedNode());
        if (picked instanceof ComponentView v) {
            startRename(v.componentId());
        } else if (picked instanceof ConnectionView v) {
            inlineEditor.editConnectionLabel(v.connectionId(), canvas.toModel(e.getX(), e.getY()));
        }
        e.consume();
    }

    /** Starts renaming the component in place. */
    void startRename(String id) {
        inlineEditor.editLabel(id);
    }

    /** Adds a component of {@code type} centred on the model point and selects it; see the palette drop. */
    void place(ComponentType type, double cx, double cy) {
        paletteDrop.place(type, cx, cy);
    }
}

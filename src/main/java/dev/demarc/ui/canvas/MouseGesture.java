package dev.demarc.ui.canvas;

import javafx.scene.input.MouseEvent;

/**
 * One press-drag-release gesture on the canvas, made by {@link CanvasGestures} when the mouse is pressed
 * and fed the drags and the release that follow. A gesture only previews while it runs; its release makes
 * at most one edit, so one gesture is one undo step. Each gesture consumes the events it uses.
 */
interface MouseGesture {

    /** The pointer moved with the button held; {@code e} is in canvas-local coordinates. */
    void dragged(MouseEvent e);

    /** The button went up: make the edit (if any) and take the preview away. */
    void released(MouseEvent e);
}

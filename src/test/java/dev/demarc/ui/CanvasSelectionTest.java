package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Selecting and moving on the canvas with mouse and keyboard: drag to move (one undo step), Shift and
 * Shortcut click, the rubber band, arrow-key nudges and Tab.
 */
class CanvasSelectionTest extends EditorTestBase {

    /** Four 190 x 76 EC2 instances in two rows: a(0,0) b(250,0) over c(0,150) d(250,150). */
    private static Diagram grid() {
        return diagram(service("a", ComponentType.EC2, 0, 0, null), service("b", ComponentType.EC2, 250, 0, null),
                service("c", ComponentType.EC2, 0, 150, null), service("d", ComponentType.EC2, 250, 150, null));
    }

    @Test
    void draggingAComponentMovesItByTheDraggedDistanceAsOneUndoStep() {
        Diagram before = grid();
        show(before);

        dragBy(centreOf("a"), 120, 80);

        assertEquals(120, component("a").x(), 1e-6);
        assertEquals(80, component("a").y(), 1e-6);
        assertEquals(before.component("b"), model.diagram().component("b"));
        assertEquals("Undo Move", model.undoTextProperty().get());

        undo();

        assertEquals(before, model.diagram());
        assertFalse(model.canUndoProperty().get(), "the whole drag was one undo step");
        assertFalse(model.isDirty());

        redo();

        assertEquals(120, component("a").x(), 1e-6);
        assertEquals(80, component("a").y(), 1e-6);
    }

    @Test
    void shiftAndShortcutClickAddToTheSelectionAndDraggingMovesAllSelected() {
        show(grid());

        clickOn(centreOf("a"));
        assertEquals(Set.of("a"), Set.copyOf(model.selection()));
        press(KeyCode.SHIFT).clickOn(centreOf("b")).release(KeyCode.SHIFT);
        assertEquals(Set.of("a", "b"), Set.copyOf(model.selection()));
        press(KeyCode.SHORTCUT).clickOn(centreOf("c")).release(KeyCode.SHORTCUT);
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(model.selection()));
        press(KeyCode.SHORTCUT).clickOn(centreOf("b")).release(KeyCode.SHORTCUT);
        assertEquals(Set.of("a", "c"), Set.copyOf(model.selection()), "a second Shortcut+click deselects");
        assertEquals("2 selected", lookup("#status-selection").queryLabeled().getText());

        dragBy(centreOf("c"), 0, 60);

        assertEquals(60, component("a").y(), 1e-6);
        assertEquals(210, component("c").y(), 1e-6);
        assertEquals(0, component("b").y(), 1e-6);
        assertEquals(Set.of("a", "c"), Set.copyOf(model.selection()));

        clickOn(centreOf("b"));
        assertEquals(Set.of("b"), Set.copyOf(model.selection()), "a plain click selects only what it hits");
    }

    @Test
    void theRubberBandSelectsTheComponentsWhollyInsideIt() {
        show(grid());
        clickOn(centreOf("d"));

        // From an empty spot above-left of a to below b: a and b are inside, c and d only their top halves.
        dragTo(screen(-15, -20), screen(460, 190));

        assertEquals(Set.of("a", "b"), Set.copyOf(model.selection()));
        assertFalse(model.canUndoProperty().get(), "selecting is not an undo step");

        press(KeyCode.SHIFT);
        dragTo(screen(230, 120), screen(460, 240));
        release(KeyCode.SHIFT);

        assertEquals(Set.of("a", "b", "d"), Set.copyOf(model.selection()), "Shift adds the band to the selection");

        dragTo(screen(200, 100), screen(215, 110));

        assertEquals(Set.of(), Set.copyOf(model.selection()), "an empty band clears the selection");
    }

    @Test
    void arrowKeysNudgeTheSelectionAndARunOfPressesIsOneUndoStep() {
        Diagram before = grid();
        show(before);
        clickOn(centreOf("a"));
        press(KeyCode.SHIFT).clickOn(centreOf("b")).release(KeyCode.SHIFT);

        type(KeyCode.RIGHT, 3);
        type(KeyCode.DOWN, 2);
        push(KeyCode.SHIFT, KeyCode.RIGHT);

        assertEquals(23, component("a").x(), 1e-6);
        assertEquals(2, component("a").y(), 1e-6);
        assertEquals(273, component("b").x(), 1e-6);
        assertEquals(before.component("c"), model.diagram().component("c"), "unselected components stay");

        undo();

        assertEquals(before, model.diagram());
        assertFalse(model.canUndoProperty().get(), "the run of nudges was one undo step");
    }

    @Test
    void tabSelectsTheNextComponentAndShiftTabThePrevious() {
        show(grid());
        clickOn(centreOf("b"));

        type(KeyCode.TAB);
        assertEquals(Set.of("c"), Set.copyOf(model.selection()));
        type(KeyCode.TAB);
        assertEquals(Set.of("d"), Set.copyOf(model.selection()));
        type(KeyCode.TAB);
        assertEquals(Set.of("a"), Set.copyOf(model.selection()), "Tab wraps around");
        push(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals(Set.of("d"), Set.copyOf(model.selection()));
        assertTrue(fx(canvas::isFocused), "Tab stays on the canvas");
    }
}

package dev.demarc.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Diagram;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final CommandStack stack = new CommandStack();
    private final Diagram a = Diagram.empty();
    private final Diagram b = a.withTitle("b");
    private final Diagram c = a.withTitle("c");
    private final Diagram d = a.withTitle("d");

    @Test
    void undoAndRedoWalkTheHistory() {
        stack.push(new CommandStack.Edit("first", a, b, null));
        stack.push(new CommandStack.Edit("second", b, c, null));
        assertEquals(b, stack.undo().orElseThrow());
        assertEquals(a, stack.undo().orElseThrow());
        assertTrue(stack.undo().isEmpty());
        assertEquals(b, stack.redo().orElseThrow());
        assertEquals("first", stack.undoDescription().orElseThrow());
    }

    @Test
    void aNewEditClearsTheRedoHistory() {
        stack.push(new CommandStack.Edit("first", a, b, null));
        stack.undo();
        stack.push(new CommandStack.Edit("other", a, c, null));
        assertFalse(stack.canRedo());
    }

    @Test
    void editsWithTheSameMergeKeyAreOneUndoStep() {
        stack.push(new CommandStack.Edit("Move", a, b, "nudge:x"));
        stack.push(new CommandStack.Edit("Move", b, c, "nudge:x"));
        stack.push(new CommandStack.Edit("Move", c, d, "nudge:x"));
        assertEquals(a, stack.undo().orElseThrow());
        assertFalse(stack.canUndo());
    }

    @Test
    void differentMergeKeysStaySeparate() {
        stack.push(new CommandStack.Edit("Move", a, b, "nudge:x"));
        stack.push(new CommandStack.Edit("Move", b, c, "nudge:y"));
        assertEquals(b, stack.undo().orElseThrow());
    }

    @Test
    void undoingBackToTheSavedStateClearsTheDirtyMark() {
        stack.push(new CommandStack.Edit("first", a, b, null));
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.push(new CommandStack.Edit("second", b, c, null));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty());
    }

    @Test
    void aNudgeAfterSavingDoesNotMergeIntoTheSavedStep() {
        stack.push(new CommandStack.Edit("Move", a, b, "nudge:x"));
        stack.markSaved();
        stack.push(new CommandStack.Edit("Move", b, c, "nudge:x"));
        assertEquals(b, stack.undo().orElseThrow());
        assertFalse(stack.isDirty());
    }

    @Test
    void losingTheSavedStateToANewBranchStaysDirty() {
        stack.push(new CommandStack.Edit("first", a, b, null));
        stack.markSaved();
        stack.undo();
        stack.push(new CommandStack.Edit("other", a, c, null));
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state b can no longer be reached");
    }
}

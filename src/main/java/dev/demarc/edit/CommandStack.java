package dev.demarc.edit;

import dev.demarc.model.Diagram;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo for a document. Every change is an {@link Edit}: a description with the diagram before and
 * after. The model is immutable, so keeping both diagrams costs a list of shared references, and undoing
 * can never drift from what was done. Consecutive edits with the same merge key (arrow-key nudges of the
 * same selection) fold into one undo step. Remembers which edit was on top when the document was saved, so
 * undoing back to that point clears the unsaved-changes marker.
 */
public final class CommandStack {

    /** One undoable change. {@code mergeKey} is null for edits that never merge. */
    public record Edit(String description, Diagram before, Diagram after, String mergeKey) {
        public Edit {
            Objects.requireNonNull(description);
            Objects.requireNonNull(before);
            Objects.requireNonNull(after);
        }
    }

    /** How many steps are kept; older ones are forgotten. */
    public static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Edit savedTop;
    private boolean savedStateForgotten;

    /** Records {@code edit}, merging it into the previous one when both carry the same merge key. */
    public void push(Edit edit) {
        Edit last = undo.peek();
        boolean merge = edit.mergeKey() != null && last != null && edit.mergeKey().equals(last.mergeKey())
                && last != savedTop && redo.isEmpty();
        if (merge) {
            undo.pop();
            undo.push(new Edit(last.description(), last.before(), edit.after(), last.mergeKey()));
        } else {
            undo.push(edit);
            if (undo.size() > LIMIT) {
                Edit dropped = undo.removeLast();
                if (dropped == savedTop) {
                    savedStateForgotten = true;
                }
            }
        }
        if (redo.contains(savedTop)) {
            savedStateForgotten = true;
        }
        redo.clear();
    }

    /** Undoes the last edit; returns the diagram to show, if there was anything to undo. */
    public Optional<Diagram> undo() {
        Edit e = undo.poll();
        if (e == null) {
            return Optional.empty();
        }
        redo.push(e);
        return Optional.of(e.before());
    }

    /** Redoes the last undone edit; returns the diagram to show, if there was anything to redo. */
    public Optional<Diagram> redo() {
        Edit e = redo.poll();
        if (e == null) {
            return Optional.empty();
        }
        undo.push(e);
        return Optional.of(e.after());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    /** Marks the current state as the saved one. */
    public void markSaved() {
        savedTop = undo.peek();
        savedStateForgotten = false;
    }

    /** Marks the document as never saved (a recovered or new unsaved document). */
    public void markUnsaved() {
        savedStateForgotten = true;
    }

    /** Whether the document differs from what was last saved or opened. */
    public boolean isDirty() {
        return savedStateForgotten || undo.peek() != savedTop;
    }

    /** Forgets all history, for a newly opened document, which counts as saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        markSaved();
    }
}

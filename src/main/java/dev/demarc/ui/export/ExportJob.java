package dev.demarc.ui.export;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where one export in the background stands, shared by the JavaFX thread (drawing the strips, the Cancel
 * button) and the writing thread. It ends once: cancelled, failed or committed (the file is being moved into
 * place). Cancel and commit race for the same step, so a Cancel either wins and no file appears, or comes
 * after the commit and the file is written, never half of each.
 */
final class ExportJob {

    private enum State { RUNNING, CANCELLED, FAILED, COMMITTED }

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile String failure;

    /** Cancels the export unless the file is already being moved into place; returns whether it did. */
    boolean cancel() {
        return state.compareAndSet(State.RUNNING, State.CANCELLED);
    }

    /** Stops the export because of {@code reason}, said to the user, unless it has ended already. */
    void fail(String reason) {
        if (state.get() == State.RUNNING) {
            // Before the switch, so whoever sees FAILED also sees why; read only once FAILED, so a lost race is
            // harmless.
            failure = reason;
            state.compareAndSet(State.RUNNING, State.FAILED);
        }
    }

    /** Claims the last step, moving the file into place, unless cancelled or failed; returns whether it did. */
    boolean commit() {
        return state.compareAndSet(State.RUNNING, State.COMMITTED);
    }

    /** Whether drawing and encoding should go on. */
    boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    /** Why the export failed, or null when it has not. */
    String failure() {
        return state.get() == State.FAILED ? failure : null;
    }
}

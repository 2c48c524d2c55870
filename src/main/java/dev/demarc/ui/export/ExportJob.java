package dev.demarc.ui.export;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where one export in the background stands, shared by the JavaFX thread (drawing the strips, the Cancel
 * button) and the writing thread. It ends once: cancelled, failed or committed (the file is being moved into
 * place). Cancel and commit race for the same step, so a Cancel either wins and no file appears, or comes
 * after the commit and the file is written, never half of each. A failure's reason ends the job with it, in one
 * step, so whoever sees the job failed sees why.
 */
final class ExportJob {

    private enum State { RUNNING, CANCELLED, FAILED, COMMITTED }

    /** The state and, for a failure, its reason. */
    private record Stage(State state, String reason) {
    }

    private static final Stage RUNNING = new Stage(State.RUNNING, null);

    private final AtomicReference<Stage> stage = new AtomicReference<>(RUNNING);

    /** Cancels the export unless the file is already being moved into place; returns whether it did. */
    boolean cancel() {
        return stage.compareAndSet(RUNNING, new Stage(State.CANCELLED, null));
    }

    /** Stops the export because of {@code reason}, said to the user, unless it has ended already. */
    void fail(String reason) {
        stage.compareAndSet(RUNNING, new Stage(State.FAILED, reason));
    }

    /** Claims the last step, moving the file into place, unless cancelled or failed; returns whether it did. */
    boolean commit() {
        return stage.compareAndSet(RUNNING, new Stage(State.COMMITTED, null));
    }

    /** Whether drawing and encoding should go on. */
    boolean isRunning() {
        return stage.get() == RUNNING;
    }

    /** Why the export failed, or null when it has not. */
    String failure() {
        return stage.get().reason();
    }
}

package dev.demarc.ui.recovery;

import dev.demarc.model.Diagram;
import dev.demarc.recovery.RecoveryInfo;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.editor.EditorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Writes a recovery copy of the open diagram while it has unsaved changes: {@link #AFTER_CHANGE} after the
 * first change that follows a save or a copy, at most once per interval besides, and whenever the window
 * loses the focus. The delay after a change is not restarted by later changes, so steady typing still gets
 * a copy within a couple of seconds, and a burst of edits costs one write rather than one each. The diagram
 * is immutable, so the JavaFX thread only takes a reference to it; serialising and writing happen on a
 * background thread, so a large diagram never stalls the editor. Once the document is saved (or replaced by a
 * clean one) the copy is removed.
 */
public final class Autosaver {

    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    private final EditorModel model;
    private final RecoveryStore store;
    private final Supplier<String> documentName;
    /** How soon after the first unsaved change the copy is written. */
    public static final Duration AFTER_CHANGE = Duration.ofMillis(1500);

    private final Timeline timer;
    private final PauseTransition soon;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demarc-autosave");
        t.setDaemon(true);
        return t;
    });
    /** The diagram of the newest copy, or null when there is none; read and written from any thread. */
    private volatile Diagram copied;
    /** The write of {@link #copied}, so a caller asking again waits for it instead of assuming it is done. */
    private volatile CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    public Autosaver(EditorModel model, RecoveryStore store, Supplier<String> documentName, Duration interval) {
        this.model = model;
        this.store = store;
        this.documentName = documentName;
        // fully qualified: java.time.Duration holds the simple name in this class
        this.timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()),
                e -> copyIfChanged()));
        timer.setCycleCount(Timeline.INDEFINITE);
        long delay = Math.min(AFTER_CHANGE.toMillis(), interval.toMillis());
        // fully qualified: java.time.Duration holds the simple name in this class
        this.soon = new PauseTransition(javafx.util.Duration.millis(delay));
        soon.setOnFinished(e -> copyIfChanged());
    }

    /** Starts copying: on the timer, when {@code stage} loses the focus, and clearing once saved. */
    public void start(Stage stage) {
        timer.play();
        // Only a flag check on the FX thread per change: the write itself runs on the autosave thread.
        model.diagramProperty().addListener((obs, was, now) -> {
            if (now != copied && soon.getStatus() != Animation.Status.RUNNING) {
                soon.playFromStart();
            }
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                copyIfChanged();
            }
        });
        model.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                removeCopy();
            }
        });
    }

    /**
     * Writes a copy now if the document has unsaved changes not yet copied. Callable from any thread (the
     * error handler calls it from wherever the error happened); returns when the write ends.
     */
    public synchronized CompletableFuture<Void> copyIfChanged() {
        Diagram diagram = model.diagram();
        if (!model.isDirty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (diagram == copied) {
            // Already copied, or being copied right now (the change timer may have just started the write).
            return lastWrite;
        }
        Path file = model.file();
        RecoveryInfo info = new RecoveryInfo(documentName.get(), file, Instant.now(), diagram.components().size());
        // Synchronized with fail(): a caller on another thread (the error handler) sees copied and lastWrite
        // change together, never the new diagram with the previous write's future.
        copied = diagram;
        // The future fails when the copy was not written, so callers (restore, the error handler) never take
        // a failed write for a safe copy; the next change or timer tick tries again.
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
            try {
                store.save(diagram, info);
            } catch (IOException e) {
                fail(e);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                fail(e);
                throw e;
            }
        }, writer);
        lastWrite = write;
        return write;
    }

    private synchronized void fail(Exception e) {
        copied = null;
        LOG.log(Level.WARNING, "Could not write the recovery copy to " + store.folder(), e);
        Platform.runLater(() -> model.hint("Autosave failed: the recovery copy could not be written to "
                + store.folder() + ". Save your work with Ctrl+S."));
    }

    /** Runs {@code work} on the autosave thread, after any copy already on its way (file work off the FX thread). */
    void inBackground(Runnable work) {
        writer.execute(work);
    }

    /** Where the recovery copies go, for messages. */
    public Path folder() {
        return store.folder();
    }

    private void removeCopy() {
        copied = null;
        writer.execute(() -> {
            try {
                store.clear();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the recovery copy in " + store.folder(), e);
            }
        });
    }

    /** A clean close: stops copying and removes this instance's copies and folder. */
    public void close() {
        timer.stop();
        soon.stop();
        writer.execute(() -> {
            try {
                store.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the recovery folder " + store.folder(), e);
            }
        });
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

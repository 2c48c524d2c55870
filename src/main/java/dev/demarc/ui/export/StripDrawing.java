package dev.demarc.ui.export;

import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;

/**
 * Photographs a large picture one strip per frame on the JavaFX thread and hands each strip's pixels to the
 * writing thread through a short queue, so the window repaints and answers between two strips. When the
 * writing thread is behind and the queue is full, it waits for a later frame rather than holding more
 * strips in memory; it stops at the last strip, or as soon as the export is cancelled or has failed.
 */
final class StripDrawing extends AnimationTimer {

    /** The pixels of {@code rows} consecutive rows of the picture, row by row as ARGB ints. */
    record Strip(int[] argb, int rows) {
    }

    private final PreparedPicture picture;
    private final BlockingQueue<Strip> strips;
    private final ExportJob job;
    private final IntConsumer rowsDrawn;
    private int next;

    /** Draws {@code picture} into {@code strips}, telling {@code rowsDrawn} how many rows are drawn so far. */
    StripDrawing(PreparedPicture picture, BlockingQueue<Strip> strips, ExportJob job, IntConsumer rowsDrawn) {
        this.picture = picture;
        this.strips = strips;
        this.job = job;
        this.rowsDrawn = rowsDrawn;
    }

    @Override
    public void handle(long now) {
        if (!job.isRunning()) {
            stop();
            return;
        }
        if (strips.remainingCapacity() == 0) {
            return;
        }
        int rows = Math.min(picture.stripRows(), picture.height() - next);
        try {
            strips.add(new Strip(picture.strip(next, rows), rows));
        } catch (OutOfMemoryError e) {
            // A full-width strip is where memory runs out first; ended here, or the timer would retry it each frame.
            job.fail("there was not enough memory to draw it; export at a smaller scale or a selection");
            stop();
            return;
        } catch (RuntimeException e) {
            job.fail("it could not be drawn (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")");
            stop();
            return;
        }
        next += rows;
        rowsDrawn.accept(next);
        if (next == picture.height()) {
            stop();
        }
    }
}

package dev.demarc.ui.export;

import dev.demarc.io.AtomicFiles;
import dev.demarc.io.SaveFailures;
import dev.demarc.ui.export.StripDrawing.Strip;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.application.Platform;

/**
 * The writing thread's side of a large export: encodes the strips {@link StripDrawing} hands over as they
 * arrive, then, as a step of its own on the same thread, writes the file and moves it into place
 * ({@link AtomicFiles#writeIf}), unless the export was cancelled or failed meanwhile; a Cancel pressed
 * before that move leaves no file. Tells the outcome on the JavaFX thread.
 */
final class StripEncoding implements Runnable {

    /** Hears how an export ended, on the JavaFX thread. */
    interface Outcome {
        void written();

        void cancelled();

        /** The file was not written because of {@code reason}, worded to follow "could not be written: ". */
        void failed(String reason);
    }

    /** How long to wait for a strip before looking again whether the export goes on. */
    private static final long WAIT_MS = 100;

    private final int width;
    private final int height;
    private final int scale;
    private final BlockingQueue<Strip> strips;
    private final ExportJob job;
    private final Path target;
    private final Executor writing;
    private final IntConsumer rowsEncoded;
    private final Outcome outcome;

    /**
     * Encodes a {@code width} x {@code height} picture drawn at {@code scale} from {@code strips} into
     * {@code target}, telling {@code rowsEncoded} (on this thread) how far it has come; the last step runs on
     * {@code writing}, the executor this runs on.
     */
    StripEncoding(PreparedPicture picture, BlockingQueue<Strip> strips, ExportJob job, Path target, Executor writing,
            IntConsumer rowsEncoded, Outcome outcome) {
        this.width = picture.width();
        this.height = picture.height();
        this.scale = picture.scale();
        this.strips = strips;
        this.job = job;
        this.target = target;
        this.writing = writing;
        this.rowsEncoded = rowsEncoded;
        this.outcome = outcome;
    }

    @Override
    public void run() {
        byte[] png;
        try (PngEncoder encoder = new PngEncoder(width, height, scale)) {
            while (encoder.rowsDone() < height) {
                if (!job.isRunning()) {
                    ended();
                    return;
                }
                Strip strip = strips.poll(WAIT_MS, TimeUnit.MILLISECONDS);
                if (strip != null) {
                    encoder.rows(strip.argb(), 0, strip.rows());
                    rowsEncoded.accept(encoder.rowsDone());
                }
            }
            png = encoder.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.fail("the export was interrupted");
            ended();
            return;
        } catch (OutOfMemoryError e) {
            job.fail("there was not enough memory to encode it; export at a smaller scale or a selection");
            ended();
            return;
        } catch (RuntimeException e) {
            job.fail("it could not be encoded (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            ended();
            return;
        }
        // A step of its own on the writing thread, rather than a call: LargePngExportTest runs it by hand, so that it
        // can press Cancel between encoding and the move. The cost: with two large exports, the first one's file
        // waits behind the second one's encoding.
        writing.execute(() -> write(png));
    }

    private void write(byte[] png) {
        try {
            if (AtomicFiles.writeIf(target, png, job::commit)) {
                Platform.runLater(outcome::written);
                return;
            }
        } catch (IOException e) {
            // Maybe after the commit, so told here rather than through the job.
            Platform.runLater(() -> outcome.failed(SaveFailures.reason(e)));
            return;
        }
        ended();
    }

    /** Tells why the export stopped before its file was written. */
    private void ended() {
        String failure = job.failure();
        Platform.runLater(failure == null ? outcome::cancelled : () -> outcome.failed(failure));
    }
}

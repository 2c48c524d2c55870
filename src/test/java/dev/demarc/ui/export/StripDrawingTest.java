package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.catalog.Catalog;
import dev.demarc.ui.export.StripDrawing.Strip;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drawing a large picture a strip per frame: every row once and in order, never more strips waiting than the
 * queue holds, and nothing more once the export is cancelled.
 */
class StripDrawingTest {

    /** Frames to let pass when checking that nothing more is drawn. */
    private static final long SETTLE_MS = 300;

    private PreparedPicture picture;
    private final ExportJob job = new ExportJob();
    private final List<Integer> reported = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void prepareALargePicture() throws Exception {
        // Two cells at 3x: about 8,000 x 2,300 pixels, about ten strips.
        picture = WaitForAsyncUtils.asyncFx(() -> DiagramPicture.prepare(DiagramGenerator.generate(18),
                Catalog.builtIn(), new PngOptions(3, false, false), List.of())).get(60, TimeUnit.SECONDS);
    }

    private void start(BlockingQueue<Strip> strips, Runnable onFirstStrip) {
        WaitForAsyncUtils.asyncFx(() -> new StripDrawing(picture, strips, job, rows -> {
            reported.add(rows);
            if (reported.size() == 1) {
                onFirstStrip.run();
            }
        }).start());
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(SETTLE_MS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyRowIsDrawnOnceInOrderInStripsOfTheBudget() throws Exception {
        BlockingQueue<Strip> strips = new ArrayBlockingQueue<>(100);
        start(strips, () -> { });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> reported.contains(picture.height()));

        int rows = picture.stripRows();
        int expected = (picture.height() + rows - 1) / rows;
        assertTrue(expected >= 5, "several strips: " + picture.width() + " x " + picture.height());
        assertEquals(expected, strips.size());
        int y = 0;
        int index = 0;
        for (Strip strip : strips) {
            assertEquals(Math.min(rows, picture.height() - y), strip.rows(), "the strip from row " + y);
            assertEquals(strip.rows() * picture.width(), strip.argb().length);
            y += strip.rows();
            assertEquals(y, reported.get(index++), "the rows drawn, reported after each strip");
        }
        assertEquals(picture.height(), y);
    }

    @Test
    void aFullQueueHoldsTheDrawingUntilAStripIsTaken() throws Exception {
        BlockingQueue<Strip> strips = new ArrayBlockingQueue<>(2);
        start(strips, () -> { });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> strips.size() == 2);
        settle();
        assertEquals(List.of(picture.stripRows(), 2 * picture.stripRows()), reported, "no third strip yet");

        strips.take();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reported.size() == 3);
        assertEquals(2, strips.size());
    }

    @Test
    void nothingMoreIsDrawnOnceTheExportIsCancelled() throws Exception {
        BlockingQueue<Strip> strips = new ArrayBlockingQueue<>(100);
        start(strips, job::cancel);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reported.isEmpty());
        settle();

        assertEquals(1, strips.size(), "cancelled while the first strip was handed over");
        assertEquals(List.of(picture.stripRows()), reported);
    }
}

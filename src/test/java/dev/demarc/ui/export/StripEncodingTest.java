package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.catalog.Catalog;
import dev.demarc.ui.export.StripDrawing.Strip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The writing thread's side of a large export tells how it ended: a failure with its reason, a Cancel as a
 * cancel, and in neither case a file.
 */
class StripEncodingTest {

    @TempDir
    Path folder;

    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs the encoding on this thread with no strip coming, for a job already ended by {@code end}. */
    private void encodeAfter(Runnable end, ExportJob job, Path target) throws Exception {
        PreparedPicture picture = WaitForAsyncUtils.asyncFx(() -> DiagramPicture.prepare(DiagramGenerator.generate(1),
                Catalog.builtIn(), new PngOptions(1, false, false), List.of())).get(60, TimeUnit.SECONDS);
        BlockingQueue<Strip> strips = new ArrayBlockingQueue<>(2);
        end.run();
        new StripEncoding(picture, strips, job, target, Runnable::run, rows -> { }, new StripEncoding.Outcome() {
            @Override
            public void written() {
                told.add("written");
            }

            @Override
            public void cancelled() {
                told.add("cancelled");
            }

            @Override
            public void failed(String reason) {
                told.add("failed: " + reason);
            }
        }).run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFailedExportIsToldAsAFailureWithItsReasonAndWritesNothing() throws Exception {
        ExportJob job = new ExportJob();
        Path target = folder.resolve("big.png");

        encodeAfter(() -> job.fail("there was not enough memory to draw it"), job, target);

        assertEquals(List.of("failed: there was not enough memory to draw it"), told);
        assertFalse(Files.exists(target));
    }

    @Test
    void aCancelledExportIsToldAsACancelAndWritesNothing() throws Exception {
        ExportJob job = new ExportJob();
        Path target = folder.resolve("big.png");

        encodeAfter(job::cancel, job, target);

        assertEquals(List.of("cancelled"), told);
        assertFalse(Files.exists(target));
    }
}

package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.ui.export.PngExport;
import dev.demarc.ui.export.PngOptions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exporting a large picture: it is drawn a strip per frame while the writing thread encodes the strips (here a
 * thread the test runs by hand, step by step, so it can cancel in between), with a progress window whose
 * Cancel leaves no file behind, whether pressed while drawing or after the encoding, before the file is moved
 * into place; a file that cannot be written is reported; and the window keeps answering meanwhile.
 */
class LargePngExportTest extends EditorTestBase {

    private static final Pattern EXPORTED = Pattern.compile("Picture exported to .* \\((\\d+) x (\\d+) pixels\\)");

    @TempDir
    Path dir;

    private final Preferences scratch = Preferences.userRoot().node("dev/demarc/large-png-export-test");
    private final BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
    private final List<Double> progress = new CopyOnWriteArrayList<>();
    private PngExport export;

    @BeforeEach
    void openALargeDiagram() {
        interact(() -> model.open(DiagramGenerator.generate(200), null));
        export = new PngExport(model, dialogs, scratch, stage, held::add);
    }

    @AfterEach
    void forgetChoices() throws BackingStoreException {
        scratch.removeNode();
    }

    /** Starts the export of the whole diagram at 1x into {@code target} and records its progress. */
    private void startExport(PngExport exporter, Path target) {
        interact(() -> {
            exporter.export(new PngOptions(1, false, false), target);
            ProgressBar bar = (ProgressBar) lookup("#png-export-progress").query();
            bar.progressProperty().addListener((o, a, now) -> progress.add(now.doubleValue()));
        });
    }

    /** The next step handed to the writing thread. */
    private Runnable nextStep(String what) throws InterruptedException {
        Runnable step = held.poll(30, TimeUnit.SECONDS);
        assertTrue(step != null, what + " was handed to the writing thread; hint: " + model.hintProperty().get()
                + ", errors: " + dialogs.errors());
        return step;
    }

    @Test
    void aLargePictureIsDrawnAndWrittenInStepsWithProgressAsAValidPng() throws Exception {
        Path target = dir.resolve("large.png");

        startExport(export, target);
        Runnable encoding = nextStep("the encoding");
        runOnItsOwnThread(encoding);
        Runnable writing = nextStep("the writing");
        assertFalse(Files.exists(target), "nothing is written before the last step");
        runOnItsOwnThread(writing);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> EXPORTED.matcher(model.hintProperty().get()).matches());
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = ImageIO.read(target.toFile());
        Matcher hint = EXPORTED.matcher(model.hintProperty().get());
        assertTrue(hint.matches());
        assertEquals(Integer.parseInt(hint.group(1)), png.getWidth());
        assertEquals(Integer.parseInt(hint.group(2)), png.getHeight());
        assertTrue((long) png.getWidth() * png.getHeight() >= PngExport.BACKGROUND_FROM, "a large picture");
        assertTrue(progress.stream().filter(p -> p > 0 && p < 0.5).count() >= 3, "drawing shows: " + progress);
        assertTrue(progress.stream().filter(p -> p > 0.5 && p < 1).count() >= 3, "encoding shows: " + progress);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "the progress only advances: " + progress);
        }
        assertEquals(1.0, progress.get(progress.size() - 1), "all drawn and encoded");
        assertFalse(lookup("#png-export-progress").tryQuery().isPresent(), "the progress window closed");
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void cancelWhileDrawingLeavesNoFile() throws Exception {
        Path target = dir.resolve("cancelled.png");

        startExport(export, target);
        Runnable encoding = nextStep("the encoding");
        // The writing thread has not started: the drawing stops when its queue is full, a few strips in.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !progress.isEmpty());
        clickOn(lookup("#png-export-cancel").queryButton());
        runOnItsOwnThread(encoding);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.hintProperty().get().startsWith("Export cancelled"));

        assertTrue(progress.get(progress.size() - 1) < 0.5, "cancelled while drawing: " + progress);
        assertEquals("Export cancelled; cancelled.png was not written.", model.hintProperty().get());
        assertNull(held.poll(), "no step to write the file");
        assertNoFile();
        assertFalse(lookup("#png-export-progress").tryQuery().isPresent(), "the progress window closed");
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void cancelAfterTheEncodingButBeforeTheFileIsMovedIntoPlaceLeavesNoFile() throws Exception {
        Path target = dir.resolve("late.png");

        startExport(export, target);
        runOnItsOwnThread(nextStep("the encoding"));
        Runnable writing = nextStep("the writing");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, progress.get(progress.size() - 1), "all drawn and encoded");
        clickOn(lookup("#png-export-cancel").queryButton());
        runOnItsOwnThread(writing);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.hintProperty().get().startsWith("Export cancelled"));

        assertEquals("Export cancelled; late.png was not written.", model.hintProperty().get());
        assertNoFile();
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void aLargePictureThatCannotBeWrittenIsReportedByName() throws Exception {
        Path target = dir.resolve("no-such-folder").resolve("large.png");

        startExport(export, target);
        runOnItsOwnThread(nextStep("the encoding"));
        runOnItsOwnThread(nextStep("the writing"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.errors().size());
        String message = dialogs.errors().get(0).message();
        assertTrue(message.contains(target.toString()) && message.contains("not been changed"), message);
        assertFalse(lookup("#png-export-progress").tryQuery().isPresent(), "the progress window closed");
        assertNoFile();
    }

    @Test
    void theWindowAnswersWhileALargePictureIsDrawn() throws Exception {
        Path target = dir.resolve("answering.png");
        PngExport onThreads = new PngExport(model, dialogs, scratch, stage, r -> new Thread(r, "test-png").start());
        AtomicReference<String> hintWhenAnswered = new AtomicReference<>();
        AtomicReference<Double> progressWhenAnswered = new AtomicReference<>();

        startExport(onThreads, target);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !progress.isEmpty());
        // Posted after the first strip: it must run before the drawing ends.
        Platform.runLater(() -> {
            hintWhenAnswered.set(model.hintProperty().get());
            progressWhenAnswered.set(((ProgressBar) lookup("#png-export-progress").query()).getProgress());
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> EXPORTED.matcher(model.hintProperty().get()).matches());

        assertTrue(progressWhenAnswered.get() < 0.5, "answered while drawing: " + progressWhenAnswered.get());
        assertFalse(hintWhenAnswered.get().startsWith("Picture exported"), hintWhenAnswered.get());
        assertTrue(Files.size(target) > 0);
    }

    private void assertNoFile() throws Exception {
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no file, whole, partial or temporary");
        }
    }

    private static void runOnItsOwnThread(Runnable step) throws InterruptedException {
        Thread thread = new Thread(step, "test-png-writing");
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(60));
    }
}

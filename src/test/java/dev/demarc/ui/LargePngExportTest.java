package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.ui.export.PngExport;
import dev.demarc.ui.export.PngOptions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exporting a large picture: encoding and writing happen on a writing thread (here one the test runs by hand,
 * so it can cancel first), with a progress window whose Cancel leaves no file behind.
 */
class LargePngExportTest extends EditorTestBase {

    private static final Pattern EXPORTED = Pattern.compile("Picture exported to .* \\((\\d+) x (\\d+) pixels\\)");

    @TempDir
    Path dir;

    private final Preferences scratch = Preferences.userRoot().node("dev/demarc/large-png-export-test");
    private final BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
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

    @Test
    void aLargePictureIsWrittenInTheBackgroundWithProgressAsAValidPng() throws Exception {
        Path target = dir.resolve("large.png");

        interact(() -> export.export(new PngOptions(1, false, false), target));
        Runnable writing = held.poll(10, TimeUnit.SECONDS);
        assertTrue(writing != null, "the writing was handed to the writing thread; hint: "
                + model.hintProperty().get() + ", errors: " + dialogs.errors());
        assertTrue(lookup("#png-export-progress").tryQuery().isPresent(), "the progress shows");
        assertFalse(Files.exists(target), "nothing is written before the encoding is done");
        runOnItsOwnThread(writing);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> EXPORTED.matcher(model.hintProperty().get()).matches());
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = ImageIO.read(target.toFile());
        Matcher hint = EXPORTED.matcher(model.hintProperty().get());
        assertTrue(hint.matches());
        assertEquals(Integer.parseInt(hint.group(1)), png.getWidth());
        assertEquals(Integer.parseInt(hint.group(2)), png.getHeight());
        assertTrue((long) png.getWidth() * png.getHeight() >= PngExport.BACKGROUND_FROM, "a large picture");
        assertFalse(lookup("#png-export-progress").tryQuery().isPresent(), "the progress window closed");
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        Path target = dir.resolve("cancelled.png");

        interact(() -> export.export(new PngOptions(1, false, false), target));
        Runnable writing = held.poll(10, TimeUnit.SECONDS);
        assertTrue(writing != null, "the writing was handed to the writing thread; hint: "
                + model.hintProperty().get() + ", errors: " + dialogs.errors());
        Node cancel = lookup("#png-export-cancel").query();
        clickOn(cancel);
        runOnItsOwnThread(writing);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.hintProperty().get().startsWith("Export cancelled"));

        assertEquals("Export cancelled; cancelled.png was not written.", model.hintProperty().get());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no file, whole or partial");
        }
        assertFalse(lookup("#png-export-progress").tryQuery().isPresent(), "the progress window closed");
        assertEquals(List.of(), dialogs.errors());
    }

    private static void runOnItsOwnThread(Runnable writing) throws InterruptedException {
        Thread thread = new Thread(writing, "test-png-writing");
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(60));
    }
}

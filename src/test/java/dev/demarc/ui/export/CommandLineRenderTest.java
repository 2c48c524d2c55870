package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.cli.RenderCommand;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * {@code demarc render} end to end, with the real JavaFX renderer on the toolkit the tests run (Monocle):
 * a sample becomes a PNG of the expected size, and a picture too large to make is refused with a message.
 */
class CommandLineRenderTest {

    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    @TempDir
    Path dir;

    private String err = "";
    private String out = "";

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private int render(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new RenderCommand(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), Map.of("DISPLAY", ":0")::get, "Linux",
                CommandLineRender::render).run(List.of(args));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aSampleBecomesAPictureAndTheScaleDoublesIt() throws Exception {
        String sample = SAMPLES.resolve("insecure-teaching-example.json").toString();
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");

        assertEquals(RenderCommand.OK, render("--overlay", sample, one.toString()), err);
        assertEquals(RenderCommand.OK, render("--overlay", "--scale", "2", sample, two.toString()), err);

        assertTrue(out.contains(two.toString()), out);
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertEquals(2.0 * small.getWidth(), large.getWidth(), 1);
        assertEquals(2.0 * small.getHeight(), large.getHeight(), 1);
        // The sample spans about 1000 x 600 canvas pixels (its VPC and the services beside it).
        assertTrue(small.getWidth() > 900 && small.getHeight() > 500, small.getWidth() + " x " + small.getHeight());
    }

    @Test
    void aPictureTooLargeToMakeIsRefusedWithAMessage() throws Exception {
        Catalog catalog = Catalog.builtIn();
        Diagram huge = new Diagram(null, List.of(new Component("vpc", ComponentType.VPC, null, 0, 0, 3000.0, 3000.0,
                null, Properties.empty())), List.of());
        Path file = dir.resolve("huge.json");
        Files.write(file, new DiagramWriter(catalog).toBytes(huge));
        Path target = dir.resolve("huge.png");

        assertEquals(RenderCommand.ERROR, render("--scale", "3", file.toString(), target.toString()));

        assertTrue(err.contains("too large") && err.contains("smaller scale"), err);
        assertFalse(Files.exists(target));
    }
}

package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.cli.HeadlessPlatform;
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
                HeadlessPlatform.monocle(), CommandLineRender::render).run(List.of(args));
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
    void everySampleBecomesASlideOf1920By1080PerScale() throws Exception {
        List<Path> samples;
        try (var files = Files.list(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(samples.size() >= 6, "the samples: " + samples);
        for (Path sample : samples) {
            Path slide = dir.resolve(sample.getFileName().toString().replace(".json", ".png"));
            assertEquals(RenderCommand.OK, render("--slide", sample.toString(), slide.toString()), err);
            assertEquals(List.of(1920, 1080), pngSize(slide), sample.toString());
        }
        Path large = dir.resolve("large.png");
        assertEquals(RenderCommand.OK, render("--slide", "--scale", "2", samples.get(0).toString(),
                large.toString()), err);
        assertEquals(List.of(3840, 2160), pngSize(large));
    }

    /** Width and height from the PNG's header chunk (IHDR), read from the file's bytes. */
    private static List<Integer> pngSize(Path png) throws Exception {
        byte[] b = Files.readAllBytes(png);
        assertEquals("IHDR", new String(b, 12, 4, StandardCharsets.US_ASCII), png + " starts with its header");
        return List.of(bigEndian(b, 16), bigEndian(b, 20));
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
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

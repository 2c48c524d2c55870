package dev.demarc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demarc render} on a machine without a display, as on a server or in CI: the real entry point in a
 * child JVM with {@code DISPLAY} and {@code WAYLAND_DISPLAY} removed from its environment and none of the
 * test run's JavaFX settings, so the command must choose the headless platform itself (ADR 0008).
 */
class RenderWithoutDisplayTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Path SAMPLE = Path.of(System.getProperty("demarc.samples", "samples"),
            "web-app-ec2-rds.json");

    @TempDir
    Path dir;

    @Test
    void aDiagramBecomesAPngWithoutADisplay() throws Exception {
        Path png = dir.resolve("web-app.png");
        String output = render("--overlay", SAMPLE.toString(), png.toString());

        assertTrue(output.contains(png + ": written"), output);
        int[] size = pngSize(png);
        // The sample spans about 1000 x 600 canvas pixels (its VPC and the services beside it).
        assertTrue(size[0] > 600 && size[1] > 300, size[0] + " x " + size[1]);
    }

    @Test
    void aSlideIs1920By1080PerScaleWithoutADisplay() throws Exception {
        Path png = dir.resolve("slide.png");
        render("--slide", "--scale", "2", SAMPLE.toString(), png.toString());
        assertArrayEquals(new int[] {3840, 2160}, pngSize(png));
    }

    /** Runs {@code demarc render args} with no display; asserts it succeeded and returns what it printed. */
    private static String render(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "render"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "render finished");
        assertEquals(0, p.exitValue(), output);
        assertFalse(output.contains("\tat "), "a stack trace:\n" + output);
        return output;
    }

    /** Checks the PNG signature and returns width and height from the header chunk (IHDR) that must follow it. */
    private static int[] pngSize(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(b, PNG_SIGNATURE.length), png + " is a PNG");
        assertEquals("IHDR", new String(b, 12, 4, StandardCharsets.US_ASCII), png + " starts with its header");
        return new int[] {bigEndian(b, 16), bigEndian(b, 20)};
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}

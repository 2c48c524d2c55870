package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A picture drawn in strips is the picture one snapshot of the whole makes: the strips' viewports move by whole
 * device pixels, so text, lines and the overlay's bands fall on the same pixels across the seams. Not quite
 * pixel for pixel: JavaFX's software renderer blurs a card's drop shadow over the part of it inside the
 * snapshot, so where a strip cuts through a shadow its rounding can differ by one level of 255 in a colour
 * channel, in well under one pixel in a thousand ({@link #TOLERANCE}, {@link #MOST_DIFFERING}); measured with
 * the shadows switched off, all but about 20 of 7 million pixels were equal. Checked at 2x with the overlay on
 * a generated diagram of one cell, with strips of an odd height (many seams, some through text) and with the
 * export's own strips, read back from the written file.
 */
class TiledPictureTest {

    /** The most a colour channel of a strip's pixel may differ from the one-shot picture's. */
    private static final int TOLERANCE = 1;
    /** The largest share of pixels that may differ at all (measured: 0.03% to 0.09%). */
    private static final double MOST_DIFFERING = 0.002;

    /** Rows per strip for the many-seams case: odd and prime, so seams fall everywhere in the drawing. */
    private static final int FEW_ROWS = 37;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The one-shot pixels, the strip-by-strip pixels and the written file's pixels of one picture. */
    private record Pixels(int width, int height, int rowsPerStrip, int[] oneShot, int[] inStrips, int[] written) {
    }

    private Pixels draw(Diagram diagram, PngOptions options, int rowsPerStrip) throws Exception {
        Path file = dir.resolve("tiled.png");
        Pixels pixels = WaitForAsyncUtils.asyncFx(() -> {
            PreparedPicture picture = DiagramPicture.prepare(diagram, Catalog.builtIn(), options, List.of());
            int width = picture.width();
            int height = picture.height();
            int[] oneShot = picture.strip(0, height);
            int[] inStrips = new int[width * height];
            for (int y = 0; y < height; y += rowsPerStrip) {
                int rows = Math.min(rowsPerStrip, height - y);
                System.arraycopy(picture.strip(y, rows), 0, inStrips, y * width, rows * width);
            }
            PngFiles.write(picture, file);
            return new Pixels(width, height, picture.stripRows(), oneShot, inStrips, null);
        }).get(60, TimeUnit.SECONDS);
        BufferedImage read = ImageIO.read(file.toFile());
        int[] written = read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
        return new Pixels(pixels.width(), pixels.height(), pixels.rowsPerStrip(), pixels.oneShot(),
                pixels.inStrips(), written);
    }

    @Test
    void aPictureDrawnInStripsIsTheOneShotPictureButForShadowRounding() throws Exception {
        Pixels pixels = draw(DiagramGenerator.generate(9), new PngOptions(2, true, false), FEW_ROWS);

        assertTrue(pixels.height() > 20 * FEW_ROWS, "many seams: " + pixels.width() + " x " + pixels.height());
        assertNearlyEqual(pixels.oneShot(), pixels.inStrips(), "strips of " + FEW_ROWS + " rows");
        assertTrue(pixels.rowsPerStrip() < pixels.height(), "the export's own strips are more than one: "
                + pixels.rowsPerStrip() + " of " + pixels.height() + " rows");
        // The file has no alpha channel: every pixel is opaque, as the snapshot's solid background makes them.
        assertNearlyEqual(pixels.oneShot(), pixels.written(), "the written file, drawn in the export's strips");
    }

    /**
     * The pixels of {@code strips} differ from {@code oneShot} at most by {@link #TOLERANCE} in a channel, and
     * in at most {@link #MOST_DIFFERING} of them.
     */
    private static void assertNearlyEqual(int[] oneShot, int[] strips, String what) {
        assertEquals(oneShot.length, strips.length, what);
        int worst = 0;
        int differing = 0;
        for (int i = 0; i < oneShot.length; i++) {
            differing += oneShot[i] == strips[i] ? 0 : 1;
            for (int shift = 0; shift < 32; shift += 8) {
                worst = Math.max(worst, Math.abs((oneShot[i] >> shift & 0xFF) - (strips[i] >> shift & 0xFF)));
            }
        }
        assertTrue(worst <= TOLERANCE, what + ": a channel differs by " + worst);
        assertTrue(differing <= MOST_DIFFERING * oneShot.length, what + ": " + differing + " of " + oneShot.length
                + " pixels differ");
    }

    @Test
    void everyStripStaysWithinThePixelBudget() throws Exception {
        Pixels pixels = draw(DiagramGenerator.generate(9), new PngOptions(3, false, false), FEW_ROWS);

        assertTrue((long) pixels.width() * pixels.rowsPerStrip() <= PreparedPicture.STRIP_PIXELS,
                pixels.width() + " x " + pixels.rowsPerStrip());
        assertTrue((long) pixels.width() * (pixels.rowsPerStrip() + 1) > PreparedPicture.STRIP_PIXELS,
                "as many rows as fit");
    }
}

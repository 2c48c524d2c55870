package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Our PNG encoder, checked by an independent decoder: the JDK's ImageIO. */
class PngEncoderTest {

    @Test
    void imageIoReadsBackEveryPixelExactly() throws IOException {
        int width = 37;
        int height = 23;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Rows that repeat, change and wrap around byte values exercise the "up" filter.
                argb[y * width + x] = 0xFF000000 | ((x * 7 + y) & 0xFF) << 16 | ((y * 11) & 0xFF) << 8
                        | ((x * y) & 0xFF);
            }
        }
        argb[0] = 0xFF0072B2;

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(width, height, argb, 1)));

        assertEquals(width, read.getWidth());
        assertEquals(height, read.getHeight());
        int[] back = read.getRGB(0, 0, width, height, null, 0, width);
        assertArrayEquals(argb, back);
        assertEquals(0x0072B2, back[0] & 0xFFFFFF);
    }

    @Test
    void rowsGivenAFewAtATimeMakeTheSameFileAsAllAtOnce() throws IOException {
        int width = 19;
        int height = 40;
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (i * 7919 + (i / width) * 31) & 0xFFFFFF;
        }
        byte[] png;
        try (PngEncoder encoder = new PngEncoder(width, height, 2)) {
            // Strips of 1, 7, 13 and 19 rows, each in an array of its own, as the export's strips arrive.
            for (int y = 0, rows = 1; y < height; y += rows, rows += 6) {
                int count = Math.min(rows, height - y);
                int[] strip = new int[count * width];
                System.arraycopy(argb, y * width, strip, 0, strip.length);
                encoder.rows(strip, 0, count);
            }
            png = encoder.finish();
        }

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertArrayEquals(argb, read.getRGB(0, 0, width, height, null, 0, width));
    }

    @Test
    void moreRowsThanThePictureHasOrFinishingEarlyIsRefused() {
        try (PngEncoder encoder = new PngEncoder(2, 3, 1)) {
            encoder.rows(new int[4], 0, 2);
            assertThrows(IllegalStateException.class, encoder::finish);
            assertThrows(IllegalArgumentException.class, () -> encoder.rows(new int[4], 0, 2));
        }
    }

    @Test
    void alphaIsDroppedBecauseThePicturesHaveASolidBackground() throws IOException {
        int[] argb = {0x00123456};
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(1, 1, argb, 1)));
        assertEquals(0xFF123456, read.getRGB(0, 0));
    }

    @Test
    void aTwiceScaledPictureIsMarkedAs192DotsPerInch() {
        byte[] png = PngEncoder.encode(1, 1, new int[] {0xFFFFFFFF}, 2);
        ByteBuffer phys = chunk(png, "pHYs");
        // 192 dots per inch = 7559.06 per metre, both axes, unit 1 (metre).
        assertEquals(7559, phys.getInt());
        assertEquals(7559, phys.getInt());
        assertEquals(1, phys.get());
    }

    @Test
    void pixelsThatDoNotMatchTheSizeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(2, 2, new int[3], 1));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(0, 0, new int[0], 1));
    }

    /** The data of the first chunk of this type, found by walking the chunks after the signature. */
    private static ByteBuffer chunk(byte[] png, String type) {
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] name = new byte[4];
            b.get(name);
            if (new String(name, StandardCharsets.US_ASCII).equals(type)) {
                return ByteBuffer.wrap(Arrays.copyOfRange(png, b.position(), b.position() + length));
            }
            b.position(b.position() + length + 4);
        }
        throw new AssertionError("no " + type + " chunk");
    }
}

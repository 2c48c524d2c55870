package dev.demarc.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes opaque pixels as a PNG file. Our own because the format needs only four chunks, the JDK's zlib
 * and CRC-32, and it spares the app the javafx-swing bridge and the AWT image classes that
 * {@code SwingFXUtils} and {@code ImageIO} would pull in just to write one file type.
 *
 * <p>Writes 8-bit RGB (the exported pictures have a solid background, so alpha would only add bytes), each
 * row with the "up" filter, which suits the large flat areas of a diagram, and a {@code pHYs} chunk so that
 * slide software places a 2x picture at the size of a 1x one, only sharper.
 *
 * <p>An encoder takes the rows a few at a time ({@link #rows}), top to bottom, so a large picture can be
 * drawn and encoded strip by strip without ever holding all its pixels; only the compressed data is kept
 * until {@link #finish}. One encoder makes one file, on one thread at a time.
 */
public final class PngEncoder implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Pixels per metre of one CSS pixel (1/96 inch), the unit the canvas draws in. */
    private static final double PIXELS_PER_METRE_AT_1X = 96 / 0.0254;
    private static final int FILTER_UP = 2;
    private final int width;
    private final int height;
    private final int scale;
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16);
    private final byte[] row;
    private byte[] previous;
    private byte[] current;
    private int rowsDone;

    /**
     * An encoder for a picture of {@code width} x {@code height} pixels, marked as drawn at {@code scale}
     * device pixels per CSS pixel; give it the rows, then {@link #finish()} it (or {@link #close()} it to give
     * up).
     */
    public PngEncoder(int width, int height, int scale) {
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot encode " + width + " x " + height + " pixels");
        }
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.row = new byte[1 + 3 * width];
        this.previous = new byte[3 * width];
        this.current = new byte[3 * width];
    }

    /**
     * The PNG of {@code width} x {@code height} pixels given row by row as ARGB ints (alpha is ignored),
     * marked as drawn at {@code scale} device pixels per CSS pixel.
     */
    public static byte[] encode(int width, int height, int[] argb, int scale) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width + " x " + height + " pixels, got " + argb.length);
        }
        try (PngEncoder encoder = new PngEncoder(width, height, scale)) {
            encoder.rows(argb, 0, height);
            return encoder.finish();
        }
    }

    /** How many rows have been given so far. */
    public int rowsDone() {
        return rowsDone;
    }

    /**
     * Encodes the next {@code count} rows, held as ARGB ints (alpha ignored) in {@code argb} from index
     * {@code offset} on, {@code width} per row.
     */
    public void rows(int[] argb, int offset, int count) {
        if (count < 0 || rowsDone + count > height || offset < 0 || offset + (long) count * width > argb.length) {
            throw new IllegalArgumentException(count + " rows from " + offset + " do not fit a " + width + " x "
                    + height + " picture with " + rowsDone + " rows done, or the " + argb.length + " pixels given");
        }
        try {
            for (int r = 0; r < count; r++) {
                int first = offset + r * width;
                for (int x = 0; x < width; x++) {
                    int p = argb[first + x];
                    current[3 * x] = (byte) (p >> 16);
                    current[3 * x + 1] = (byte) (p >> 8);
                    current[3 * x + 2] = (byte) p;
                }
                row[0] = FILTER_UP;
                for (int i = 0; i < current.length; i++) {
                    row[i + 1] = (byte) (current[i] - previous[i]);
                }
                out.write(row);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } catch (IOException e) {
            // Only in-memory streams are involved.
            throw new UncheckedIOException(e);
        }
        rowsDone += count;
    }

    /** The PNG file, once every row has been given. */
    public byte[] finish() {
        if (rowsDone != height) {
            throw new IllegalStateException(rowsDone + " of " + height + " rows given");
        }
        try {
            out.finish();
            ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 128);
            png.write(SIGNATURE);
            chunk(png, "IHDR", header(width, height));
            chunk(png, "pHYs", physicalSize(scale));
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    /** Frees the compressor (native memory); the encoder cannot be used after. */
    @Override
    public void close() {
        deflater.end();
    }

    private static byte[] header(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(width);
        out.writeInt(height);
        out.writeByte(8); // bits per channel
        out.writeByte(2); // colour type: RGB
        out.writeByte(0); // compression: deflate
        out.writeByte(0); // filtering: adaptive, per row
        out.writeByte(0); // no interlacing
        return bytes.toByteArray();
    }

    private static byte[] physicalSize(int scale) throws IOException {
        int perMetre = (int) Math.round(PIXELS_PER_METRE_AT_1X * Math.max(1, scale));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(perMetre);
        out.writeInt(perMetre);
        out.writeByte(1); // unit: metre
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}

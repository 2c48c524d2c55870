package dev.demarc.ui.export;

import dev.demarc.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Writes a picture as a PNG file, replacing the file in one step so a failed export leaves the old one whole. */
public final class PngFiles {

    private PngFiles() {
    }

    /** Writes {@code image}, drawn at {@code scale}, to {@code target}. */
    public static void write(Image image, int scale, Path target) throws IOException {
        int width = (int) image.getWidth();
        write(width, (int) image.getHeight(), pixels(image), scale, target, (done, total) -> { });
    }

    /** The picture's pixels row by row as ARGB ints; reads the image, so call it on the JavaFX thread. */
    static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /**
     * Encodes {@code argb} and writes it to {@code target}, on any thread. When {@code progress} throws, nothing
     * is written: the file appears only whole, after the encoding.
     */
    static void write(int width, int height, int[] argb, int scale, Path target, PngEncoder.RowProgress progress)
            throws IOException {
        AtomicFiles.write(target, PngEncoder.encode(width, height, argb, scale, progress));
    }
}

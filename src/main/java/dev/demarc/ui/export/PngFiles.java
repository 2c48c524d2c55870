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
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        AtomicFiles.write(target, PngEncoder.encode(width, height, argb, scale));
    }

    /**
     * Draws {@code picture} strip by strip, encoding each as it comes, and writes it to {@code target}; holds
     * the JavaFX thread throughout, so it is for small pictures and the command line.
     */
    static void write(PreparedPicture picture, Path target) throws IOException {
        try (PngEncoder encoder = new PngEncoder(picture.width(), picture.height(), picture.scale())) {
            picture.drawInto(encoder);
            AtomicFiles.write(target, encoder.finish());
        }
    }
}

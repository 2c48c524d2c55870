package dev.demarc.ui.export;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;

/**
 * A picture laid out off screen and ready to be photographed: the node that draws it (in a scene of its own,
 * shown nowhere), its size in device pixels and its background. It is photographed in horizontal strips of
 * the full width ({@link #strip}), so no snapshot is larger than {@link #STRIP_PIXELS} and a large picture
 * can be drawn a strip per frame while the window keeps answering. A strip is the same snapshot as the
 * whole picture's, only with a viewport moved down by whole device pixels, so the strips of a picture put
 * together are the picture a single snapshot makes, but for the rounding of drop shadows, which the software
 * renderer blurs within each snapshot: one level of 255 in a few pixels in ten thousand (TiledPictureTest).
 * Use it on the JavaFX thread.
 */
final class PreparedPicture {

    /** At most this many pixels per strip: a few frames' worth of the software renderer's work. */
    static final int STRIP_PIXELS = 2_000_000;

    private final Node node;
    private final int width;
    private final int height;
    private final int scale;
    private final Paint fill;

    /**
     * A picture of {@code node}'s top left {@code width} x {@code height} pixels after scaling it by
     * {@code scale}, on {@code fill}.
     */
    PreparedPicture(Node node, int width, int height, int scale, Paint fill) {
        this.node = node;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.fill = fill;
    }

    /** The width in device pixels. */
    int width() {
        return width;
    }

    /** The height in device pixels. */
    int height() {
        return height;
    }

    /** Device pixels per canvas pixel. */
    int scale() {
        return scale;
    }

    /** How many rows a strip has (the last one may have fewer): the most that keep it within the budget. */
    int stripRows() {
        return Math.max(1, Math.min(height, STRIP_PIXELS / width));
    }

    /** The pixels of rows {@code first} to {@code first + rows - 1}, row by row as ARGB ints. */
    int[] strip(int first, int rows) {
        if (first < 0 || rows <= 0 || first + rows > height) {
            throw new IllegalArgumentException("rows " + first + " to " + (first + rows) + " of " + height);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(fill);
        params.setTransform(Transform.scale(scale, scale));
        // The viewport is in the scaled node's coordinates, that is device pixels.
        params.setViewport(new Rectangle2D(0, first, width, rows));
        WritableImage image = node.snapshot(params, null);
        int[] argb = new int[width * rows];
        image.getPixelReader().getPixels(0, 0, width, rows, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /**
     * Draws the whole picture strip after strip into {@code encoder} at once, holding the JavaFX thread until
     * done: for a picture drawn where no window waits (the command line) or a small one.
     */
    void drawInto(PngEncoder encoder) {
        int rows = stripRows();
        for (int y = 0; y < height; y += rows) {
            int count = Math.min(rows, height - y);
            encoder.rows(strip(y, count), 0, count);
        }
    }
}

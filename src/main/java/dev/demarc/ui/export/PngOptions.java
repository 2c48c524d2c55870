package dev.demarc.ui.export;

/**
 * What a PNG export shows: drawn at {@code scale} device pixels per canvas pixel (1, 2 or 3 for slides),
 * with or without the responsibility overlay, of the whole diagram or only the selected components; or, as a
 * {@code slide}, the whole diagram with its title and the overlay's legend fitted into a 16:9 picture of
 * {@link SlidePicture#WIDTH} x {@link SlidePicture#HEIGHT} per scale, the same size for every diagram.
 */
public record PngOptions(int scale, boolean overlay, boolean selectionOnly, boolean slide) {

    /** The largest scale offered: 3x is sharp on a 4K projector; more only makes files bigger. */
    public static final int MAX_SCALE = 3;

    public PngOptions {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + ", not " + scale);
        }
    }

    /** A picture cropped to the diagram (not a slide). */
    public PngOptions(int scale, boolean overlay, boolean selectionOnly) {
        this(scale, overlay, selectionOnly, false);
    }
}

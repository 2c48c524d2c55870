package dev.demarc.ui.overlay;

import java.util.function.DoubleUnaryOperator;

/**
 * Which band height a presentation or a slide takes: plain arithmetic over the zoom each height would be fitted
 * at, so it is tested without a window.
 */
final class BandChoice {

    /** Zooms this close to the best count as equal: fitting finds its zoom by bisection. */
    private static final double SAME_ZOOM = 0.995;

    private BandChoice() {
    }

    /**
     * The index in {@code ladder} (band heights, tallest first) of the tallest whose fitted zoom
     * ({@code zoomWith}) is {@code readableZoom} or more; the heights are tried in order and the first that
     * reaches it is taken. When none does, the tallest whose zoom is within half a percent of the best of them:
     * thinner bands than that cost the class its bands and buy no zoom.
     */
    static int tallest(double[] ladder, double readableZoom, DoubleUnaryOperator zoomWith) {
        double[] zooms = new double[ladder.length];
        double best = 0;
        for (int i = 0; i < ladder.length; i++) {
            zooms[i] = zoomWith.applyAsDouble(ladder[i]);
            if (zooms[i] >= readableZoom) {
                return i;
            }
            best = Math.max(best, zooms[i]);
        }
        for (int i = 0; i < ladder.length; i++) {
            if (zooms[i] >= best * SAME_ZOOM) {
                return i;
            }
        }
        return ladder.length - 1;
    }
}

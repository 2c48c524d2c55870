package dev.demarc.ui.overlay;

import java.util.function.DoubleUnaryOperator;

/**
 * Which band height a presentation or a slide takes: plain arithmetic over the zoom each height would be fitted
 * at, so it is tested without a window.
 */
final class BandChoice {

    /** Zooms this close to the best count as equal: fitting finds its zoom by bisection. */
    private static final double SAME_ZOOM = 0.995;

    /** A band height and the zoom the diagram is fitted at with it. */
    record Choice(double band, double zoom) {
    }

    private BandChoice() {
    }

    /**
     * The tallest of {@code ladder} (band heights, tallest first) whose fitted zoom
     * ({@code zoomWith}) is {@code readableZoom} or more; the heights are tried in order and the first that
     * reaches it is taken. When none does, the tallest whose zoom is within half a percent of the best of them:
     * thinner bands than that cost the class its bands and buy no zoom.
     */
    static Choice tallest(double[] ladder, double readableZoom, DoubleUnaryOperator zoomWith) {
        double[] zooms = new double[ladder.length];
        double best = 0;
        for (int i = 0; i < ladder.length; i++) {
            zooms[i] = zoomWith.applyAsDouble(ladder[i]);
            if (zooms[i] >= readableZoom) {
                return new Choice(ladder[i], zooms[i]);
            }
            best = Math.max(best, zooms[i]);
        }
        int i = 0;
        while (zooms[i] < best * SAME_ZOOM) {
            i++;
        }
        return new Choice(ladder[i], zooms[i]);
    }
}

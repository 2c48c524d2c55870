package dev.demarc.ui.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The band height a presentation or a slide chooses from the zoom each height would be fitted at. */
class BandChoiceTest {

    private static final double[] LADDER = {26, 24, 22, 20, 18};

    @Test
    void theTallestBandsThatKeepAReadableZoomAreTakenAndNoThinnerOneIsTried() {
        Map<Double, Double> zoom = Map.of(26.0, 0.5, 24.0, 0.58, 22.0, 0.63, 20.0, 0.7, 18.0, 0.8);
        List<Double> tried = new ArrayList<>();

        BandChoice.Choice chosen = BandChoice.tallest(LADDER, 0.6, px -> {
            tried.add(px);
            return zoom.get(px);
        });

        assertEquals(new BandChoice.Choice(22, 0.63), chosen);
        assertEquals(List.of(26.0, 24.0, 22.0), tried);
    }

    @Test
    void whenNoHeightIsReadableTheTallestThatCostsNoZoomIsTaken() {
        // A wide diagram held by its width: from 22 px down the zoom does not grow any more.
        Map<Double, Double> zoom = Map.of(26.0, 0.40, 24.0, 0.45, 22.0, 0.499, 20.0, 0.5, 18.0, 0.5);

        assertEquals(new BandChoice.Choice(22, 0.499), BandChoice.tallest(LADDER, 0.6, zoom::get));
    }

    @Test
    void whenTheZoomKeepsGrowingWithThinnerBandsTheThinnestIsTaken() {
        Map<Double, Double> zoom = Map.of(26.0, 0.30, 24.0, 0.34, 22.0, 0.38, 20.0, 0.42, 18.0, 0.46);

        assertEquals(new BandChoice.Choice(18, 0.46), BandChoice.tallest(LADDER, 0.6, zoom::get));
    }
}

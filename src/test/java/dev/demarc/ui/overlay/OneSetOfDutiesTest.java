package dev.demarc.ui.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One set of duties everywhere: every duty the catalog and the analysis know (findings are categorised by
 * them, Compare lists them all) has a lens on the overlay bar, a badge on the canvas and a pictogram.
 */
class OneSetOfDutiesTest {

    @Test
    void everyDutyHasALensABadgeAndAnIcon() {
        Set<Duty> lenses = EnumSet.noneOf(Duty.class);
        lenses.addAll(OverlayBar.LENSES);
        for (Duty d : Duty.values()) {
            assertTrue(lenses.contains(d), d + " has no lens");
            assertTrue(DutyBadges.badged(d), d + " has no badge");
            assertTrue(DutyBadge.shortName(d).length() > 2, d + " has no word on its badge");
            assertTrue(Catalog.builtIn().duty(d).question().endsWith("?"), d + " has no question for its lens");
        }
        assertEquals(Duty.values().length, OverlayBar.LENSES.size(), "one lens per duty, no duplicates");
    }
}

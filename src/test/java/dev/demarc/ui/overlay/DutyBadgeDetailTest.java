package dev.demarc.ui.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.DutyStatus;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import java.util.Optional;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A badge too small on screen to read leaves out its pictogram and name, but keeps its pill's width (the layout
 * does not move), its ring and its count.
 */
@ExtendWith(ApplicationExtension.class)
class DutyBadgeDetailTest {

    private static final DutyStatus OPEN = new DutyStatus(Duty.ENCRYPT, 2, Optional.of(Severity.HIGH));

    @Test
    void detailStartsWhereTheBadgeIsNinePixelsTallOnScreen() {
        assertTrue(DutyBadge.detailedAt(9.0 / DutyBadge.HEIGHT));
        assertFalse(DutyBadge.detailedAt(8.9 / DutyBadge.HEIGHT));
    }

    @Test
    void aPlainBadgeDropsPictogramAndNameOnlyAndKeepsItsWidth() {
        DutyBadge detailed = new DutyBadge(OPEN, true);
        DutyBadge plain = new DutyBadge(OPEN, false);

        assertEquals(1, detailed.lookupAll(".duty-icon").size());
        assertEquals(1, detailed.lookupAll(".duty-badge-text").size());
        assertTrue(plain.lookupAll(".duty-icon").isEmpty());
        assertTrue(plain.lookupAll(".duty-badge-text").isEmpty());
        assertEquals(((Rectangle) detailed.lookup(".duty-badge-pill")).getWidth(),
                ((Rectangle) plain.lookup(".duty-badge-pill")).getWidth());
        assertEquals(1, plain.lookupAll(".duty-badge-ring").size());
        assertEquals(2, plain.lookupAll(".duty-badge-findings").size(), "the count's disc and number");
    }
}

package dev.demarc.ui.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.DutyStatus;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import java.util.List;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A badge row too small on screen to read is drawn as a few paths that keep every pill's place and width (the
 * layout does not move), its ring and its count disc.
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
    void aCompactRowKeepsEveryPillsPlaceAndWidthRingAndCountDisc() {
        DutyStatus closed = new DutyStatus(Duty.PATCH, 0, Optional.empty());
        DutyStatus critical = new DutyStatus(Duty.EXPOSE, 1, Optional.of(Severity.CRITICAL));
        List<CompactBadges.Placed> row = List.of(
                new CompactBadges.Placed(OPEN, 0, 9, 80),
                new CompactBadges.Placed(closed, 90, 9, 60),
                new CompactBadges.Placed(critical, 160, 9, 70));

        List<Node> shapes = CompactBadges.shapes(row);

        Group g = new Group(shapes);
        Node pills = g.lookup(".duty-badge-compact");
        // From the first pill's left edge to the last pill's right edge, give or take the stroke.
        assertEquals(0, pills.getBoundsInParent().getMinX(), 1.5);
        assertEquals(230, pills.getBoundsInParent().getMaxX(), 1.5);
        assertEquals(2, g.lookupAll(".duty-badge-ring").size(), "one ring path per severity: high and critical");
        assertEquals(2, g.lookupAll(".duty-badge-findings").size(), "one disc path per severity");
        assertEquals(5, shapes.size(), "two rings, the pills, two discs: five nodes for three badges");
    }
}

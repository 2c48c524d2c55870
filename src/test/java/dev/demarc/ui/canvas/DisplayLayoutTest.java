package dev.demarc.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Room is made only where a footprint can meet another component. */
class DisplayLayoutTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final double CLEARANCE = 10;

    /** Every service needs 400 units below its card, nothing beside it. */
    private static DisplayLayout tallFootprints(Diagram d) {
        return DisplayLayout.stretch(d, CATALOG, c -> new DisplayLayout.Extra(0, 400, 0), CLEARANCE);
    }

    @Test
    void aTallStackPushesDownWhatStandsUnderIt() {
        Component top = Component.of("top", ComponentType.S3, 0, 0);
        Component under = Component.of("under", ComponentType.S3, 0, 200);
        Diagram d = new Diagram(null, List.of(top, under), List.of());

        DisplayLayout layout = tallFootprints(d);

        double topBottom = layout.rect(top, CATALOG).y() + layout.rect(top, CATALOG).height();
        assertTrue(layout.rect(under, CATALOG).y() >= topBottom + 400 + CLEARANCE,
                "under the stack: moved down to " + layout.rect(under, CATALOG).y());
    }

    @Test
    void aTallStackWithNothingUnderItAsksForNoRoom() {
        // The layout's jumps span the whole axis, so room made for one column moves the others too; what the
        // layout avoids is making room where the footprint cannot meet anything (here: only another column).
        Component top = Component.of("top", ComponentType.S3, 0, 0);
        Component beside = Component.of("beside", ComponentType.S3, 1000, 200);
        Diagram d = new Diagram(null, List.of(top, beside), List.of());

        DisplayLayout layout = tallFootprints(d);

        assertEquals(200, layout.rect(beside, CATALOG).y(), 1e-9, "in another column: left where it was drawn");
    }

    @Test
    void aComponentInTheSameRowKeepsItsDistanceFromAWideFootprint() {
        Component left = Component.of("left", ComponentType.S3, 0, 0);
        Component right = Component.of("right", ComponentType.S3, 250, 0);
        Component farBelow = Component.of("far", ComponentType.S3, 250, 900);
        Diagram d = new Diagram(null, List.of(left, right, farBelow), List.of());

        DisplayLayout layout = DisplayLayout.stretch(d, CATALOG, c -> new DisplayLayout.Extra(300, 0, 0), CLEARANCE);

        double leftEnd = layout.rect(left, CATALOG).x() + layout.rect(left, CATALOG).width() + 300;
        assertTrue(layout.rect(right, CATALOG).x() >= leftEnd + CLEARANCE, "the row makes room");
        // The room is a jump of the whole axis (ADR 7): a later row at the same x moves with it, not alone.
        assertEquals(layout.rect(right, CATALOG).x(), layout.rect(farBelow, CATALOG).x(), 1e-9,
                "a later row drawn at the same x keeps it");
    }
}

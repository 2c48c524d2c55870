package dev.demarc.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How tall a presentation's bands may grow before stacks would cover one another or other cards. */
class StackRoomTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final double GAP = 8;

    private static Component service(String id, ComponentType type, double x, double y) {
        return new Component(id, type, null, x, y, null, null, null, Properties.empty());
    }

    private static double largest(Component... components) {
        return StackRoom.largestBand(new Diagram(null, List.of(components), List.of()), CATALOG, 0, 30, GAP,
                band -> 40);
    }

    /** A VPC around the services, tall enough that the stacks stay within the diagram. */
    private static Component vpc() {
        return new Component("vpc", ComponentType.VPC, null, 0, 0, 1400.0, 900.0, null, Properties.empty());
    }

    @Test
    void servicesFarApartGetTheBandsAskedFor() {
        assertEquals(30, largest(vpc(), service("a", ComponentType.EC2, 100, 400),
                service("b", ComponentType.RDS, 1000, 400)));
    }

    @Test
    void aStackStaysWithinReachOfTheDiagram() {
        // Alone, a card 76 high: its stack may reach 30 units above and below it, so 76 + 60 in all.
        double band = largest(service("a", ComponentType.EC2, 0, 0));
        assertEquals(76 + 60, band * Layer.values().length, 0.01);
    }

    @Test
    void twoServicesOneAboveTheOtherKeepTheirStacksClearOfTheBadgesBetween() {
        // Cards 76 high, 180 apart, stacks centred on them: the upper one's badge rows (8 below its stack, 64
        // high) must end above the lower stack, so a stack is at most 180 - 72 = 108 units tall.
        double band = largest(vpc(), service("a", ComponentType.EC2, 100, 300),
                service("b", ComponentType.EC2, 100, 480));
        double stack = band * Layer.values().length;
        assertEquals(108, stack, 0.01);
    }

    @Test
    void aStackDoesNotGrowOverTheCardToItsRight() {
        double cardWidth = CATALOG.spec(ComponentType.EC2).width(service("a", ComponentType.EC2, 0, 0));
        // The right neighbour starts 30 units after the first stack's left edge: a 40-wide stack cannot fit
        // beside it at any height, so the least band comes back.
        double band = StackRoom.largestBand(new Diagram(null, List.of(service("a", ComponentType.EC2, 0, 0),
                service("b", ComponentType.EC2, cardWidth + GAP + 30, 0)), List.of()), CATALOG, 5, 30, GAP, b -> 40);
        assertEquals(5, band, 1e-9);
    }
}

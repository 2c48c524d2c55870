package dev.demarc.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.edit.Geometry;
import dev.demarc.io.Seeds;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The display layout's promises, on 300 random diagrams (the failing seed is named): services that do not overlap
 * in the model keep their footprints apart on screen; a service's footprint stays inside its container; a
 * container keeps room above its first child; positions keep their order; the inverse finds the model point.
 * Plain Java: no display needed.
 */
class DisplayLayoutProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final double CLEARANCE = 10;

    @Test
    void footprintsNeverOverlapAndStayInsideTheirContainers() {
        Seeds.check(300, seed -> {
            Random random = new Random(seed);
            Diagram d = randomDiagram(random);
            Map<String, DisplayLayout.Extra> extras = new HashMap<>();
            for (Component c : d.components()) {
                extras.put(c.id(), CATALOG.spec(c.type()).container()
                        ? new DisplayLayout.Extra(0, 0, 40 + random.nextInt(60))
                        : new DisplayLayout.Extra(random.nextInt(300), random.nextInt(200), 0));
            }
            DisplayLayout layout = DisplayLayout.stretch(d, CATALOG, c -> extras.get(c.id()), CLEARANCE);
            Map<String, Geometry.Rect> footprint = new HashMap<>();
            for (Component c : d.components()) {
                Geometry.Rect r = layout.rect(c, CATALOG);
                DisplayLayout.Extra e = extras.get(c.id());
                footprint.put(c.id(), CATALOG.spec(c.type()).container() ? r
                        : new Geometry.Rect(r.x(), r.y(), r.width() + e.right(), r.height() + e.below()));
            }
            List<Component> services = d.components().stream().filter(c -> !CATALOG.spec(c.type()).container())
                    .toList();
            for (int i = 0; i < services.size(); i++) {
                for (int j = i + 1; j < services.size(); j++) {
                    Geometry.Rect a = footprint.get(services.get(i).id());
                    Geometry.Rect b = footprint.get(services.get(j).id());
                    assertTrue(!strictlyOverlap(a, b), "seed " + seed + ": " + services.get(i).id() + " " + a
                            + " overlaps " + services.get(j).id() + " " + b);
                }
            }
            for (Component c : d.components()) {
                if (c.parentId().isPresent()) {
                    Component parent = d.component(c.parentId().get()).orElseThrow();
                    Geometry.Rect frame = layout.rect(parent, CATALOG);
                    Geometry.Rect inner = footprint.get(c.id());
                    assertTrue(frame.contains(inner), "seed " + seed + ": " + c.id() + " " + inner
                            + " leaves " + parent.id() + " " + frame);
                    assertTrue(inner.y() - frame.y() >= extras.get(parent.id()).top() - 1e-9,
                            "seed " + seed + ": " + c.id() + " is in " + parent.id() + "'s title room");
                }
            }
            for (int k = 0; k < 20; k++) {
                double x = random.nextDouble() * 2000;
                double y = random.nextDouble() * 2000;
                assertTrue(layout.x(x) <= layout.x(x + 1) && layout.y(y) <= layout.y(y + 1), "seed " + seed);
                assertEquals(x, layout.modelX(layout.x(x)), 1e-4, "seed " + seed);
                assertEquals(y, layout.modelY(layout.y(y)), 1e-4, "seed " + seed);
            }
        });
    }

    private static boolean strictlyOverlap(Geometry.Rect a, Geometry.Rect b) {
        double eps = 1e-9;
        return a.x() + eps < b.x() + b.width() && b.x() + eps < a.x() + a.width()
                && a.y() + eps < b.y() + b.height() && b.y() + eps < a.y() + a.height();
    }

    /** A VPC with a subnet, and services placed at random without overlapping or straddling a frame. */
    private static Diagram randomDiagram(Random random) {
        List<Component> all = new ArrayList<>();
        Geometry.Rect vpc = new Geometry.Rect(0, 0, 1600, 1200);
        Geometry.Rect subnet = new Geometry.Rect(60, 80, 800, 600);
        all.add(new Component("vpc", ComponentType.VPC, null, vpc.x(), vpc.y(), vpc.width(), vpc.height(), null,
                Properties.empty()));
        all.add(new Component("sub", ComponentType.SUBNET, null, subnet.x(), subnet.y(), subnet.width(),
                subnet.height(), "vpc", Properties.empty()));
        List<Geometry.Rect> taken = new ArrayList<>();
        ComponentType[] types = {ComponentType.EC2, ComponentType.RDS, ComponentType.S3};
        for (int tries = 0; tries < 200 && taken.size() < 12; tries++) {
            ComponentType type = types[random.nextInt(types.length)];
            Component c = Component.of("s" + tries, type, random.nextInt(2000), random.nextInt(1600));
            Geometry.Rect r = new Geometry.Rect(c.x(), c.y(), CATALOG.spec(type).width(c),
                    CATALOG.spec(type).height(c));
            if (taken.stream().anyMatch(t -> strictlyOverlap(t, r)) || straddles(vpc, r) || straddles(subnet, r)) {
                continue;
            }
            String parent = subnet.contains(r) ? "sub" : vpc.contains(r) ? "vpc" : null;
            if (parent != null && r.y() - (parent.equals("sub") ? subnet.y() : vpc.y()) < 40) {
                continue;
            }
            taken.add(r);
            all.add(c.withParent(parent));
        }
        return new Diagram(null, all, List.of());
    }

    private static boolean straddles(Geometry.Rect frame, Geometry.Rect r) {
        return strictlyOverlap(frame, r) && !frame.contains(r);
    }
}

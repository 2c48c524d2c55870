package dev.demarc.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeometryTest {

    private final Geometry geometry = new Geometry(Catalog.builtIn());
    private final Diagram d = new Diagram(null, List.of(
            Component.of("web", ComponentType.EC2, 60, 100).withParent("sub"),
            new Component("sub", ComponentType.SUBNET, null, 20, 40, 400.0, 360.0, "vpc", Properties.empty()),
            new Component("vpc", ComponentType.VPC, null, 0, 0, 900.0, 560.0, null, Properties.empty())), List.of());

    @Test
    void defaultSizesComeFromTheCatalog() {
        Geometry.Rect r = geometry.bounds(d.component("web").orElseThrow());
        assertEquals(190, r.width());
        assertEquals(76, r.height());
    }

    @Test
    void drawingOrderPutsOuterContainersFirstAndServicesLast() {
        assertEquals(List.of("vpc", "sub", "web"), geometry.drawingOrder(d).stream().map(Component::id).toList());
    }

    @Test
    void hitTestingFindsTheTopmostComponent() {
        assertEquals("web", geometry.componentAt(d, 70, 110).orElseThrow().id());
        assertEquals("sub", geometry.componentAt(d, 30, 380).orElseThrow().id());
        assertEquals("vpc", geometry.componentAt(d, 800, 500).orElseThrow().id());
        assertTrue(geometry.componentAt(d, 1000, 1000).isEmpty());
    }

    @Test
    void containerAtSkipsExcludedContainers() {
        assertEquals("sub", geometry.containerAt(d, 100, 100, Set.of()).orElseThrow().id());
        assertEquals("vpc", geometry.containerAt(d, 100, 100, Set.of("sub")).orElseThrow().id());
    }

    @Test
    void rubberBandSelectsOnlyWhatLiesWhollyInside() {
        assertEquals(Set.of("web"), geometry.inside(d, Geometry.Rect.between(50, 90, 300, 200)));
        assertEquals(Set.of("web", "sub"), geometry.inside(d, Geometry.Rect.between(10, 30, 430, 410)));
    }
}

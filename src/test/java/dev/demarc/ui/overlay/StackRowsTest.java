package dev.demarc.ui.overlay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The first service of each row (cards sharing a top edge) carries the layer names; containers have no stack. */
class StackRowsTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void theLeftmostServiceOfEachTopEdgeLeadsItsRow() {
        Diagram d = new Diagram("rows", List.of(
                Component.of("vpc", ComponentType.VPC, 0, 160),
                Component.of("right", ComponentType.S3, 900, 160),
                Component.of("left", ComponentType.EC2, 100, 160),
                Component.of("middle", ComponentType.RDS, 500, 160),
                Component.of("below", ComponentType.S3, 700, 400),
                Component.of("nearly", ComponentType.S3, 800, 161)), List.of());
        StackRows rows = new StackRows(d, catalog);
        Map<String, Component> byId = d.components().stream().collect(Collectors.toMap(Component::id,
                Function.identity()));

        assertTrue(rows.leads(byId.get("left")), "leftmost at y 160, though listed after another");
        assertFalse(rows.leads(byId.get("middle")));
        assertFalse(rows.leads(byId.get("right")));
        assertTrue(rows.leads(byId.get("below")), "alone in its row");
        assertTrue(rows.leads(byId.get("nearly")), "one unit lower is another row: its bands do not line up");
        assertFalse(rows.leads(byId.get("vpc")), "a container has no stack to name");
        assertTrue(rows.of(d));
        assertFalse(rows.of(new Diagram("other", d.components(), List.of())));
    }
}

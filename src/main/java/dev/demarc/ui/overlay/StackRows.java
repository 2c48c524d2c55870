package dev.demarc.ui.overlay;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.HashMap;
import java.util.Map;

/**
 * Which service leads its row of stacks: the leftmost of the services whose cards share a top edge. The display
 * layout maps every model y the same way across the whole diagram, so cards with one top edge have stacks whose
 * bands lie on the same lines, and one set of layer names beside the first labels the row.
 */
final class StackRows {

    private final Diagram diagram;
    /** For each top edge, the id of the leftmost service there (the first in the diagram on a tie). */
    private final Map<Double, String> leaders = new HashMap<>();

    StackRows(Diagram diagram, Catalog catalog) {
        this.diagram = diagram;
        Map<Double, Double> leftmost = new HashMap<>();
        for (Component c : diagram.components()) {
            if (catalog.spec(c.type()).container()) {
                continue;
            }
            Double x = leftmost.get(c.y());
            if (x == null || c.x() < x) {
                leftmost.put(c.y(), c.x());
                leaders.put(c.y(), c.id());
            }
        }
    }

    /** Whether these rows were worked out for {@code d} (the same instance: an edit makes a new diagram). */
    boolean of(Diagram d) {
        return d == diagram;
    }

    /** Whether {@code c} is the leftmost service of its row. */
    boolean leads(Component c) {
        return c.id().equals(leaders.get(c.y()));
    }
}

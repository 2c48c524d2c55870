package dev.demarc.ui.present;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry.Rect;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * How tall a presentation's bands may grow, in model units, before a stack would cover another stack,
 * another service's card or duty badges, a container's title bar, or reach beyond the room the view leaves
 * around the diagram. The stacks stand where the overlay puts them (right of the card, centred on it);
 * until the layout makes room for them, a dense diagram keeps its bands smaller rather than piling stacks
 * on one another. Plain geometry in model coordinates.
 */
final class StackRoom {

    /** A container's title, which a stack must leave readable: its height, and about how wide it is drawn. */
    private static final double TITLE_BAR = 44;
    private static final double TITLE_ICON = 60;
    private static final double TITLE_CHAR = 8;
    /** About how far a row of duty badges reaches right of its card, and how tall two rows are. */
    private static final double BADGE_OVERHANG = 40;
    private static final double BADGE_ROWS = 64;
    /** How far beyond the diagram a stack may reach: the room the canvas' fit leaves around it. */
    private static final double OVERHANG = 30;
    /** Halving steps of the search: to well under a tenth of a model unit. */
    private static final int STEPS = 16;

    private StackRoom() {
    }

    /**
     * The largest band height from {@code least} to {@code wanted} at which no two stacks, and no stack and
     * another service's card, overlap; {@code least} when even that overlaps.
     *
     * @param width the stack's width for a band height
     * @param gap   how far right of its card a stack stands
     */
    static double largestBand(Diagram diagram, Catalog catalog, double least, double wanted, double gap,
            DoubleUnaryOperator width) {
        if (fits(diagram, catalog, wanted, gap, width)) {
            return wanted;
        }
        double low = least;
        double high = wanted;
        for (int i = 0; i < STEPS; i++) {
            double mid = (low + high) / 2;
            if (fits(diagram, catalog, mid, gap, width)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean fits(Diagram diagram, Catalog catalog, double band, double gap, DoubleUnaryOperator width) {
        List<Rect> fixed = new ArrayList<>();
        List<Rect> stacks = new ArrayList<>();
        List<Rect> owned = new ArrayList<>();
        double w = width.applyAsDouble(band);
        double h = band * Layer.values().length;
        Rect all = null;
        for (Component c : diagram.components()) {
            TypeSpec spec = catalog.spec(c.type());
            Rect card = new Rect(c.x(), c.y(), spec.width(c), spec.height(c));
            all = all == null ? card : all.union(card);
            if (spec.container()) {
                // The container's title (icon, name, type); its network chip is placed by the overlay, which
                // moves it where the stacks leave room.
                double title = TITLE_ICON + TITLE_CHAR * (c.displayLabel().length() + spec.shortName().length());
                fixed.add(new Rect(c.x(), c.y(), Math.min(spec.width(c), title), TITLE_BAR));
                continue;
            }
            Rect stack = new Rect(c.x() + spec.width(c) + gap, c.y() + (spec.height(c) - h) / 2, w, h);
            double rowTop = Math.max(card.y() + card.height(), stack.y() + stack.height()) + gap;
            stacks.add(stack);
            owned.add(card);
            owned.add(new Rect(c.x(), rowTop, spec.width(c) + BADGE_OVERHANG, BADGE_ROWS));
        }
        for (int i = 0; i < stacks.size(); i++) {
            Rect stack = stacks.get(i);
            if (all != null && (stack.y() < all.y() - OVERHANG || stack.y() + stack.height() > all.y() + all.height()
                    + OVERHANG)) {
                return false;
            }
            if (fixed.stream().anyMatch(stack::intersects)) {
                return false;
            }
            for (int j = 0; j < stacks.size(); j++) {
                if (i != j && (stack.intersects(stacks.get(j)) || stack.intersects(owned.get(2 * j))
                        || stack.intersects(owned.get(2 * j + 1)) || owned.get(2 * i + 1).intersects(stacks.get(j)))) {
                    return false;
                }
            }
        }
        return true;
    }
}

package dev.demarc.ui.overlay;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.DutyStatus;
import dev.demarc.catalog.Duty;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The row of {@link DutyBadge}s under one component's card: one badge per duty the analysis says the
 * customer owns there, in duty order, in as many rows as fit beside the card and its stack.
 * Every duty has a badge, Configure included, so the canvas, the lenses, Compare and the details agree.
 * Drawn in model units with its top-left corner at (0, 0); {@link OverlayView} places it beside the card and
 * its stack, where {@link OverlayMetrics} made room.
 */
public final class DutyBadges extends Group {

    /** Horizontal space between badges, in model units; leaves room for the rings and count discs. */
    static final double SPACING = 2 * DutyBadge.REACH + 4;

    /** Vertical space between rows: the ring of the upper row and the count disc of the lower reach into it. */
    static final double ROW_SPACING = DutyBadge.REACH + DutyBadge.RISE + 2;

    /** Opacity of a readable badge the lens does not focus on. */
    private static final double FADED_BADGE = 0.3;

    private List<DutyStatus> shown;
    private int shownPerRow;
    private boolean shownDetailed;

    DutyBadges(String componentId) {
        getStyleClass().add("duty-badges");
        setId("badges-" + componentId);
        setAccessibleRole(AccessibleRole.NODE);
        setMouseTransparent(true);
    }

    /**
     * Whether a duty gets a badge: every duty does (one set of duties on canvas, lenses, Compare, details and
     * CLI). Kept so the presentation's duty step counts what the canvas shows.
     */
    public static boolean badged(Duty duty) {
        return duty != null;
    }

    /**
     * Fades the whole row when the component lacks {@code duty}, and in a readable row the badges of other duties.
     * A compact row fades only whole: its pills carry no pictogram or name to tell the duties apart, and redrawing
     * hundreds of rows for a lens costs more than a frame.
     */
    void focus(Duty duty, boolean hasDuty) {
        setOpacity(hasDuty ? 1 : OverlayView.FADED);
        Duty kept = hasDuty ? duty : null;
        if (!shownDetailed) {
            return;
        }
        for (Node n : getChildren()) {
            if (n instanceof DutyBadge b) {
                b.setOpacity(kept == null || b.state().duty() == kept ? 1 : FADED_BADGE);
            }
        }
    }

    /** Redraws the badges when what they show changed; returns at once when it did not. */
    void update(String title, ComponentAnalysis analysis, int perRow, boolean detailed) {
        List<DutyStatus> states = analysis.duties().stream().filter(DutyBadges::badged)
                .map(d -> analysis.status(d)).toList();
        setAccessibleText(title + ": " + states.size() + " duties of yours");
        if (states.equals(shown) && perRow == shownPerRow && detailed == shownDetailed) {
            return;
        }
        shown = states;
        shownPerRow = perRow;
        shownDetailed = detailed;
        List<CompactBadges.Placed> row = new ArrayList<>();
        double x = 0;
        double y = DutyBadge.RISE;
        for (DutyStatus s : states) {
            double w = OverlayMetrics.badgeWidth(s.duty());
            if (row.size() % perRow == 0 && x > 0) {
                x = 0;
                y += DutyBadge.HEIGHT + ROW_SPACING;
            }
            row.add(new CompactBadges.Placed(s, x, y, w));
            x += w + SPACING;
        }
        if (!detailed) {
            getChildren().setAll(CompactBadges.shapes(row));
            return;
        }
        getChildren().clear();
        for (CompactBadges.Placed p : row) {
            DutyBadge badge = new DutyBadge(p.state());
            badge.setLayoutX(p.x());
            badge.setLayoutY(p.y());
            getChildren().add(badge);
        }
    }
}

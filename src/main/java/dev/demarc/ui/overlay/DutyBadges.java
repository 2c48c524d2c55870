package dev.demarc.ui.overlay;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.DutyStatus;
import dev.demarc.catalog.Duty;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;

/**
 * The row of {@link DutyBadge}s under one component's card: one badge per duty the analysis says the
 * customer owns there, in duty order, three a row, so the row is about as wide as the card and its stack and
 * at most two rows high. Configure is left out to keep it to two rows (the legend says so). Drawn in model
 * units with its top-left corner at (0, 0); {@link OverlayView} places it below the card and its stack.
 */
public final class DutyBadges extends Group {

    /** Horizontal space between badges, in model units; leaves room for the rings and count discs. */
    static final double SPACING = 8;

    /** At most three badges a row: six duties (all but configure) make two rows, a fixed height to fit. */
    static final int PER_ROW = 3;
    /** Vertical space between rows: the count disc of the lower row reaches into it. */
    static final double ROW_SPACING = 10;

    private List<DutyStatus> shown;

    DutyBadges(String componentId) {
        getStyleClass().add("duty-badges");
        setId("badges-" + componentId);
        setAccessibleRole(AccessibleRole.NODE);
        setMouseTransparent(true);
    }

    /**
     * Whether a duty gets a badge: every duty but Configure, which nearly every component has; leaving it out
     * keeps a row of badges to two lines (the legend says so). The presentation's duty step counts the same.
     */
    public static boolean badged(Duty duty) {
        return duty != Duty.CONFIGURE;
    }

    /** Fades the badges of other duties than {@code duty}, or the whole row when the component lacks it. */
    void focus(Duty duty, boolean hasDuty) {
        setOpacity(hasDuty ? 1 : OverlayView.FADED);
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof DutyBadge b) {
                b.setOpacity(duty == null || !hasDuty || b.state().duty() == duty ? 1 : 0.3);
            }
        }
    }

    /** Redraws the badges when what they show changed; returns at once when it did not. */
    void update(String title, ComponentAnalysis analysis) {
        List<DutyStatus> states = analysis.duties().stream().filter(DutyBadges::badged)
                .map(d -> analysis.status(d)).toList();
        setAccessibleText(title + ": " + states.size() + " duties of yours");
        if (states.equals(shown)) {
            return;
        }
        shown = states;
        getChildren().clear();
        double x = 0;
        double y = DutyBadge.RING;
        for (DutyStatus s : states) {
            DutyBadge badge = new DutyBadge(s);
            double w = badge.pillWidth();
            if (getChildren().size() % PER_ROW == 0 && x > 0) {
                x = 0;
                y += DutyBadge.HEIGHT + ROW_SPACING;
            }
            badge.setLayoutX(x);
            badge.setLayoutY(y);
            getChildren().add(badge);
            x += w + SPACING;
        }
    }
}

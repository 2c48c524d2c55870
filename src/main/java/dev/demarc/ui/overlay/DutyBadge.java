package dev.demarc.ui.overlay;

import dev.demarc.analysis.DutyStatus;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * One duty the customer owns on a component: a pill with the duty's {@link DutyIcon} and short name, and,
 * when findings of that category are open there, a ring in the worst one's severity colour with their count
 * in a disc on the top-right corner (in the space above the pill, never over a neighbour). Drawn in model
 * units with the pill's top-left corner at (0, 0).
 */
final class DutyBadge extends Group {

    /** Height of the pill in model units: readable from the back of a lecture room, small beside a card. */
    static final double HEIGHT = 24;
    /** How far the ring reaches outside the pill. */
    static final double RING = 3;
    /** How far the ring, with its stroke, reaches outside the pill on every side. */
    static final double REACH = RING + 1.5;
    /** How far the count disc, with its stroke, reaches above the pill. */
    static final double RISE = 9;
    /** On-screen pill height from which a badge shows its pictogram and name (below it neither is legible). */
    static final double DETAIL_FROM_PX = 9;
    static final Color PILL_FILL = Color.web("#FFF3DA");
    static final Color PILL_EDGE = OwnerStyle.CUSTOMER_ORANGE;
    /** The count disc's radius, its centre's distance from the pill's right edge, and its centre's height. */
    static final double DISC_RADIUS = 7;
    static final double DISC_INSET = 7;
    static final double DISC_Y = -1;

    private final DutyStatus state;

    /**
     * A readable badge: pictogram, name, ring and count. Only a badge at least {@link #DETAIL_FROM_PX} tall on
     * screen shows them legibly; below that {@link CompactBadges} draws the row as a few paths with the same
     * pill widths, so the layout does not move.
     */
    DutyBadge(DutyStatus state) {
        this.state = state;
        getStyleClass().addAll("duty-badge", styleClass(state.duty()));
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(accessibleText(state));
        Text label = label(shortName(state.duty()));
        double width = pillWidth(label);
        Rectangle pill = new Rectangle(0, 0, width, HEIGHT);
        pill.setArcWidth(10);
        pill.setArcHeight(10);
        pill.setFill(PILL_FILL);
        pill.setStroke(PILL_EDGE);
        pill.setStrokeWidth(1.5);
        pill.getStyleClass().add("duty-badge-pill");
        state.worst().ifPresent(s -> getChildren().add(ring(width, s)));
        getChildren().add(pill);
        Node icon = DutyIcon.of(state.duty());
        icon.setLayoutX(4);
        icon.setLayoutY((HEIGHT - DutyIcon.SIZE) / 2);
        label.setX(4 + DutyIcon.SIZE + 3 - label.getLayoutBounds().getMinX());
        label.setY((HEIGHT - label.getLayoutBounds().getHeight()) / 2 - label.getLayoutBounds().getMinY());
        getChildren().addAll(icon, label);
        state.worst().ifPresent(s -> getChildren().addAll(count(width, s, state.open())));
    }

    /** Whether a badge at {@code zoom} is tall enough on screen to carry its pictogram and name. */
    static boolean detailedAt(double zoom) {
        return HEIGHT * zoom >= DETAIL_FROM_PX;
    }

    /** The pill's width for a short name: icon, gap, text and margin (see {@link OverlayMetrics#badgeWidth}). */
    static double pillWidth(String shortName) {
        return pillWidth(label(shortName));
    }

    private static double pillWidth(Text label) {
        return 4 + DutyIcon.SIZE + 3 + label.getLayoutBounds().getWidth() + 6;
    }

    DutyStatus state() {
        return state;
    }

    private static Rectangle ring(double width, Severity severity) {
        Rectangle ring = new Rectangle(-RING, -RING, width + 2 * RING, HEIGHT + 2 * RING);
        ring.setArcWidth(14);
        ring.setArcHeight(14);
        ring.setFill(null);
        ring.setStroke(SeverityStyle.color(severity));
        ring.setStrokeWidth(3);
        ring.getStyleClass().addAll("duty-badge-ring", SeverityStyle.styleClass(severity));
        return ring;
    }

    /** The count disc and its number, both styled {@code duty-badge-findings} so class mode hides them. */
    private static List<Node> count(double width, Severity severity, int open) {
        // Inside the pill's width, reaching up into the space between rows, so it never touches a neighbour.
        Circle disc = new Circle(width - DISC_INSET, DISC_Y, DISC_RADIUS, SeverityStyle.color(severity));
        disc.setStroke(Color.WHITE);
        disc.setStrokeWidth(1.5);
        disc.getStyleClass().add("duty-badge-findings");
        Text n = new Text(open > 9 ? "9+" : Integer.toString(open));
        n.setFont(Font.font("System", FontWeight.BOLD, 10));
        n.setBoundsType(TextBoundsType.VISUAL);
        n.setFill(Color.WHITE);
        n.getStyleClass().addAll("duty-badge-count", "duty-badge-findings");
        n.getProperties().put("demarc.count", open);
        n.setX(width - DISC_INSET - n.getLayoutBounds().getWidth() / 2 - n.getLayoutBounds().getMinX());
        n.setY(DISC_Y - n.getLayoutBounds().getHeight() / 2 - n.getLayoutBounds().getMinY());
        return List.of(disc, n);
    }

    private static Text label(String text) {
        Text t = new Text(text);
        t.setFont(Font.font("System", FontWeight.BOLD, 11));
        t.setBoundsType(TextBoundsType.VISUAL);
        t.setFill(Color.web("#1A1A1A"));
        t.getStyleClass().add("duty-badge-text");
        return t;
    }

    /** The word printed on the badge: upper case, one word, so a row of badges stays short. */
    static String shortName(Duty duty) {
        return duty == Duty.GRANT_ACCESS ? "ACCESS" : duty.name();
    }

    /** The style class of a duty's badge, e.g. {@code duty-encrypt} or {@code duty-grant-access}. */
    static String styleClass(Duty duty) {
        return "duty-" + duty.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Encrypt: your duty here; 2 open findings, worst high" or "...; no open finding". */
    static String accessibleText(DutyStatus s) {
        return s.duty().displayName() + ": your duty here; " + s.describe();
    }
}

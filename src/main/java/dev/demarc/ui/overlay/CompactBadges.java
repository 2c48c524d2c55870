package dev.demarc.ui.overlay;

import dev.demarc.analysis.DutyStatus;
import dev.demarc.analysis.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.VLineTo;

/**
 * A row of duty badges too small on screen to read (see {@link DutyBadge#detailedAt}), drawn as a handful of
 * paths instead of a group of shapes per badge: one path for the pills, one per severity for the rings and one per
 * severity for the count discs. The pills have the same places and
 * widths as the readable badges, so the layout does not move when the detail comes and goes; the numbers are
 * left out (a 10-point digit at this zoom is two pixels tall).
 *
 * <p>Why: every node of the scene is visited by every frame's bounds pass, and a zoomed-out view of 500
 * components holds two thousand badges. A row here costs about five nodes instead of about thirty.
 */
final class CompactBadges {

    /** Where one badge's pill sits in its row, in the row's model units. */
    record Placed(DutyStatus state, double x, double y, double width) {
    }

    private CompactBadges() {
    }

    /** The shapes of a row; rings and discs keep the style classes class mode hides. */
    static List<Node> shapes(List<Placed> row) {
        List<Node> out = new ArrayList<>();
        if (row.isEmpty()) {
            return out;
        }
        Map<Severity, List<Placed>> open = bySeverity(row);
        open.forEach((severity, badges) -> out.add(rings(badges, severity)));
        out.add(pills(row));
        open.forEach((severity, badges) -> out.add(discs(badges, severity)));
        return out;
    }

    private static Map<Severity, List<Placed>> bySeverity(List<Placed> badges) {
        Map<Severity, List<Placed>> out = new EnumMap<>(Severity.class);
        for (Placed p : badges) {
            p.state().worst().ifPresent(s -> out.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
        }
        return out;
    }

    private static Path pills(List<Placed> badges) {
        Path path = new Path();
        for (Placed p : badges) {
            roundedRect(path.getElements(), p.x(), p.y(), p.width(), DutyBadge.HEIGHT, 5);
        }
        path.setFill(DutyBadge.PILL_FILL);
        path.setStroke(DutyBadge.PILL_EDGE);
        path.setStrokeWidth(1.5);
        path.getStyleClass().add("duty-badge-compact");
        return path;
    }

    private static Path rings(List<Placed> badges, Severity severity) {
        Path path = new Path();
        double r = DutyBadge.RING;
        for (Placed p : badges) {
            roundedRect(path.getElements(), p.x() - r, p.y() - r, p.width() + 2 * r, DutyBadge.HEIGHT + 2 * r, 7);
        }
        path.setFill(null);
        path.setStroke(SeverityStyle.color(severity));
        path.setStrokeWidth(3);
        path.getStyleClass().addAll("duty-badge-ring", SeverityStyle.styleClass(severity));
        return path;
    }

    private static Path discs(List<Placed> badges, Severity severity) {
        Path path = new Path();
        for (Placed p : badges) {
            double cx = p.x() + p.width() - DutyBadge.DISC_INSET;
            double cy = p.y() + DutyBadge.DISC_Y;
            double r = DutyBadge.DISC_RADIUS;
            path.getElements().addAll(new MoveTo(cx - r, cy), new ArcTo(r, r, 0, cx + r, cy, false, true),
                    new ArcTo(r, r, 0, cx - r, cy, false, true), new ClosePath());
        }
        path.setFill(SeverityStyle.color(severity));
        path.setStroke(Color.WHITE);
        path.setStrokeWidth(1.5);
        path.getStyleClass().add("duty-badge-findings");
        return path;
    }

    private static void roundedRect(List<PathElement> into, double x, double y, double w, double h, double r) {
        into.addAll(List.of(new MoveTo(x + r, y), new HLineTo(x + w - r), new ArcTo(r, r, 0, x + w, y + r, false, true),
                new VLineTo(y + h - r), new ArcTo(r, r, 0, x + w - r, y + h, false, true), new HLineTo(x + r),
                new ArcTo(r, r, 0, x, y + h - r, false, true), new VLineTo(y + r),
                new ArcTo(r, r, 0, x + r, y, false, true), new ClosePath()));
    }
}

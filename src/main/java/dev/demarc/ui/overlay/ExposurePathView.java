package dev.demarc.ui.overlay;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.catalog.Catalog;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * The way the internet gets to one exposed resource, drawn over the diagram: a cloud for the internet above
 * the VPC, then numbered stops at the internet gateway (on the VPC's top edge), the public subnet's route (on
 * the subnet's top edge), the security-group rules (above the card) and the resource itself, framed, joined
 * by a thick dashed arrow. Every stop names itself in words; colour is never the only cue. Drawn in model
 * units from an {@link ExposurePath} the analyzer worked out; it decides nothing.
 */
final class ExposurePathView extends Group {

    /** Okabe-Ito vermillion: the palette's warning colour, apart from the owners' blue, orange and green. */
    static final Color PATH = Color.web("#D55E00");
    private static final double CHIP_HEIGHT = 24;
    private static final double CLOUD_RISE = 84;
    /** From the card's right edge past its layer stack to the rules' stop. */
    /** Between the bottom of what is drawn for the resource and the rule stop under it. */
    private static final double RULE_DROP = 4;

    private final Set<String> covered = new HashSet<>();

    /**
     * @param drawnAt where a component's card is drawn
     * @param footprint what is drawn for a component: its card and, with the overlay on, its stack and badges
     * @param free whether a rectangle of the drawing covers no component's footprint
     */
    ExposurePathView(ExposurePath path, Analysis analysis, Catalog catalog,
            Function<Component, Geometry.Rect> drawnAt, Function<Component, Geometry.Rect> footprint,
            Predicate<Geometry.Rect> free) {
        setId("exposure-path");
        getStyleClass().add("exposure-path");
        setMouseTransparent(true);
        setAccessibleRole(AccessibleRole.TEXT);
        Diagram diagram = analysis.diagram();
        Component resource = diagram.component(path.resource()).orElseThrow();
        Geometry.Rect res = drawnAt.apply(resource);
        StringBuilder spoken = new StringBuilder("How the internet reaches " + resource.displayLabel() + ": ");
        List<Group> chips = new ArrayList<>();
        List<Point2D> stops = new ArrayList<>();
        Group cloud = null;
        int step = 1;
        for (ExposurePath.Hop hop : path.hops()) {
            spoken.append(step).append(". ").append(hop.text()).append(". ");
            switch (hop.kind()) {
                case INTERNET -> {
                    cloud = chip(step, hop.label(), true);
                    chips.add(cloud);
                    stops.add(null);
                }
                case INTERNET_GATEWAY, PUBLIC_SUBNET -> {
                    // Where the container's network chip sits: its title bar, right-aligned.
                    Component c = diagram.component(hop.component()).orElseThrow();
                    covered.add(c.id());
                    Group chip = chip(step, hop.label(), false);
                    Geometry.Rect at = drawnAt.apply(c);
                    place(chip, at.x() + OverlayMetrics.CHIP_GAP + 4, at.y() + OverlayMetrics.TITLE_BAR);
                    chips.add(chip);
                    stops.add(centre(chip));
                }
                case OPEN_RULES, PUBLIC_ACCESS, OPEN_API, LOAD_BALANCER -> {
                    // Beside what is drawn for the component the hop is at (the resource, or the open API or
                    // load balancer in front of it), where nothing else is.
                    Component at = diagram.component(hop.component()).orElseThrow();
                    Group chip = chip(step, hop.label(), false);
                    Geometry.Rect spot = beside(width(chip), drawnAt.apply(at), footprint.apply(at), free);
                    place(chip, spot.x(), spot.y());
                    chips.add(chip);
                    stops.add(centre(chip));
                }
                case RESOURCE -> stops.add(new Point2D(res.x() + res.width(), res.y() + res.height() / 2));
            }
            step++;
        }
        if (cloud != null) {
            // The internet floats above the first stop inside the drawing.
            Point2D first = stops.size() > 1 ? stops.get(1) : new Point2D(res.x(), res.y());
            place(cloud, first.getX() - width(cloud) / 2, first.getY() - CLOUD_RISE);
            stops.set(0, centre(cloud));
        }
        for (int i = 1; i < stops.size(); i++) {
            getChildren().addAll(segment(stops.get(i - 1), stops.get(i), i == stops.size() - 1));
        }
        getChildren().add(frame(res));
        getChildren().addAll(chips);
        setAccessibleText(spoken.toString().trim());
    }

    /** The containers whose title-bar chip a stop of this path covers. */
    Set<String> covered() {
        return covered;
    }

    /**
     * Where a chip {@code w} wide goes beside a component drawn at {@code card} with all of it covering
     * {@code all}: right of it (level with the card), under it, above it or left of it, the first that is clear.
     */
    private static Geometry.Rect beside(double w, Geometry.Rect card, Geometry.Rect all,
            Predicate<Geometry.Rect> free) {
        List<Geometry.Rect> places = List.of(
                new Geometry.Rect(all.x() + all.width() + 2 * RULE_DROP,
                        card.y() + card.height() / 2 - CHIP_HEIGHT / 2, w, CHIP_HEIGHT),
                new Geometry.Rect(card.x(), all.y() + all.height() + RULE_DROP, w, CHIP_HEIGHT),
                new Geometry.Rect(card.x(), all.y() - CHIP_HEIGHT - RULE_DROP, w, CHIP_HEIGHT),
                new Geometry.Rect(card.x() - w - 2 * RULE_DROP, card.y(), w, CHIP_HEIGHT));
        return places.stream().filter(free).findFirst().orElse(places.get(1));
    }

    private static void place(Group chip, double x, double y) {
        chip.setLayoutX(x);
        chip.setLayoutY(y);
    }

    private static double width(Group chip) {
        return chip.getLayoutBounds().getWidth();
    }

    private static Point2D centre(Group chip) {
        return new Point2D(chip.getLayoutX() + width(chip) / 2, chip.getLayoutY() + CHIP_HEIGHT / 2);
    }

    /** A dashed arrow from one stop to the next, with a white edge so it reads over cards and bands. */
    private static List<Node> segment(Point2D from, Point2D to, boolean last) {
        Line halo = new Line(from.getX(), from.getY(), to.getX(), to.getY());
        halo.setStroke(Color.rgb(255, 255, 255, 0.85));
        halo.setStrokeWidth(8);
        Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
        line.setStroke(PATH);
        line.setStrokeWidth(4);
        line.getStrokeDashArray().setAll(12.0, 7.0);
        line.getStyleClass().add("exposure-path-line");
        double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
        double back = last ? 2 : 14;
        double tipX = to.getX() - Math.cos(angle) * back;
        double tipY = to.getY() - Math.sin(angle) * back;
        Polygon head = new Polygon(tipX, tipY,
                tipX - Math.cos(angle - 0.45) * 14, tipY - Math.sin(angle - 0.45) * 14,
                tipX - Math.cos(angle + 0.45) * 14, tipY - Math.sin(angle + 0.45) * 14);
        head.setFill(PATH);
        head.setStroke(Color.WHITE);
        return List.of(halo, line, head);
    }

    /** A numbered label for a stop, at (0, 0): "1 Internet", "3 Public subnet route", ... */
    private static Group chip(int step, String text, boolean cloud) {
        Text label = new Text(text);
        label.setFont(Font.font("System", FontWeight.BOLD, 12));
        label.setBoundsType(TextBoundsType.VISUAL);
        label.setFill(Color.web("#1A1A1A"));
        double number = CHIP_HEIGHT;
        double width = number + 6 + label.getLayoutBounds().getWidth() + 10;
        Rectangle box = new Rectangle(0, 0, width, CHIP_HEIGHT);
        box.setArcWidth(cloud ? CHIP_HEIGHT : 8);
        box.setArcHeight(cloud ? CHIP_HEIGHT : 8);
        box.setFill(Color.WHITE);
        box.setStroke(PATH);
        box.setStrokeWidth(2.5);
        Circle disc = new Circle(number / 2, CHIP_HEIGHT / 2, number / 2 - 2, PATH);
        Text n = new Text(Integer.toString(step));
        n.setFont(Font.font("System", FontWeight.BOLD, 12));
        n.setBoundsType(TextBoundsType.VISUAL);
        n.setFill(Color.WHITE);
        n.setX(number / 2 - n.getLayoutBounds().getWidth() / 2 - n.getLayoutBounds().getMinX());
        n.setY(CHIP_HEIGHT / 2 - n.getLayoutBounds().getHeight() / 2 - n.getLayoutBounds().getMinY());
        label.setX(number + 6 - label.getLayoutBounds().getMinX());
        label.setY(CHIP_HEIGHT / 2 - label.getLayoutBounds().getHeight() / 2 - label.getLayoutBounds().getMinY());
        Group chip = new Group(box, disc, n, label);
        chip.getStyleClass().add("exposure-path-stop");
        chip.setAccessibleText(step + ". " + text);
        return chip;
    }

    /** A dashed frame around the exposed card. */
    private static Rectangle frame(Geometry.Rect at) {
        Rectangle r = new Rectangle(at.x() - 6, at.y() - 6, at.width() + 12, at.height() + 12);
        r.setArcWidth(14);
        r.setArcHeight(14);
        r.setFill(null);
        r.setStroke(PATH);
        r.setStrokeWidth(4);
        r.getStrokeDashArray().setAll(10.0, 6.0);
        r.getStyleClass().add("exposure-path-target");
        return r;
    }
}

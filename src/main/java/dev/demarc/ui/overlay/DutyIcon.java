package dev.demarc.ui.overlay;

import dev.demarc.catalog.Duty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;

/**
 * A 16 x 16 model-unit pictogram per duty, drawn from plain shapes so it scales with the zoom and needs no
 * image files: a bandage for patch, a padlock for encrypt, an open door with an arrow for expose, a key for
 * grant access, a disk with an arrow for back up, an eye for monitor, a gear-like cog for configure.
 * Public (with {@link #of}) so the teaching windows ({@code ui.teach}) show duties with the same pictograms.
 */
public final class DutyIcon {

    static final double SIZE = 16;
    private static final Color INK = Color.web("#2B2B2B");

    private DutyIcon() {
    }

    public static Node of(Duty duty) {
        Group g = switch (duty) {
            case PATCH -> bandage();
            case ENCRYPT -> padlock();
            case EXPOSE -> door();
            case GRANT_ACCESS -> key();
            case BACKUP -> disk();
            case MONITOR -> eye();
            case CONFIGURE -> cog();
        };
        g.getStyleClass().add("duty-icon");
        return g;
    }

    private static Group bandage() {
        Rectangle strip = new Rectangle(-1, 5, 18, 7);
        strip.setArcWidth(7);
        strip.setArcHeight(7);
        stroked(strip, Color.web("#F3D2A8"));
        Rectangle pad = new Rectangle(5, 5, 6, 7);
        pad.setFill(Color.web("#C99A66"));
        pad.setStroke(INK);
        pad.setStrokeWidth(1);
        Group g = new Group(strip, pad);
        g.setRotate(-40);
        return g;
    }

    private static Group padlock() {
        Arc shackle = new Arc(8, 7, 4.5, 5, 0, 180);
        shackle.setType(ArcType.OPEN);
        shackle.setFill(null);
        shackle.setStroke(INK);
        shackle.setStrokeWidth(2);
        Line left = line(3.5, 7, 3.5, 8);
        Line right = line(12.5, 7, 12.5, 8);
        left.setStrokeWidth(2);
        right.setStrokeWidth(2);
        Rectangle body = new Rectangle(1.5, 8, 13, 8);
        body.setArcWidth(3);
        body.setArcHeight(3);
        body.setFill(INK);
        Circle hole = new Circle(8, 11.5, 1.5, Color.WHITE);
        return new Group(shackle, left, right, body, hole);
    }

    private static Group door() {
        Rectangle frame = new Rectangle(1, 1, 9, 15);
        stroked(frame, Color.WHITE);
        Polygon leaf = new Polygon(1, 1, 6, 3, 6, 16, 1, 16);
        leaf.setFill(INK);
        Line shaft = line(8, 8.5, 15.5, 8.5);
        Polygon head = new Polygon(16.5, 8.5, 12.5, 5, 12.5, 12);
        head.setFill(INK);
        return new Group(frame, leaf, shaft, head);
    }

    private static Group key() {
        Circle bow = new Circle(4.5, 8, 3.5);
        stroked(bow, Color.WHITE);
        bow.setStrokeWidth(2);
        Line shaft = line(8, 8, 16, 8);
        Line tooth1 = line(13, 8, 13, 12);
        Line tooth2 = line(15.5, 8, 15.5, 11);
        return new Group(bow, shaft, tooth1, tooth2);
    }

    private static Group disk() {
        Rectangle body = new Rectangle(1, 3, 10, 11);
        body.setFill(INK);
        Ellipse bottom = new Ellipse(6, 14, 5, 2);
        bottom.setFill(INK);
        Ellipse top = new Ellipse(6, 3, 5, 2);
        top.setFill(Color.web("#9A9A9A"));
        top.setStroke(INK);
        top.setStrokeWidth(1);
        Arc turn = new Arc(12, 9, 4, 4, -90, 200);
        turn.setType(ArcType.OPEN);
        turn.setFill(null);
        turn.setStroke(INK);
        turn.setStrokeWidth(1.6);
        Polygon head = new Polygon(12.5, 10, 12.5, 16, 9, 13);
        head.setFill(INK);
        return new Group(body, bottom, top, turn, head);
    }

    private static Group eye() {
        CubicCurve upper = new CubicCurve(0, 8, 4, 1, 12, 1, 16, 8);
        CubicCurve lower = new CubicCurve(0, 8, 4, 15, 12, 15, 16, 8);
        for (CubicCurve c : new CubicCurve[] {upper, lower}) {
            c.setFill(Color.WHITE);
            c.setStroke(INK);
            c.setStrokeWidth(1.6);
        }
        Circle iris = new Circle(8, 8, 3.2, INK);
        Circle glint = new Circle(9, 7, 0.9, Color.WHITE);
        return new Group(upper, lower, iris, glint);
    }

    private static Group cog() {
        Group g = new Group();
        for (int i = 0; i < 4; i++) {
            Rectangle tooth = new Rectangle(6.5, 0, 3, 16);
            tooth.setFill(INK);
            tooth.setRotate(i * 45);
            g.getChildren().add(tooth);
        }
        g.getChildren().addAll(new Circle(8, 8, 5, INK), new Circle(8, 8, 2, Color.WHITE));
        return g;
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(INK);
        l.setStrokeWidth(1.8);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }

    private static void stroked(Shape s, Color fill) {
        s.setFill(fill);
        s.setStroke(INK);
        s.setStrokeWidth(1.4);
    }
}

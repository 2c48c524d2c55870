package dev.demarc.ui.teach;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

/**
 * The compare chart: the layer names down the left (logging at the top, facilities at the bottom, as every
 * stack in Demarc reads), one {@link StackColumn} per compared service, and the demarcation drawn across all
 * of them: a thick black segment over each column at the top of its highest AWS band, joined from column to
 * column by a thinner line, so a step in the line is a difference in where AWS's part ends. The segments are
 * bound to the columns' demarcation heights, so the line glides when a column changes.
 *
 * <p>Laid out by hand with fixed widths, so the controls above and below (see {@link CompareView}) line up
 * with the columns: column {@code i} starts at {@link #columnX(int)}.
 */
final class StackChart extends Pane {

    static final double AXIS = 270;
    static final double COLUMN = 250;
    static final double GAP = 32;
    static final double PAD = 10;

    private final List<StackColumn> columns = new ArrayList<>();

    StackChart(Catalog catalog, int count) {
        getStyleClass().add("compare-chart");
        setId("compare-chart");
        for (Layer layer : Layer.values()) {
            Label name = new Label(catalog.layer(layer).name());
            name.getStyleClass().add("compare-axis-label");
            name.setAlignment(Pos.CENTER_RIGHT);
            name.setPrefSize(AXIS - 14, StackColumn.BAND);
            name.setLayoutX(0);
            name.setLayoutY(PAD + StackColumn.top(layer));
            name.setTooltip(new Tooltip(catalog.layer(layer).description()));
            name.setAccessibleRole(AccessibleRole.TEXT);
            getChildren().add(name);
        }
        for (int i = 0; i < count; i++) {
            StackColumn column = new StackColumn("compare-" + i, COLUMN);
            column.setId("compare-stack-" + i);
            column.setLayoutX(columnX(i));
            column.setLayoutY(PAD);
            columns.add(column);
            getChildren().add(column);
        }
        drawLine();
        double width = columnX(count) - GAP + PAD;
        setPrefSize(width, StackColumn.HEIGHT + 2 * PAD);
        setMinSize(width, StackColumn.HEIGHT + 2 * PAD);
    }

    static double columnX(int index) {
        return AXIS + index * (COLUMN + GAP);
    }

    StackColumn column(int index) {
        return columns.get(index);
    }

    /** White-edged black segments over each column, and joins between neighbours, all bound to the columns. */
    private void drawLine() {
        List<Line> halos = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            DoubleBinding y = height(i);
            Line segment = segment(columnX(i) - 8, columnX(i) + COLUMN + 8, y, y, 5);
            segment.setId("compare-demarcation-" + i);
            segment.getStyleClass().add("demarcation-line");
            lines.add(segment);
            halos.add(halo(segment, 10));
            if (i + 1 < columns.size()) {
                Line join = segment(columnX(i) + COLUMN + 8, columnX(i + 1) - 8, y, height(i + 1), 3);
                join.getStyleClass().add("demarcation-join");
                lines.add(join);
                halos.add(halo(join, 7));
            }
        }
        getChildren().addAll(halos);
        getChildren().addAll(lines);
    }

    private DoubleBinding height(int column) {
        return Bindings.add(PAD, columns.get(column).demarcationProperty());
    }

    private static Line segment(double x1, double x2, DoubleBinding y1, DoubleBinding y2, double width) {
        Line line = new Line();
        line.setStartX(x1);
        line.setEndX(x2);
        line.startYProperty().bind(y1);
        line.endYProperty().bind(y2);
        line.setStroke(Color.BLACK);
        line.setStrokeWidth(width);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setMouseTransparent(true);
        return line;
    }

    private static Line halo(Line line, double width) {
        Line halo = new Line();
        halo.startXProperty().bind(line.startXProperty());
        halo.endXProperty().bind(line.endXProperty());
        halo.startYProperty().bind(line.startYProperty());
        halo.endYProperty().bind(line.endYProperty());
        halo.setStroke(Color.WHITE);
        halo.setStrokeWidth(width);
        halo.setStrokeLineCap(StrokeLineCap.ROUND);
        halo.setMouseTransparent(true);
        return halo;
    }
}

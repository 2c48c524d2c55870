package dev.demarc.ui.teach;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.OwnerSwatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * One column of the compare chart: the fourteen bands of one component's stack, facilities at the bottom,
 * each in its owner's fill with letter and name. When a new analysis changes a band's owner, the new band
 * fades in over the old one; the height of the demarcation (the top of the highest AWS band) moves to its new
 * place over the same short time, and the chart's line follows it. It shows what the analysis says and
 * decides nothing.
 */
final class StackColumn extends Pane {

    static final double BAND = 32;
    static final double HEIGHT = BAND * Layer.values().length;
    static final Duration CHANGE = Duration.millis(450);

    private final String idPrefix;
    private final double width;
    private final Map<Layer, Node> bands = new EnumMap<>(Layer.class);
    private final Map<Layer, Owner> owners = new EnumMap<>(Layer.class);
    private final Map<Layer, Tooltip> tooltips = new EnumMap<>(Layer.class);
    private final DoubleProperty demarcation = new SimpleDoubleProperty(this, "demarcation", HEIGHT);
    private Timeline lineMove;

    StackColumn(String idPrefix, double width) {
        this.idPrefix = idPrefix;
        this.width = width;
        getStyleClass().add("compare-stack");
        setPrefSize(width, HEIGHT);
        setMinSize(width, HEIGHT);
        setMaxSize(width, HEIGHT);
    }

    /** The y (in this column) of the demarcation line: the top of the highest AWS band, or the bottom. */
    DoubleProperty demarcationProperty() {
        return demarcation;
    }

    /** The y (in this column) of a layer's band top. */
    static double top(Layer layer) {
        return HEIGHT - (layer.ordinal() + 1) * BAND;
    }

    /** A layer whose owner changed from {@code from} to {@code to}. */
    record Move(Layer layer, Owner from, Owner to) {
    }

    /**
     * Shows {@code analysis}; with {@code animate}, changed bands fade in and the line glides. Returns the
     * layers whose owner changed (none the first time). A band whose owner stays but whose reason changed
     * (S3's default encryption from SSE-S3 to SSE-KMS, say) keeps its fill and gets the new reason.
     */
    List<Move> show(ComponentAnalysis analysis, boolean animate) {
        List<Move> moves = new ArrayList<>();
        for (LayerAssessment l : analysis.layers()) {
            if (owners.get(l.layer()) == l.owner()) {
                bands.get(l.layer()).setAccessibleText(spoken(l));
                tooltips.get(l.layer()).setText(reason(l));
                continue;
            }
            Node old = bands.get(l.layer());
            if (old != null) {
                moves.add(new Move(l.layer(), owners.get(l.layer()), l.owner()));
            }
            Node band = band(l);
            getChildren().add(band);
            bands.put(l.layer(), band);
            owners.put(l.layer(), l.owner());
            if (animate && old != null) {
                band.setOpacity(0);
                FadeTransition fade = new FadeTransition(CHANGE, band);
                fade.setToValue(1);
                fade.setOnFinished(e -> getChildren().remove(old));
                fade.play();
            } else if (old != null) {
                getChildren().remove(old);
            }
        }
        double target = analysis.highestAwsLayer().map(StackColumn::top).orElse(HEIGHT);
        if (lineMove != null) {
            lineMove.stop();
        }
        if (animate && target != demarcation.get()) {
            lineMove = new Timeline(new KeyFrame(CHANGE, new KeyValue(demarcation, target, Interpolator.EASE_BOTH)));
            lineMove.play();
        } else {
            demarcation.set(target);
        }
        return moves;
    }

    /** The band now showing {@code layer}'s owner. */
    Node band(Layer layer) {
        return bands.get(layer);
    }

    private static String reason(LayerAssessment l) {
        return l.owner().displayName() + ". " + l.why();
    }

    private static String spoken(LayerAssessment l) {
        return l.layer().id() + ": " + reason(l);
    }

    private Node band(LayerAssessment l) {
        OwnerSwatch band = new OwnerSwatch(l.owner(), width, BAND, true);
        band.setId(idPrefix + "-band-" + l.layer().id());
        band.getStyleClass().add("layer-" + l.layer().id());
        band.setLayoutX(0);
        band.setLayoutY(top(l.layer()));
        band.setAccessibleText(spoken(l));
        Tooltip tip = new Tooltip(reason(l));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(band, tip);
        tooltips.put(l.layer(), tip);
        return band;
    }
}

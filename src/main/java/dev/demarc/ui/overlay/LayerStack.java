package dev.demarc.ui.overlay;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * One component's stack of fourteen layers: a column of thin bands, facilities at the bottom and logging at
 * the top, each filled by its owner, with a letter on every run of two or more bands of the same owner and
 * a thick line above the highest layer AWS owns (the demarcation). Drawn in model units with its top-left
 * corner at (0, 0); {@link OverlayView} places it beside the component. It only draws what the analysis
 * says; it decides nothing.
 */
final class LayerStack extends Group {

    /** Width of the column in model units: wide enough to read from the back of a lecture room. */
    static final double WIDTH = 30;
    /** Height of one band; a run of two bands has room for its letter. */
    static final double BAND = 9;
    static final double HEIGHT = BAND * Layer.values().length;
    /** Property key of each band's {@link LayerAssessment}. */
    static final String ASSESSMENT = "demarc.assessment";

    private final Catalog catalog;
    private List<Owner> shownOwners;
    private int shownRevealed = -1;
    /** Band height and column width in model units: the defaults, or larger where names are shown (Present). */
    private double band = BAND;
    private double width = WIDTH;
    private boolean names;

    LayerStack(String componentId, Catalog catalog) {
        this.catalog = catalog;
        getStyleClass().add("layer-stack");
        setId("stack-" + componentId);
        setAccessibleRole(AccessibleRole.NODE);
    }

    /**
     * Redraws the bands when the owners changed; returns at once when they did not. Only the lowest
     * {@code revealed} layers show their owner (a presentation reveals them one by one); the others are drawn
     * empty, and the demarcation line appears once the highest AWS layer is revealed.
     */
    void update(String title, ComponentAnalysis analysis, int revealed) {
        update(title, analysis, revealed, BAND, false);
    }

    /**
     * As {@link #update(String, ComponentAnalysis, int)}, with bands {@code bandHeight} model units tall and,
     * when {@code withNames}, each band labelled with its owner's letter and its layer's name (the column is
     * then as wide as the longest name needs).
     */
    void update(String title, ComponentAnalysis analysis, int revealed, double bandHeight, boolean withNames) {
        List<Owner> owners = analysis.layers().stream().map(LayerAssessment::owner).toList();
        setAccessibleText(title + ": " + Boundary.spoken(catalog, analysis));
        boolean resized = bandHeight != band || withNames != names;
        band = bandHeight;
        names = withNames;
        width = names ? Math.max(WIDTH * band / BAND, namesWidth()) : WIDTH;
        if (!resized && owners.equals(shownOwners) && revealed == shownRevealed) {
            for (int i = 0; i < owners.size(); i++) {
                getChildren().get(i).getProperties().put(ASSESSMENT, analysis.layers().get(i));
                if (i < revealed) {
                    getChildren().get(i).setAccessibleText(bandText(analysis.layers().get(i)));
                }
            }
            return;
        }
        shownOwners = owners;
        shownRevealed = revealed;
        getChildren().clear();
        List<LayerAssessment> layers = analysis.layers();
        for (LayerAssessment l : layers) {
            getChildren().add(l.layer().ordinal() < revealed ? band(l) : hiddenBand(l));
        }
        addSeparators();
        Rectangle frame = new Rectangle(0, 0, width, height());
        frame.getStyleClass().add("layer-stack-frame");
        frame.setFill(null);
        frame.setStroke(Color.gray(0.2));
        getChildren().add(frame);
        if (names) {
            addNames(layers, revealed);
        } else {
            addLetters(layers.subList(0, Math.min(revealed, layers.size())));
        }
        analysis.highestAwsLayer().filter(l -> l.ordinal() < revealed).ifPresent(this::addDemarcation);
    }

    /** A band whose owner is not revealed yet: white, with the same place and the same assessment. */
    private Rectangle hiddenBand(LayerAssessment l) {
        Rectangle r = new Rectangle(0, top(l.layer()), width, band);
        r.setFill(Color.WHITE);
        r.getStyleClass().addAll("overlay-band", "overlay-band-hidden", "layer-" + l.layer().id());
        r.getProperties().put(ASSESSMENT, l);
        r.setAccessibleRole(AccessibleRole.TEXT);
        r.setAccessibleText(catalog.layer(l.layer()).name() + ": not revealed yet");
        return r;
    }

    /**
     * Focuses on one duty: the bands where the customer has it stay, the others fade; a component without
     * the duty fades whole. A null duty shows every band.
     */
    void focus(Duty duty, boolean hasDuty) {
        setOpacity(hasDuty ? 1 : OverlayView.FADED);
        for (Node n : getChildren()) {
            if (n.getProperties().get(ASSESSMENT) instanceof LayerAssessment l) {
                n.setOpacity(duty == null || !hasDuty || l.duties().contains(duty) ? 1 : 0.3);
            }
        }
    }

    /** "Guest operating system: Customer. Your duties: patch. Why: ..." for the tooltip and screen readers. */
    private String bandText(LayerAssessment l) {
        String duties = l.duties().isEmpty() ? "" : " Your duties: " + l.duties().stream()
                .map(d -> d.displayName().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ".";
        return catalog.layer(l.layer()).name() + ": " + l.owner().displayName() + "." + duties + " " + l.why();
    }

    private Rectangle band(LayerAssessment l) {
        Rectangle r = new Rectangle(0, top(l.layer()), width, band);
        r.setFill(OwnerStyle.fill(l.owner()));
        r.getStyleClass().addAll("overlay-band", OwnerStyle.styleClass(l.owner()), "layer-" + l.layer().id());
        r.getProperties().put(ASSESSMENT, l);
        r.setAccessibleRole(AccessibleRole.TEXT);
        r.setAccessibleText(bandText(l));
        return r;
    }

    /** Model y of a layer's band within the stack: the bottom layer is drawn lowest. */
    double top(Layer layer) {
        return height() - (layer.ordinal() + 1) * band;
    }

    /** Height of the column in model units. */
    double height() {
        return band * Layer.values().length;
    }

    /** Width of the column in model units. */
    double width() {
        return width;
    }

    /** Font size of the names: most of a band, so the names grow with the bands. */
    private double nameFont() {
        return Math.max(6, band * 0.55);
    }

    private double namesWidth() {
        double widest = 0;
        for (Layer layer : Layer.values()) {
            widest = Math.max(widest, nameText(Owner.SHARED, layer).getLayoutBounds().getWidth());
        }
        return widest + band;
    }

    /** The column's width in model units for bands {@code bandHeight} tall, with or without names. */
    static double width(Catalog catalog, double bandHeight, boolean withNames) {
        if (!withNames) {
            return WIDTH;
        }
        LayerStack probe = new LayerStack("probe", catalog);
        probe.band = bandHeight;
        return Math.max(WIDTH * bandHeight / BAND, probe.namesWidth());
    }

    /** "S  Guest operating system": the owner's letter keeps the band readable without its colour. */
    private Text nameText(Owner owner, Layer layer) {
        Text t = new Text(OwnerStyle.letter(owner) + "  " + catalog.layer(layer).name());
        t.setFont(Font.font("System", FontWeight.BOLD, nameFont()));
        t.setBoundsType(TextBoundsType.VISUAL);
        return t;
    }

    /**
     * Names every band, revealed or not, so the class can read the fourteen layers before their owners appear;
     * a hidden band's name is grey and has no letter.
     */
    private void addNames(List<LayerAssessment> layers, int revealed) {
        for (LayerAssessment l : layers) {
            boolean shown = l.layer().ordinal() < revealed;
            Text t = shown ? nameText(l.owner(), l.layer()) : nameText(Owner.NONE, l.layer());
            if (!shown) {
                t.setText(catalog.layer(l.layer()).name());
            }
            t.setFill(shown ? OwnerStyle.letterColor(l.owner()) : Color.gray(0.45));
            t.getStyleClass().add("overlay-band-name");
            t.setX(band / 2 - t.getLayoutBounds().getMinX());
            t.setY(top(l.layer()) + (band - t.getLayoutBounds().getHeight()) / 2 - t.getLayoutBounds().getMinY());
            getChildren().add(t);
        }
    }

    /** Faint lines between bands, so the fourteen layers can be counted inside a run of one owner. */
    private void addSeparators() {
        for (int i = 1; i < Layer.values().length; i++) {
            Line l = new Line(0, i * band, width, i * band);
            l.setStroke(Color.rgb(255, 255, 255, 0.55));
            l.setStrokeWidth(1);
            getChildren().add(l);
        }
    }

    private void addLetters(List<LayerAssessment> layers) {
        int start = 0;
        for (int i = 1; i <= layers.size(); i++) {
            if (i == layers.size() || layers.get(i).owner() != layers.get(start).owner()) {
                if (i - start >= 2) {
                    Owner owner = layers.get(start).owner();
                    double y = top(layers.get(i - 1).layer());
                    getChildren().add(letter(owner, y + (i - start) * band / 2));
                }
                start = i;
            }
        }
    }

    private Text letter(Owner owner, double centreY) {
        Text t = new Text(OwnerStyle.letter(owner));
        t.setFont(Font.font("System", FontWeight.BOLD, 13));
        t.setBoundsType(TextBoundsType.VISUAL);
        t.setFill(OwnerStyle.letterColor(owner));
        t.getStyleClass().add("overlay-letter");
        double w = t.getLayoutBounds().getWidth();
        double h = t.getLayoutBounds().getHeight();
        t.setX((width - w) / 2 - t.getLayoutBounds().getMinX());
        t.setY(centreY - h / 2 - t.getLayoutBounds().getMinY());
        return t;
    }

    /** A white-edged black line across the top of the highest AWS band, wider than the column. */
    private void addDemarcation(Layer highest) {
        double y = top(highest);
        Line halo = new Line(-5, y, width + 5, y);
        halo.setStrokeWidth(6);
        halo.setStroke(Color.WHITE);
        Line line = new Line(-5, y, width + 5, y);
        line.setStrokeWidth(3);
        line.setStroke(Color.BLACK);
        line.getStyleClass().addAll("demarcation-line", "demarcation-at-" + highest.id());
        getChildren().addAll(halo, line);
    }
}

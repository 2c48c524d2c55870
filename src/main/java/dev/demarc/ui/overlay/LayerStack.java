package dev.demarc.ui.overlay;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
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
 *
 * <p>Compact, when the bands are too thin on screen to be pointed at (an overview of a large diagram): each
 * owner's bands are one shape, without letters (too small to read there), and the pointer reads the whole
 * stack. Every node costs each frame's bounds pass, and fourteen bands and their letters were most of the scene
 * of a 500-component diagram.
 */
final class LayerStack extends Group {

    /** Width of the column in model units (see {@link OverlayMetrics}). */
    static final double WIDTH = OverlayMetrics.COLUMN;
    /** Property key of each band's {@link LayerAssessment}. */
    static final String ASSESSMENT = "demarc.assessment";

    private final Catalog catalog;
    private List<Owner> shownOwners;
    private int shownRevealed = -1;
    /** The band height, in model units, which {@link OverlayMetrics} sets from the zoom. */
    private double band = OverlayMetrics.MIN_BAND;
    private boolean names;
    private boolean compact;
    private List<LayerAssessment> shownLayers;
    private String shownTitle;
    /** The focus last applied (a lens), so an unchanged focus is not applied to every band again. */
    private Object focusedOn;
    private Boolean focusedKeep;

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
    void update(String title, ComponentAnalysis analysis, int revealed, double bandHeight, boolean withNames,
            boolean compactBands) {
        boolean sameLook = revealed == shownRevealed && bandHeight == band && withNames == names
                && compactBands == compact;
        if (sameLook && analysis.layers().equals(shownLayers) && title.equals(shownTitle)) {
            // Nothing it shows or says changed: a refresh of a large diagram passes most stacks by here.
            return;
        }
        shownLayers = analysis.layers();
        shownTitle = title;
        List<Owner> owners = analysis.layers().stream().map(LayerAssessment::owner).toList();
        setAccessibleText(title + ": " + Boundary.spoken(catalog, analysis));
        if (owners.equals(shownOwners) && sameLook) {
            if (!compact) {
                for (int i = 0; i < owners.size(); i++) {
                    getChildren().get(i).getProperties().put(ASSESSMENT, analysis.layers().get(i));
                    if (i < revealed) {
                        getChildren().get(i).setAccessibleText(bandText(analysis.layers().get(i)));
                    }
                }
            }
            return;
        }
        shownOwners = owners;
        shownRevealed = revealed;
        focusedOn = null;
        focusedKeep = null;
        band = bandHeight;
        names = withNames;
        compact = compactBands;
        getChildren().clear();
        List<LayerAssessment> layers = analysis.layers();
        if (compact) {
            getChildren().addAll(runs(layers));
        } else {
            for (LayerAssessment l : layers) {
                getChildren().add(l.layer().ordinal() < revealed ? band(l) : hiddenBand(l));
            }
        }
        addSeparators();
        Rectangle frame = new Rectangle(0, 0, WIDTH, height());
        frame.getStyleClass().add("layer-stack-frame");
        frame.setFill(null);
        frame.setStroke(Color.gray(0.2));
        getChildren().add(frame);
        if (!compact) {
            addLetters(layers.subList(0, Math.min(revealed, layers.size())));
        }
        analysis.highestAwsLayer().filter(l -> l.ordinal() < revealed).ifPresent(this::addDemarcation);
        if (names) {
            List<Text> texts = layers.stream().map(l -> name(l.layer())).toList();
            double right = texts.stream().mapToDouble(t -> t.getBoundsInParent().getMaxX()).max().orElse(WIDTH);
            // A pale backdrop, so a connection line passing behind the names does not strike through them.
            Rectangle backdrop = new Rectangle(WIDTH, 0, right - WIDTH + 4, height());
            backdrop.setFill(Color.rgb(255, 255, 255, 0.85));
            backdrop.getStyleClass().add("overlay-band-names-backdrop");
            getChildren().add(backdrop);
            getChildren().addAll(texts);
        }
    }

    /** The stack's height in model units. */
    double height() {
        return band * Layer.values().length;
    }

    /** A layer's name beside its band, as tall as the band allows. */
    private Text name(Layer layer) {
        Text t = new Text(catalog.layer(layer).name());
        t.setFont(Font.font("System", band * OverlayMetrics.NAME_FONT_SHARE));
        t.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        t.setFill(Color.web("#1A1A1A"));
        t.getStyleClass().add("overlay-band-name");
        t.setX(WIDTH + OverlayMetrics.NAME_GAP);
        t.setY(top(layer) + band / 2 - t.getLayoutBounds().getHeight() / 2 - t.getLayoutBounds().getMinY());
        return t;
    }

    /**
     * The compact bands: one shape per owner holding a rectangle for each run of that owner's bands, lowest owner
     * first. Every layer shows its owner: the overlay asks for a compact stack only when every layer is revealed.
     */
    private List<Path> runs(List<LayerAssessment> layers) {
        Map<Owner, Path> byOwner = new EnumMap<>(Owner.class);
        forEachRun(layers, (owner, lowest, highest, length) -> {
            double bottom = top(lowest) + band;
            double top = top(highest);
            byOwner.computeIfAbsent(owner, o -> run(OwnerStyle.fill(o), OwnerStyle.styleClass(o))).getElements()
                    .addAll(new MoveTo(0, top), new LineTo(WIDTH, top), new LineTo(WIDTH, bottom),
                            new LineTo(0, bottom), new ClosePath());
        });
        return List.copyOf(byOwner.values());
    }

    /** What {@link #forEachRun} hands on: one run of neighbouring layers with the same owner, bottom to top. */
    @FunctionalInterface
    private interface RunOfOwner {
        void accept(Owner owner, Layer lowest, Layer highest, int length);
    }

    /** Hands each run of neighbouring layers with the same owner to {@code run}, from the bottom up. */
    private static void forEachRun(List<LayerAssessment> layers, RunOfOwner run) {
        int start = 0;
        for (int i = 1; i <= layers.size(); i++) {
            if (i == layers.size() || layers.get(i).owner() != layers.get(start).owner()) {
                run.accept(layers.get(start).owner(), layers.get(start).layer(), layers.get(i - 1).layer(), i - start);
                start = i;
            }
        }
    }

    private static Path run(Paint fill, String styleClass) {
        Path p = new Path();
        p.setFill(fill);
        p.setStroke(null);
        p.getStyleClass().addAll("overlay-band-run", styleClass);
        return p;
    }

    /** A band whose owner is not revealed yet: white, with the same place and the same assessment. */
    private Rectangle hiddenBand(LayerAssessment l) {
        Rectangle r = new Rectangle(0, top(l.layer()), WIDTH, band);
        r.setFill(Color.WHITE);
        r.getStyleClass().addAll("overlay-band", "overlay-band-hidden", "layer-" + l.layer().id());
        r.getProperties().put(ASSESSMENT, l);
        r.setAccessibleRole(AccessibleRole.TEXT);
        r.setAccessibleText(catalog.layer(l.layer()).name() + ": not revealed yet");
        return r;
    }

    /**
     * Focuses on one duty: the bands where the customer has it stay, the others fade; a component without
     * the duty fades whole. A null duty shows every band. A compact stack fades only whole: its bands are too
     * thin to tell apart faded, and it has no band of its own to fade.
     */
    void focus(Duty duty, boolean hasDuty) {
        Object key = duty == null ? "all" : duty;
        if (key.equals(focusedOn) && Boolean.valueOf(hasDuty).equals(focusedKeep)) {
            return;
        }
        focusedOn = key;
        focusedKeep = hasDuty;
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
        Rectangle r = new Rectangle(0, top(l.layer()), WIDTH, band);
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

    /**
     * Faint lines between bands, so the fourteen layers can be counted inside a run of one owner: one path, not
     * thirteen lines (every node costs each frame's bounds pass, and a large diagram has hundreds of stacks).
     */
    private void addSeparators() {
        Path lines = new Path();
        for (int i = 1; i < Layer.values().length; i++) {
            lines.getElements().addAll(new MoveTo(0, i * band), new LineTo(WIDTH, i * band));
        }
        lines.setStroke(Color.rgb(255, 255, 255, 0.55));
        lines.setStrokeWidth(1);
        lines.getStyleClass().add("layer-stack-separators");
        getChildren().add(lines);
    }

    private void addLetters(List<LayerAssessment> layers) {
        forEachRun(layers, (owner, lowest, highest, length) -> {
            if (length >= 2) {
                getChildren().add(letter(owner, top(highest) + length * band / 2, band));
            }
        });
    }

    private static Text letter(Owner owner, double centreY, double band) {
        Text t = new Text(OwnerStyle.letter(owner));
        // Grows with the band (taller when zoomed out) up to what the column's width holds.
        t.setFont(Font.font("System", FontWeight.BOLD, Math.min(20, 13 * band / OverlayMetrics.MIN_BAND)));
        t.setBoundsType(TextBoundsType.VISUAL);
        t.setFill(OwnerStyle.letterColor(owner));
        t.getStyleClass().add("overlay-letter");
        double w = t.getLayoutBounds().getWidth();
        double h = t.getLayoutBounds().getHeight();
        t.setX((WIDTH - w) / 2 - t.getLayoutBounds().getMinX());
        t.setY(centreY - h / 2 - t.getLayoutBounds().getMinY());
        return t;
    }

    /** A white-edged black line across the top of the highest AWS band, wider than the column. */
    private void addDemarcation(Layer highest) {
        double y = top(highest);
        Line halo = new Line(-5, y, WIDTH + 5, y);
        halo.setStrokeWidth(6);
        halo.setStroke(Color.WHITE);
        Line line = new Line(-5, y, WIDTH + 5, y);
        line.setStrokeWidth(3);
        line.setStroke(Color.BLACK);
        line.getStyleClass().addAll("demarcation-line", "demarcation-at-" + highest.id());
        getChildren().addAll(halo, line);
    }
}

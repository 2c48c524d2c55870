package dev.demarc.ui.overlay;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.canvas.DisplayLayout;
import dev.demarc.ui.editor.EditorModel;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Every size of the responsibility overlay, in one place: the stack beside a card (its bands keep a minimum
 * height on screen, so it grows in model units when zoomed out, and carries the layer names when zoomed in),
 * the block of duty badges beside it, the network chip under a container's title. {@link OverlayView} draws with
 * these numbers and the canvas' {@link DisplayLayout} makes room for exactly them ({@link #of}), so what is
 * drawn and what is laid out cannot disagree.
 */
public final class OverlayMetrics implements DiagramCanvas.Footprints {

    /** Between a card's right edge and its stack, in model units. */
    static final double GAP = 8;
    /** Between the stack and the block of badges beside it. */
    static final double BADGE_GAP = 8;
    /** Kept free around every footprint: neighbours, container frames and connection labels stay clear. */
    static final double CLEARANCE = 22;
    /** The stack's column of bands. */
    static final double COLUMN = 30;
    /** A band is never thinner than this in model units... */
    static final double MIN_BAND = 9;
    /**
     * ...nor than this many pixels on screen, whatever the zoom: below that a band cannot be pointed at. Ten
     * pixels would push a two-row diagram in the default window down to 30% zoom, where the cards cannot be
     * read; eight keeps both readable, and the selected component's card shows its stack in full.
     */
    static final double MIN_BAND_PX = 8;
    /** From this band height on screen the layer names are written beside the bands. */
    static final double NAMES_FROM_PX = 14;
    /** The layer names' font size as a share of the band height. */
    static final double NAME_FONT_SHARE = 0.72;
    /** Between the column and the names. */
    static final double NAME_GAP = 5;
    /** A container's title bar (icon 22 + padding + frame), where no child and no chip may go. */
    static final double TITLE_BAR = 40;
    /** Between the title bar, the network chip under it and the first child (whose finding badge sticks up). */
    static final double CHIP_GAP = 6;
    /** How far a card's finding badge reaches above the card. */
    static final double FINDING_BADGE_RISE = 18;

    private static final Map<Duty, Double> BADGE_WIDTHS = new EnumMap<>(Duty.class);
    private static double widestName = -1;

    private final EditorModel model;
    private final BooleanSupplier dutiesShown;
    private final DoubleSupplier bandPixels;
    private final BooleanSupplier namesShown;
    /** By identity: an unchanged component keeps its instance from one diagram to the next. */
    private final Map<Component, DisplayLayout.Extra> memo = new IdentityHashMap<>();
    private Diagram memoDiagram;
    private Analysis memoAnalysis;
    private double memoZoom;
    private boolean memoDuties;
    private double memoBand;
    private boolean memoNames;
    private StackRows rows;

    /**
     * {@code bandPixels}: a band height on screen asked for instead of {@link #MIN_BAND_PX}, whatever the zoom (a
     * presentation asks for bands a class can read), or 0 for the editor's default.
     */
    OverlayMetrics(EditorModel model, BooleanSupplier dutiesShown, DoubleSupplier bandPixels,
            BooleanSupplier namesShown) {
        this.model = model;
        this.dutiesShown = dutiesShown;
        this.bandPixels = bandPixels;
        this.namesShown = namesShown;
    }

    /**
     * ...down to the zoom where a band would need this many model units (40%): further out, an overview of a
     * large diagram, the stacks shrink with everything else instead of outgrowing the cards.
     */
    static final double MAX_BAND = 20;

    /**
     * The height of one band at a zoom, in model units. A height asked for on screen (a presentation) holds at
     * every zoom: the layout makes room for it, and the presentation fits the diagram around it.
     */
    double band(double zoom) {
        double asked = bandPixels.getAsDouble();
        return asked > 0 ? Math.max(MIN_BAND, asked / zoom) : Math.min(MAX_BAND, Math.max(MIN_BAND,
                MIN_BAND_PX / zoom));
    }

    /**
     * Whether bands are thinner on screen than {@link #MIN_BAND_PX} at this zoom (an overview of a large diagram,
     * below 40%): too thin to point at, so a stack is drawn compact, one shape per owner.
     */
    boolean compactBands(double zoom) {
        return band(zoom) * zoom < MIN_BAND_PX - 1e-9;
    }

    /** Whether bands are tall enough on screen at this zoom to carry their layer names. */
    boolean names(double zoom) {
        return namesShown.getAsBoolean() && band(zoom) * zoom >= NAMES_FROM_PX;
    }

    /**
     * Whether {@code c}'s stack carries the layer names: where bands are tall enough, and only on the first
     * stack of a row. Services whose cards share a top edge have their stacks' bands on the same lines, so the
     * names beside the leftmost label them all; repeating them beside every stack took so much width that a row
     * of four services had to be shown at 60% with cards too small to read.
     */
    boolean names(Component c, double zoom) {
        return names(zoom) && rows().leads(c);
    }

    double stackHeight(double zoom) {
        return band(zoom) * Layer.values().length;
    }

    /** The stack's width: the column, and the names beside it when they are shown. */
    double stackWidth(Component c, double zoom) {
        return COLUMN + (names(c, zoom) ? NAME_GAP + widestName(model.catalog()) * band(zoom) * NAME_FONT_SHARE
                : 0);
    }

    private StackRows rows() {
        Diagram diagram = model.diagram();
        if (rows == null || !rows.of(diagram)) {
            rows = new StackRows(diagram, model.catalog());
        }
        return rows;
    }

    /** The widest layer name at font size 1, for the names' column. */
    private static synchronized double widestName(Catalog catalog) {
        if (widestName < 0) {
            double w = 0;
            for (Layer l : Layer.values()) {
                Text t = new Text(catalog.layer(l).name());
                t.setFont(Font.font("System", 100));
                w = Math.max(w, t.getLayoutBounds().getWidth() / 100);
            }
            widestName = w * 1.04;
        }
        return widestName;
    }

    /** The pill width of a duty's badge (its icon and short name). */
    static synchronized double badgeWidth(Duty duty) {
        return BADGE_WIDTHS.computeIfAbsent(duty, d -> DutyBadge.pillWidth(DutyBadge.shortName(d)));
    }

    /**
     * How many badges go in a row so that the block of badges is no taller than {@code height} (the card or its
     * stack, whichever is taller), at least one row: the badges stand beside the stack, where a wide screen
     * has room, rather than below it.
     */
    static int perRow(int count, double height) {
        double pitch = DutyBadge.HEIGHT + DutyBadges.ROW_SPACING;
        int rows = Math.max(1, (int) Math.floor((height - DutyBadge.RISE - DutyBadge.REACH + DutyBadges.ROW_SPACING)
                / pitch));
        return Math.max(1, (count + rows - 1) / rows);
    }

    /** Width and height of a block of badges for these duties, {@code perRow} a row, rings and discs included. */
    static double[] badgesSize(List<Duty> duties, int perRow) {
        if (duties.isEmpty()) {
            return new double[] {0, 0};
        }
        double width = 0;
        double row = 0;
        for (int i = 0; i < duties.size(); i++) {
            if (i % perRow == 0) {
                row = 0;
            }
            row += badgeWidth(duties.get(i)) + (i % perRow == 0 ? 0 : DutyBadges.SPACING);
            width = Math.max(width, row);
        }
        int rows = (duties.size() + perRow - 1) / perRow;
        double height = DutyBadge.RISE + rows * DutyBadge.HEIGHT + (rows - 1) * DutyBadges.ROW_SPACING
                + DutyBadge.REACH;
        return new double[] {width + 2 * DutyBadge.REACH, height};
    }

    /** The room above a container's first child: its title bar and, when shown, its network chip. */
    double containerTop(boolean chip) {
        return TITLE_BAR + (chip ? NetworkChip.HEIGHT + CHIP_GAP : 0) + CHIP_GAP + FINDING_BADGE_RISE;
    }

    /** Where a service's block of badges starts, right of its card, relative to the card's right edge. */
    double badgesOffset(Component c, double zoom) {
        return GAP + stackWidth(c, zoom) + BADGE_GAP;
    }

    /**
     * What a component needs beside its card. Remembered per component until the diagram, the analysis, the zoom,
     * the band height or the duties' switch changes (the diagram too: whether a stack carries the layer names
     * depends on the other cards of its row, and a large diagram's analysis arrives frames after an edit): a
     * refresh asks several times per component (the layout, the label obstacles, the parts), and a large diagram
     * has hundreds.
     */
    @Override
    public DisplayLayout.Extra of(Component c, double zoom) {
        Analysis analysis = model.analysis();
        boolean duties = dutiesShown.getAsBoolean();
        double asked = bandPixels.getAsDouble();
        boolean names = namesShown.getAsBoolean();
        Diagram diagram = model.diagram();
        if (diagram != memoDiagram || analysis != memoAnalysis || zoom != memoZoom || duties != memoDuties
                || asked != memoBand || names != memoNames) {
            memo.clear();
            memoDiagram = diagram;
            memoAnalysis = analysis;
            memoZoom = zoom;
            memoDuties = duties;
            memoBand = asked;
            memoNames = names;
        }
        return memo.computeIfAbsent(c, x -> compute(x, zoom));
    }

    private DisplayLayout.Extra compute(Component c, double zoom) {
        TypeSpec spec = model.catalog().spec(c.type());
        ComponentAnalysis ca = model.analysis().component(c.id()).orElse(null);
        if (spec.container()) {
            boolean chip = dutiesShown.getAsBoolean() && model.analysis().networkExposure(c.id()).isPresent();
            return new DisplayLayout.Extra(0, 0, containerTop(chip));
        }
        double w = spec.width(c);
        double h = spec.height(c);
        double right = GAP + stackWidth(c, zoom);
        double tall = Math.max(h, stackHeight(zoom));
        if (dutiesShown.getAsBoolean()) {
            List<Duty> duties = ca == null ? List.of(Duty.values()) : List.copyOf(ca.duties());
            double[] size = badgesSize(duties, perRow(duties.size(), tall));
            if (size[1] > 0) {
                right += BADGE_GAP + size[0];
                tall = Math.max(tall, size[1]);
            }
        }
        return new DisplayLayout.Extra(right, tall - h, 0);
    }

    @Override
    public List<Geometry.Rect> parts(Component c, Geometry.Rect at, double zoom) {
        double right = at.x() + at.width();
        double stackHeight = stackHeight(zoom);
        // The demarcation line reaches a little past the column on both sides.
        Geometry.Rect stack = new Geometry.Rect(right + GAP - 6, at.y() - 2, stackWidth(c, zoom) + 12,
                stackHeight + 4);
        DisplayLayout.Extra extra = of(c, zoom);
        double badgesLeft = right + badgesOffset(c, zoom);
        double badgesWidth = right + extra.right() - badgesLeft;
        if (!dutiesShown.getAsBoolean() || badgesWidth <= 0) {
            return List.of(stack);
        }
        return List.of(stack, new Geometry.Rect(badgesLeft, at.y(), badgesWidth, at.height() + extra.below()));
    }

    @Override
    public double clearance() {
        return CLEARANCE;
    }
}

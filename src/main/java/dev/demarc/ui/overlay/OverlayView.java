package dev.demarc.ui.overlay;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.NetworkExposure;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The responsibility overlay: a projection of the model's {@link Analysis}, never stored in the model or the
 * undo history (ADR 6). While {@link DiagramCanvas#showOverlayProperty() the toggle} is on, every service
 * gets a {@link LayerStack} just right of its card and a block of {@link DutyBadges} beside that, every VPC
 * and subnet a {@link NetworkChip} under its title bar, all in the canvas' overlay layer (zoomed with the
 * world, mouse-transparent, so editing works as usual). The canvas' display layout makes room for exactly
 * what {@link OverlayMetrics} says these take (ADR 7), so nothing is drawn over anything else. The
 * {@link OverlayLegend} is docked under the canvas in the editor, and floats on it in pictures and Present.
 *
 * <p>A lens ({@link #lensProperty()}) focuses on one duty: components without it fade, and so do the bands
 * and badges of the other duties. When an exposure finding is selected in the findings table, the path the
 * internet takes to its resource is drawn ({@link ExposurePathView}), with the overlay on or off.
 *
 * <p>It redraws from each new analysis, which the model publishes after every edit, undo and redo; it uses
 * the geometry of the diagram that analysis was made from, so stacks and findings always agree. Each view
 * follows its card's translation, so it moves with a drag preview before the move is committed.
 */
public final class OverlayView {

    /** From this many components on, switching the overlay on builds its views over several frames. */
    static final int BUILD_IN_STEPS_FROM = 200;
    /** Components whose views are built per frame during such a build. */
    static final int PER_FRAME = 20;
    /** How much of itself a faded component keeps, as opacity. */
    static final double FADED = 0.22;
    private static final PseudoClass LENS_FADED = PseudoClass.getPseudoClass("lens-faded");

    private final EditorModel model;
    private final DiagramCanvas canvas;
    private final Pane layer;
    private final OverlayLegend legend = new OverlayLegend();
    /** The width of the right-hand column the floating legend stands in, or 0 along the bottom. */
    private double legendSide;
    private final OverlayMetrics metrics;
    private final SelectedStackCard card;
    private Runnable compareAction = () -> { };
    /** Where the legend is docked beside the canvas, or null while it floats on the canvas (pictures, Present). */
    private Pane dock;
    private final Map<String, LayerStack> stacks = new HashMap<>();
    private final Map<String, DutyBadges> badges = new HashMap<>();
    private final Map<String, NetworkChip> chips = new HashMap<>();
    private final ObjectProperty<Duty> lens = new SimpleObjectProperty<>(this, "lens");
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private final IntegerProperty revealed = new SimpleIntegerProperty(this, "revealed", Layer.values().length);
    private final BooleanProperty dutiesShown = new SimpleBooleanProperty(this, "dutiesShown", true);
    private final BooleanProperty namesShown = new SimpleBooleanProperty(this, "namesShown", true);
    private final DoubleProperty bandPixels = new SimpleDoubleProperty(this, "bandPixels", 0);
    private final List<String> fadedCards = new ArrayList<>();
    private ObservableValue<Finding> selectedFinding = new SimpleObjectProperty<>();
    private ExposurePathView path;
    private final boolean buildInSteps;
    /** The build in steps under way, or null. */
    private AnimationTimer stepper;
    private int built;

    public OverlayView(EditorModel model, DiagramCanvas canvas) {
        this(model, canvas, true);
    }

    /**
     * @param buildInSteps whether switching on for a large diagram may spread the building over frames; an
     *                     off-screen picture, taken at once, builds everything immediately
     */
    public OverlayView(EditorModel model, DiagramCanvas canvas, boolean buildInSteps) {
        this.buildInSteps = buildInSteps;
        this.model = model;
        this.canvas = canvas;
        this.layer = canvas.overlayLayer();
        legend.setVisible(false);
        legend.managedProperty().bind(legend.visibleProperty());
        canvas.screenLayer().getChildren().add(legend);
        legendAtSide(0);
        canvas.heightProperty().addListener((o, a, b) -> placeLegend());
        canvas.widthProperty().addListener((o, a, b) -> placeLegend());
        legend.heightProperty().addListener((o, a, b) -> placeLegend());
        card = new SelectedStackCard(model.catalog(), this::openCompare);
        card.setVisible(false);
        card.setManaged(false);
        card.link().setVisible(false);
        card.link().setManaged(false);
        // Only the link takes clicks, and keeps them from the canvas' gestures (which would clear the selection).
        card.link().addEventHandler(MouseEvent.ANY, Event::consume);
        card.link().getProperties().put(DiagramCanvas.CLICKABLE, true);
        canvas.screenLayer().getChildren().addAll(card, card.link());
        canvas.widthProperty().addListener((o, a, b) -> showCard());
        canvas.heightProperty().addListener((o, a, b) -> showCard());
        metrics = new OverlayMetrics(model, dutiesShown::get, bandPixels::get, namesShown::get);
        canvas.setFootprints(metrics);
        // The canvas lays the diagram out afresh (its listeners run first) after every edit, zoom and overlay
        // switch; the overlay redraws from each analysis, and after a zoom, whose band height changes the stacks.
        model.analysisProperty().addListener((o, a, b) -> refresh());
        canvas.displayLayoutProperty().addListener((o, a, b) -> followLayout());
        canvas.zoomProperty().addListener((o, a, b) -> {
            if (canvas.showOverlayProperty().get()) {
                refresh();
            }
        });
        canvas.showOverlayProperty().addListener((o, a, b) -> refresh());
        lens.addListener((o, a, b) -> applyLens());
        revealed.addListener((o, a, b) -> refresh());
        // Badges and chips take room: the canvas makes it (or gives it back), then the overlay redraws.
        dutiesShown.addListener((o, a, b) -> {
            canvas.setFootprints(metrics);
            refresh();
        });
        bandPixels.addListener((o, a, b) -> {
            canvas.setFootprints(metrics);
            refresh();
        });
        namesShown.addListener((o, a, b) -> {
            canvas.setFootprints(metrics);
            refresh();
        });
        legendShown.addListener((o, a, b) -> legend.setVisible(b && canvas.showOverlayProperty().get()));
        model.selection().addListener((SetChangeListener<String>) c -> {
            refreshPath();
            showCard();
        });
        canvas.setOverlayTooltip(this::hoverText);
        canvas.onPan(this::placeCard);
        refresh();
    }

    /** The duty the overlay focuses on; null shows every duty. */
    public ObjectProperty<Duty> lensProperty() {
        return lens;
    }

    /**
     * How many layers, from facilities upward, show their owner; the rest are drawn empty. All fourteen
     * unless a presentation is revealing them one by one.
     */
    public IntegerProperty revealedLayersProperty() {
        return revealed;
    }

    /** Whether the duty badges and network chips are shown (a presentation keeps them for its last step). */
    public BooleanProperty dutiesShownProperty() {
        return dutiesShown;
    }

    /**
     * A band height on screen that holds at every zoom, with the layer names beside the bands from
     * {@link OverlayMetrics#NAMES_FROM_PX} up; 0 (the editor) keeps the default. The layout makes room for it.
     */
    public DoubleProperty bandPixelsProperty() {
        return bandPixels;
    }

    /**
     * Gives the bands the tallest height of {@code ladder} (on-screen pixels, tallest first) at which the zoom
     * {@code fitting} reports (the zoom fitting would choose with those bands) is {@code readableZoom} or more.
     * When none is, thinner bands no longer buy zoom beyond some point (a wide diagram is held by its width, which
     * the bands' height does not change): the tallest whose zoom is as good as the best is taken. Returns that
     * zoom. A presentation and a slide share this choice, each with its own idea of fitting.
     */
    public double chooseTallestBands(double[] ladder, double readableZoom, DoubleSupplier fitting) {
        BandChoice.Choice chosen = BandChoice.tallest(ladder, readableZoom, px -> {
            bandPixels.set(px);
            return fitting.getAsDouble();
        });
        bandPixels.set(chosen.band());
        return chosen.zoom();
    }

    /**
     * Whether the bands carry their layer names where they are tall enough (the default). A presentation leaves
     * them out at its duties step, where the badges take their place beside the stack.
     */
    public BooleanProperty namesShownProperty() {
        return namesShown;
    }

    /** Whether the legend is shown while the overlay is on; the user can hide it to win room. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** The catalog the overlay's words come from. */
    public Catalog catalog() {
        return model.catalog();
    }

    /** The analysis the overlay shows. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return model.analysisProperty();
    }

    /** Draws the exposure path of the finding this value holds, whenever it is an exposure finding. */
    public void followSelectedFinding(ObservableValue<Finding> finding) {
        selectedFinding = finding;
        finding.addListener((o, a, b) -> refreshPath());
        refreshPath();
    }

    /**
     * Keeps the legend in the canvas' bottom-left corner while it floats on the canvas, or at the foot of the
     * column along the right edge it was given ({@link #legendAtSide}).
     */
    private void placeLegend() {
        if (dock == null) {
            double x = legendSide > 0 ? canvas.getWidth() - legendSide - 12 : 12;
            legend.relocate(x, canvas.getHeight() - legend.getHeight() - 12);
        }
    }

    /**
     * Where the legend floats on the canvas: {@code width} &gt; 0 stands it, wrapped to that width, at the foot of
     * a column along the right edge (a presentation whose caption stands there, for a diagram taller than wide);
     * 0 lays it along the bottom, as wide as the canvas.
     */
    public void legendAtSide(double width) {
        legendSide = width;
        legend.prefWrapLengthProperty().unbind();
        legend.narrowTo(width > 0 ? width - 24 : 0);
        if (width > 0) {
            legend.setPrefWrapLength(width - 24);
            legend.setPrefWidth(width);
            legend.getProperties().put(DiagramCanvas.AT_RIGHT, true);
        } else {
            legend.prefWrapLengthProperty().bind(canvas.widthProperty().subtract(48));
            legend.setPrefWidth(Region.USE_COMPUTED_SIZE);
            legend.getProperties().remove(DiagramCanvas.AT_RIGHT);
        }
        legend.applyCss();
        legend.autosize();
        placeLegend();
    }

    /**
     * Docks the legend in {@code target}, beside or under the canvas, so it never covers the diagram; null
     * puts it back on the canvas (a presentation or a picture shows it there, with room kept free by the fit).
     */
    public void dockLegend(Pane target) {
        if (target == dock) {
            return;
        }
        (dock == null ? canvas.screenLayer() : dock).getChildren().remove(legend);
        dock = target;
        legend.setLayoutX(0);
        legend.setLayoutY(0);
        (dock == null ? canvas.screenLayer() : dock).getChildren().add(legend);
        placeLegend();
    }

    /** Reconciles the views with the current analysis, or removes them all while the overlay is off. */
    private void refresh() {
        boolean on = canvas.showOverlayProperty().get();
        legend.setVisible(on && legendShown.get());
        path = pathView();
        if (!on) {
            stopStepping();
            stacks.values().forEach(OverlayView::unfollow);
            badges.values().forEach(OverlayView::unfollow);
            chips.values().forEach(OverlayView::unfollow);
            stacks.clear();
            badges.clear();
            chips.clear();
            layer.getChildren().setAll(path == null ? List.of() : List.of(path));
            applyLens();
            showCard();
            return;
        }
        int count = model.analysis().components().size();
        if (buildInSteps && stepper == null && stacks.isEmpty() && badges.isEmpty() && chips.isEmpty()
                && count >= BUILD_IN_STEPS_FROM) {
            startStepping();
            return;
        }
        if (stepper != null) {
            // A build in steps is under way; it ends with a full reconcile of the newest analysis.
            return;
        }
        reconcile(count);
    }

    /**
     * Switching the overlay on for a large diagram builds its views over several frames, a batch a frame, with
     * the progress in the status bar, so the window keeps answering instead of freezing for a second or more.
     */
    private void startStepping() {
        built = 0;
        stepper = new AnimationTimer() {
            @Override
            public void handle(long now) {
                int count = model.analysis().components().size();
                built = Math.min(count, built + PER_FRAME);
                if (built >= count || !canvas.showOverlayProperty().get()) {
                    stopStepping();
                    refresh();
                    return;
                }
                reconcile(built);
                model.hint("Drawing the responsibility overlay: " + built + " of " + count + " components...");
            }
        };
        model.hint("Drawing the responsibility overlay: 0 of " + count() + " components...");
        stepper.start();
    }

    private int count() {
        return model.analysis().components().size();
    }

    private void stopStepping() {
        if (stepper != null) {
            stepper.stop();
            stepper = null;
            model.hint("");
        }
    }

    /** Reconciles the views of the first {@code limit} components of the current analysis (all, usually). */
    private void reconcile(int limit) {
        Analysis analysis = model.analysis();
        List<Node> shown = new ArrayList<>();
        Map<String, LayerStack> aliveStacks = new HashMap<>();
        Map<String, DutyBadges> aliveBadges = new HashMap<>();
        Map<String, NetworkChip> aliveChips = new HashMap<>();
        for (ComponentAnalysis ca : analysis.components().subList(0, Math.min(limit,
                analysis.components().size()))) {
            Component c = ca.component();
            TypeSpec spec = model.catalog().spec(c.type());
            String title = model.catalog().title(c);
            Geometry.Rect at = canvas.displayRect(c);
            if (spec.container()) {
                Optional<NetworkExposure> exposure = analysis.networkExposure(c.id());
                if (exposure.isPresent() && dutiesShown.get()) {
                    NetworkChip chip = chips.computeIfAbsent(c.id(), NetworkChip::new);
                    chip.update(title, exposure.get(), ca.layer(Layer.NETWORK_CONFIG).owner(),
                            analysis.outboundGateway(c.id()).map(Component::displayLabel).orElse(""));
                    placeChip(chip, at);
                    follow(chip, c.id());
                    aliveChips.put(c.id(), chip);
                    shown.add(chip);
                }
                continue;
            }
            double zoom = canvas.getZoom();
            LayerStack stack = stacks.computeIfAbsent(c.id(), id -> new LayerStack(id, model.catalog()));
            // A compact stack shows every owner at once, so only a stack with every layer revealed may be compact.
            boolean allRevealed = revealed.get() >= Layer.values().length;
            stack.update(title, ca, revealed.get(), metrics.band(zoom), metrics.names(c, zoom),
                    allRevealed && metrics.compactBands(zoom));
            placeStack(stack, at);
            follow(stack, c.id());
            aliveStacks.put(c.id(), stack);
            shown.add(stack);
            if (!dutiesShown.get()) {
                continue;
            }
            // Badges stand beside the stack, in as many rows as the card or the stack is tall.
            DutyBadges row = badges.computeIfAbsent(c.id(), DutyBadges::new);
            row.update(title, ca, OverlayMetrics.perRow(ca.duties().size(), Math.max(at.height(), stack.height())),
                    DutyBadge.detailedAt(zoom));
            placeBadges(row, c, at, zoom);
            follow(row, c.id());
            aliveBadges.put(c.id(), row);
            shown.add(row);
        }
        retire(stacks, aliveStacks);
        retire(badges, aliveBadges);
        retire(chips, aliveChips);
        if (path != null) {
            shown.add(path);
        }
        ObservableList<Node> current = layer.getChildren();
        if (shown.size() > current.size() && shown.subList(0, current.size()).equals(current)) {
            // Only new views at the end (a build in steps): add them, rather than re-adding (and restyling) all.
            current.addAll(shown.subList(current.size(), shown.size()));
        } else if (!current.equals(shown)) {
            current.setAll(shown);
        }
        showUncoveredChips();
        applyLens();
        showCard();
    }

    /** On its own line under the title bar, where the layout keeps room above the first child. */
    private static void placeChip(NetworkChip chip, Geometry.Rect at) {
        chip.setLayoutX(at.x() + OverlayMetrics.CHIP_GAP + 4);
        chip.setLayoutY(at.y() + OverlayMetrics.TITLE_BAR);
    }

    /** Top-aligned with the card; the stack's origin is its column's top-left corner. */
    private static void placeStack(LayerStack stack, Geometry.Rect at) {
        stack.setLayoutX(at.x() + at.width() + OverlayMetrics.GAP);
        stack.setLayoutY(at.y());
    }

    private void placeBadges(DutyBadges row, Component c, Geometry.Rect at, double zoom) {
        row.setLayoutX(at.x() + at.width() + metrics.badgesOffset(c, zoom) + DutyBadge.REACH);
        row.setLayoutY(at.y());
    }

    /**
     * Moves what is drawn for each component to where the canvas' new display layout puts the card, in the
     * frame the cards move in: a large diagram's analysis arrives a few frames later, and the stacks must not
     * lag behind their cards until then. What they show changes only with the analysis.
     */
    private void followLayout() {
        if (!canvas.showOverlayProperty().get()) {
            return;
        }
        double zoom = canvas.getZoom();
        for (Component c : model.diagram().components()) {
            LayerStack stack = stacks.get(c.id());
            DutyBadges row = badges.get(c.id());
            NetworkChip chip = chips.get(c.id());
            if (stack == null && row == null && chip == null) {
                continue;
            }
            Geometry.Rect at = canvas.displayRect(c);
            if (stack != null) {
                placeStack(stack, at);
            }
            if (row != null) {
                placeBadges(row, c, at, zoom);
            }
            if (chip != null) {
                placeChip(chip, at);
            }
        }
    }

    /**
     * Shows the selected service's expanded stack in a corner of the view it does not cover (top right, else
     * top left, else bottom right), or hides it when the overlay is off or no single service is selected.
     */
    private void showCard() {
        Optional<ComponentAnalysis> selected = canvas.showOverlayProperty().get()
                ? model.singleSelection().flatMap(id -> model.analysis().component(id)) : Optional.empty();
        Optional<Component> c = selected.map(ComponentAnalysis::component)
                .flatMap(x -> model.diagram().component(x.id()))
                .filter(x -> !model.catalog().spec(x.type()).container());
        if (c.isEmpty()) {
            card.setVisible(false);
            card.link().setVisible(false);
            return;
        }
        card.show(model.catalog().title(c.get()) + ": who runs each layer", selected.get());
        card.setVisible(true);
        card.placeLink();
        placeCard();
    }

    /**
     * Puts the selected service's card in the first corner of the view (top right, top left, bottom right, bottom
     * left) where it covers no service, its stack or its badges. Where every corner would cover one, the card
     * stays hidden until a zoom, a pan or a larger window makes room: the diagram matters more, and the
     * Responsibility tab beside it shows the same stack.
     */
    private void placeCard() {
        Optional<Component> selected = canvas.showOverlayProperty().get()
                ? model.singleSelection().flatMap(id -> model.diagram().component(id))
                        .filter(x -> !model.catalog().spec(x.type()).container())
                : Optional.empty();
        if (selected.isEmpty()) {
            return;
        }
        double zoom = canvas.getZoom();
        List<Bounds> all = new ArrayList<>();
        for (Component other : model.diagram().components()) {
            if (!model.catalog().spec(other.type()).container()) {
                all.addAll(drawn(other, zoom));
            }
        }
        card.applyCss();
        card.autosize();
        double w = card.getWidth();
        double h = card.getHeight();
        double[][] corners = {{canvas.getWidth() - w - 12, 12}, {12, 12},
                {canvas.getWidth() - w - 12, canvas.getHeight() - h - 12}, {12, canvas.getHeight() - h - 12}};
        for (double[] corner : corners) {
            if (all.stream().noneMatch(b -> b.intersects(corner[0], corner[1], w, h))) {
                card.relocate(corner[0], corner[1]);
                card.setVisible(true);
                card.placeLink();
                return;
            }
        }
        card.setVisible(false);
        card.link().setVisible(false);
    }

    /** Where a service is drawn, with its stack and badges, in the canvas' own coordinates. */
    private List<Bounds> drawn(Component c, double zoom) {
        Geometry.Rect at = canvas.displayRect(c);
        List<Bounds> out = new ArrayList<>();
        out.add(onScreen(at));
        for (Geometry.Rect part : metrics.parts(c, at, zoom)) {
            out.add(onScreen(part));
        }
        return out;
    }

    /** A rectangle of the world (display units) in the canvas' own coordinates. */
    private Bounds onScreen(Geometry.Rect r) {
        Point2D a = canvas.toLocal(r.x(), r.y());
        Point2D b = canvas.toLocal(r.x() + r.width(), r.y() + r.height());
        return new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    /** A component's card and, with the overlay on, its stack and badges: one box around them (display units). */
    private Geometry.Rect footprint(Component c) {
        Geometry.Rect at = canvas.displayRect(c);
        double x0 = at.x();
        double y0 = at.y();
        double x1 = at.x() + at.width();
        double y1 = at.y() + at.height();
        if (canvas.showOverlayProperty().get() && !model.catalog().spec(c.type()).container()) {
            for (Geometry.Rect part : metrics.parts(c, at, canvas.getZoom())) {
                x0 = Math.min(x0, part.x());
                y0 = Math.min(y0, part.y());
                x1 = Math.max(x1, part.x() + part.width());
                y1 = Math.max(y1, part.y() + part.height());
            }
        }
        return new Geometry.Rect(x0, y0, x1 - x0, y1 - y0);
    }

    /** Whether a rectangle of the drawing touches no service's footprint (containers do not count). */
    private boolean clearOfServices(Geometry.Rect r) {
        for (Component c : model.diagram().components()) {
            if (model.catalog().spec(c.type()).container()) {
                continue;
            }
            Geometry.Rect f = footprint(c);
            if (r.x() < f.x() + f.width() && f.x() < r.x() + r.width()
                    && r.y() < f.y() + f.height() && f.y() < r.y() + r.height()) {
                return false;
            }
        }
        return true;
    }

    /** Opens Compare Services from the expanded stack's link; the window's menus supply how. */
    public void setCompareAction(Runnable action) {
        compareAction = action;
    }

    private void openCompare() {
        compareAction.run();
    }

    /** Replaces the views of {@code current} with {@code alive}, unbinding those that are gone. */
    private static <T extends Node> void retire(Map<String, T> current, Map<String, T> alive) {
        current.forEach((id, n) -> {
            if (!alive.containsKey(id)) {
                unfollow(n);
            }
        });
        current.clear();
        current.putAll(alive);
    }

    /** Redraws only the exposure path, after the finding or the selection changed. */
    private void refreshPath() {
        if (path != null) {
            layer.getChildren().remove(path);
        }
        path = pathView();
        if (path != null) {
            layer.getChildren().add(path);
        }
        showUncoveredChips();
    }

    /** Hides the network chips a stop of the exposure path stands on: the stop says the same, numbered. */
    private void showUncoveredChips() {
        chips.forEach((id, chip) -> chip.setVisible(path == null || !path.covered().contains(id)));
    }

    /**
     * The path of the selected finding, if it is an exposure finding whose resource the current analysis still
     * finds exposed and which is still selected on the canvas (selecting something else puts the path away).
     */
    private ExposurePathView pathView() {
        Finding f = selectedFinding.getValue();
        if (f == null || f.category() != Duty.EXPOSE || f.components().isEmpty()
                || !model.selection().contains(f.components().get(0))) {
            return null;
        }
        Optional<ExposurePath> exposure = model.analysis().exposurePath(f.components().get(0));
        return exposure.map(p -> new ExposurePathView(p, model.analysis(), model.catalog(), canvas::displayRect,
                this::footprint, this::clearOfServices)).orElse(null);
    }

    /**
     * Fades what the lens does not focus on: whole components without the duty (card, stack, badges, chip),
     * and on the others the bands and badges of other duties. Without a lens, or with the overlay off,
     * everything is shown in full.
     */
    private void applyLens() {
        Duty focus = canvas.showOverlayProperty().get() ? lens.get() : null;
        for (String id : fadedCards) {
            Node card = canvas.componentNode(id);
            if (card != null) {
                card.pseudoClassStateChanged(LENS_FADED, false);
            }
        }
        fadedCards.clear();
        for (ComponentAnalysis ca : model.analysis().components()) {
            String id = ca.component().id();
            boolean keep = focus == null || ca.duties().contains(focus);
            if (!keep) {
                Node card = canvas.componentNode(id);
                if (card != null) {
                    card.pseudoClassStateChanged(LENS_FADED, true);
                    fadedCards.add(id);
                }
            }
            LayerStack stack = stacks.get(id);
            if (stack != null) {
                stack.focus(focus, keep);
            }
            DutyBadges row = badges.get(id);
            if (row != null) {
                row.focus(focus, keep);
            }
            NetworkChip chip = chips.get(id);
            if (chip != null) {
                chip.setOpacity(keep ? 1 : FADED);
            }
        }
    }

    /**
     * The accessible text of the deepest overlay part under a point in scene coordinates (a band, a badge,
     * a chip or a stop of the exposure path), for the canvas tooltip; null when there is none.
     */
    String hoverText(double sceneX, double sceneY) {
        if (layer.getChildren().isEmpty()) {
            return null;
        }
        Point2D p = layer.sceneToLocal(sceneX, sceneY);
        List<Node> children = layer.getChildren();
        for (int i = children.size() - 1; i >= 0; i--) {
            String text = textAt(children.get(i), p);
            if (text != null) {
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    /**
     * Searches {@code node} (its parent's point {@code p}) for the deepest shape under the point: returns the
     * accessible text of that shape or of its nearest ancestor that has one, "" when the hit part has none,
     * and null when nothing of {@code node} is under the point (a group's empty corners do not count).
     */
    private static String textAt(Node node, Point2D p) {
        if (!node.isVisible() || !node.getBoundsInParent().contains(p)) {
            return null;
        }
        Point2D local = node.parentToLocal(p);
        String own = node.getAccessibleText() == null ? "" : node.getAccessibleText();
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                String text = textAt(children.get(i), local);
                if (text != null) {
                    return text.isEmpty() ? own : text;
                }
            }
            return null;
        }
        return node.contains(local) ? own : null;
    }

    /** Binds a node's translation to its card's, which is non-zero only while a drag is previewed. */
    private void follow(Node node, String id) {
        Node card = canvas.componentNode(id);
        if (card == null) {
            unfollow(node);
            return;
        }
        node.translateXProperty().bind(card.translateXProperty());
        node.translateYProperty().bind(card.translateYProperty());
    }

    private static void unfollow(Node node) {
        node.translateXProperty().unbind();
        node.translateYProperty().unbind();
    }
}

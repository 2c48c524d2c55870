package dev.demarc.ui.canvas;

import dev.demarc.analysis.Analysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * The drawing surface. Layers, bottom to top: the grid (in screen coordinates, behind everything), then
 * inside the zoomed and panned world: containers, connections, services, the overlay (mouse-transparent,
 * for the responsibility overlay), selection feedback (mouse-transparent) and handles. Every layer picks
 * only its children ({@code pickOnBounds(false)}).
 *
 * <p>One view per model element, found through a map by id. Views are reconciled with the model whenever
 * the diagram, its analysis or the selection changes; they never hold state of their own. Input is routed by
 * {@link CanvasGestures} to one class per gesture (move, band select, resize, connect, pan, keys, drop).
 */
public final class DiagramCanvas extends Region {

    /** Property key marking a node of the {@link #screenLayer()} that takes clicks. */
    public static final String CLICKABLE = "demarc.clickable";
    /**
     * Property key (value {@code true}) marking a node of the {@link #screenLayer()} that stands along the right
     * edge, such as a presentation's side caption: fitting keeps the diagram left of it. Other visible panels of
     * that layer float over the bottom, and fitting keeps the diagram above them.
     */
    public static final String AT_RIGHT = "demarc.atRight";
    /** Grid spacing in model units; also the snap step. */
    public static final double GRID = 20;
    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 4;
    /** Fitting the view and laying out for the overlay depend on each other (the stack's size follows zoom). */
    private static final int FIT_ROUNDS = 10;
    /** Zooms tried from the highest fitting may choose down to the lowest, before refining by bisection. */
    private static final int FIT_SCAN_STEPS = 24;
    /** The connection label's font size (demarc.css, .connection-label; the projector theme's is no larger). */
    private static final double LABEL_FONT = 13;
    /** The label's padding and a margin either side of it. */
    private static final double LABEL_PAD = 24;
    /** A container's title bar, which connection labels keep clear of. */
    private static final double CONTAINER_TITLE = 40;
    /** How far a card's finding badge reaches above it. */
    private static final double BADGE_RISE = ComponentView.BADGE_RISE;

    private final EditorModel model;
    private final Catalog catalog;
    private final Geometry geometry;

    private final Canvas grid = new Canvas();
    private final Pane world = new Pane();
    private final Pane containerLayer = layer("container-layer");
    private final Pane connectionLayer = layer("connection-layer");
    private final Pane serviceLayer = layer("service-layer");
    private final Pane overlayLayer = layer("overlay-layer");
    private final Pane feedbackLayer = layer("feedback-layer");
    private final Pane handleLayer = layer("handle-layer");
    /** Above the world, in screen coordinates (not zoomed): mouse-transparent, for legends. */
    private final Pane screenLayer = layer("screen-layer");
    private final DoubleProperty maxFitZoom = new SimpleDoubleProperty(this, "maxFitZoom", 1);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate(0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", false);
    /** Whether the responsibility overlay is on; drawn by {@code dev.demarc.ui.overlay.OverlayView}. */
    private final BooleanProperty showOverlay = new SimpleBooleanProperty(this, "showOverlay", false);

    /** Where components are drawn: the model's places, stretched to make room while the overlay is on. */
    private final ObjectProperty<DisplayLayout> displayLayout =
            new SimpleObjectProperty<>(this, "displayLayout", DisplayLayout.IDENTITY);
    private Footprints footprints;
    private Obstacles obstacles = Obstacles.NONE;
    /** Measured connection labels, by text: measuring is slow and labels repeat. */
    private final Map<String, Bounds> labelSizes = new HashMap<>();
    private final Map<String, ComponentView> views = new HashMap<>();
    private final Map<String, ConnectionView> connectionViews = new HashMap<>();
    private final CanvasGestures gestures;
    /**
     * True from opening a document until the user zooms or pans: while it holds, the view keeps the whole
     * diagram fitted as the canvas takes its final size (the window settles, gets maximized).
     */
    private boolean autoFit = true;
    private double fittedWidth;
    private double fittedHeight;
    private final Handles handles;
    private OverlayTooltip overlayTooltip;
    private Node emptyHint;
    private final StepwiseBuild build;

    /** A canvas that builds all its views at once, as a picture needs. */
    public DiagramCanvas(EditorModel model) {
        this(model, false);
    }

    /**
     * A canvas; with {@code buildInSteps}, the views of a large diagram are built over several frames with the
     * progress in the status bar (see {@link StepwiseBuild}), so opening one never freezes the window.
     */
    public DiagramCanvas(EditorModel model, boolean buildInSteps) {
        this.model = model;
        this.build = new StepwiseBuild(model, buildInSteps, this::refresh);
        this.catalog = model.catalog();
        this.geometry = model.edits().geometry();
        getStyleClass().add("diagram-canvas");
        setId("canvas");
        setFocusTraversable(true);
        feedbackLayer.setMouseTransparent(true);
        overlayLayer.setMouseTransparent(true);
        world.getChildren().addAll(containerLayer, connectionLayer, serviceLayer, overlayLayer, feedbackLayer,
                handleLayer);
        world.getTransforms().addAll(pan, scale);
        world.setPickOnBounds(false);
        world.setManaged(false);
        // Not mouse-transparent, so a panel in it (the overlay's expanded stack) can hold a link; it picks only
        // its children, and only those marked CLICKABLE: legends and captions let clicks through to the diagram.
        screenLayer.setManaged(false);
        screenLayer.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                for (Node n : c.getAddedSubList()) {
                    n.setMouseTransparent(!n.getProperties().containsKey(CLICKABLE));
                }
            }
        });
        getChildren().addAll(grid, world, screenLayer);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        grid.setMouseTransparent(true);

        installTooltip();
        handles = new Handles(this, handleLayer);
        gestures = new CanvasGestures(this, model);
        model.diagramProperty().addListener((o, a, b) -> refresh());
        model.analysisProperty().addListener((o, a, b) -> refresh());
        model.selection().addListener((SetChangeListener<String>) c -> selectionChanged(
                c.wasAdded() ? c.getElementAdded() : c.getElementRemoved()));
        model.selectedConnections().addListener((SetChangeListener<String>) c -> updateConnections());
        // Opening a document fits it into view; the first edit or zoom ends that.
        model.diagramProperty().addListener((o, a, b) -> autoFit = false);
        model.openedProperty().addListener((o, a, b) -> requestFit());
        showOverlay.addListener((o, a, b) -> {
            refresh();
            // Switching the overlay changes the drawing's size: refit when the view was fitted or now hides some.
            if (autoFit || !allInView()) {
                requestFit();
            }
        });
        zoom.addListener((o, a, b) -> {
            if (showOverlay.get() && footprints != null) {
                refresh();
            }
        });
        showGrid.addListener((o, a, b) -> drawGrid());
        widthProperty().addListener((o, a, b) -> drawGrid());
        heightProperty().addListener((o, a, b) -> drawGrid());
        refresh();
    }

    /**
     * One tooltip for the whole canvas whose text follows the component under the pointer: a tooltip per
     * component would cost a popup window each on a diagram of hundreds.
     */
    private void installTooltip() {
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(600));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        Tooltip.install(this, tip);
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            Node n = e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof ComponentView)) {
                n = n.getParent();
            }
            String over = overlayTooltip == null ? null : overlayTooltip.text(e.getSceneX(), e.getSceneY());
            String text = over != null ? over : n == null ? null : ((ComponentView) n).tooltipText();
            if (text == null) {
                tip.hide();
                tip.setText("");
            } else if (!text.equals(tip.getText())) {
                tip.setText(text);
            }
        });
        tip.setOnShowing(e -> {
            if (tip.getText() == null || tip.getText().isEmpty()) {
                Platform.runLater(tip::hide);
            }
        });
    }

    /**
     * What the responsibility overlay draws beside each component, so the display layout can make room for
     * it; supplied by {@code ui.overlay}, which the canvas may not depend on.
     */
    public interface Footprints {
        /** The room a component needs beyond its box, in model units, at the given zoom. */
        DisplayLayout.Extra of(Component c, double zoom);

        /** The space kept free between one component's footprint and anything else. */
        double clearance();

        /**
         * The rectangles a service and what is drawn for it take when the service is drawn at {@code at}: its
         * card, its stack, its badges. Finer than the footprint, whose bounding box has free corners.
         */
        List<Geometry.Rect> parts(Component c, Geometry.Rect at, double zoom);
    }

    /** Sets the overlay's footprints; the layout makes room for them while the overlay is on. */
    public void setFootprints(Footprints source) {
        footprints = source;
        refresh();
    }

    /** The current display layout; a new value after every refresh that moved something. */
    public ReadOnlyObjectProperty<DisplayLayout> displayLayoutProperty() {
        return displayLayout;
    }

    /** Where a component is drawn now (model units, stretched while the overlay is on). */
    public Geometry.Rect displayRect(Component c) {
        return displayLayout.get().rect(c, catalog);
    }

    /** The model point drawn at a point of the world (display units). */
    public Point2D displayToModel(Point2D p) {
        DisplayLayout l = displayLayout.get();
        return l.isIdentity() ? p : new Point2D(l.modelX(p.getX()), l.modelY(p.getY()));
    }

    /** The top-most component drawn under a world point (display units). */
    Optional<Component> componentAtDisplay(double x, double y) {
        List<Component> order = geometry.drawingOrder(model.diagram());
        for (int i = order.size() - 1; i >= 0; i--) {
            if (displayRect(order.get(i)).contains(x, y)) {
                return Optional.of(order.get(i));
            }
        }
        return Optional.empty();
    }

    /** The components drawn wholly inside a world rectangle (display units). */
    Set<String> insideDisplay(Geometry.Rect area) {
        Set<String> out = new HashSet<>();
        for (Component c : model.diagram().components()) {
            if (area.contains(displayRect(c))) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** Gives the text of whatever an overlay drew under a point in scene coordinates, or null. */
    @FunctionalInterface
    public interface OverlayTooltip {
        String text(double sceneX, double sceneY);
    }

    /**
     * Lets the overlay, which is mouse-transparent so editing is never in its way, still explain its bands and
     * badges in the canvas tooltip: its text wins over the component's.
     */
    public void setOverlayTooltip(OverlayTooltip source) {
        overlayTooltip = source;
    }

    private static Pane layer(String styleClass) {
        Pane p = new Pane();
        p.setPickOnBounds(false);
        p.getStyleClass().add(styleClass);
        return p;
    }

    @Override
    protected void layoutChildren() {
        grid.setWidth(getWidth());
        grid.setHeight(getHeight());
        if (autoFit && getWidth() > 200 && getHeight() > 150
                && (getWidth() != fittedWidth || getHeight() != fittedHeight)) {
            fittedWidth = getWidth();
            fittedHeight = getHeight();
            fit();
        }
        drawGrid();
        placeEmptyHint();
    }

    /** Fits the diagram into the view at the next layout, when the canvas has its real size. */
    public void requestFit() {
        autoFit = true;
        fittedWidth = 0;
        fittedHeight = 0;
        requestLayout();
    }

    /** Reconciles the views with the model: one view per component and connection, in drawing order. */
    void refresh() {
        Diagram d = model.diagram();
        Analysis analysis = model.analysis();
        List<Component> order = geometry.drawingOrder(d);
        DisplayLayout layout = layoutAt(zoom.get());
        displayLayout.set(layout);
        List<Geometry.Rect> now = obstacles(d, layout);
        // Kept when equal, so connections whose ends did not move skip placing their labels again.
        if (!now.equals(obstacles.boxes())) {
            obstacles = new Obstacles(now);
        }
        Set<String> alive = new HashSet<>();
        List<Node> containers = new ArrayList<>();
        List<Node> services = new ArrayList<>();
        int allowance = build.allowance((int) order.stream().filter(c -> !views.containsKey(c.id())).count());
        for (Component c : order) {
            TypeSpec spec = catalog.spec(c.type());
            ComponentView view = views.get(c.id());
            if (view == null && allowance == 0) {
                continue;
            }
            if (view == null || view.type() != spec) {
                allowance -= view == null ? 1 : 0;
                view = new ComponentView(spec, c);
                views.put(c.id(), view);
            }
            view.update(c, layout.rect(c, catalog), model.selection().contains(c.id()),
                    analysis.component(c.id()).orElse(null));
            alive.add(c.id());
            (spec.container() ? containers : services).add(view);
        }
        views.keySet().retainAll(alive);
        // Re-adding unchanged children would re-style every node; only reorder when the order changed.
        setChildrenIfChanged(containerLayer, containers);
        setChildrenIfChanged(serviceLayer, services);
        Set<String> liveConnections = new HashSet<>();
        List<Node> lines = new ArrayList<>();
        for (Connection k : d.connections()) {
            if (!views.containsKey(k.from()) || !views.containsKey(k.to())) {
                continue;
            }
            ConnectionView view = connectionViews.computeIfAbsent(k.id(), id -> new ConnectionView(k));
            liveConnections.add(k.id());
            lines.add(view);
        }
        connectionViews.keySet().retainAll(liveConnections);
        setChildrenIfChanged(connectionLayer, lines);
        updateConnections();
        handles.update();
        build.built(views.size(), order.size());
    }

    /** A selection change restyles only the component concerned, not the whole diagram. */
    private void selectionChanged(String id) {
        model.diagram().component(id).ifPresent(c -> {
            ComponentView view = views.get(id);
            if (view != null) {
                view.update(c, displayRect(c), model.selection().contains(id),
                        model.analysis().component(id).orElse(null));
            }
        });
        handles.update();
    }

    private static void setChildrenIfChanged(Pane layer, List<Node> children) {
        ObservableList<Node> now = layer.getChildren();
        if (now.equals(children)) {
            return;
        }
        // Views built in steps arrive after those already shown: adding only them spares restyling the rest.
        if (children.size() > now.size() && children.subList(0, now.size()).equals(now)) {
            now.addAll(children.subList(now.size(), children.size()));
        } else {
            now.setAll(children);
        }
    }

    /** Redraws every connection from the views' current bounds (which follow a drag preview). */
    void updateConnections() {
        for (Connection k : model.diagram().connections()) {
            ConnectionView view = connectionViews.get(k.id());
            ComponentView from = views.get(k.from());
            ComponentView to = views.get(k.to());
            if (view != null && from != null && to != null) {
                view.update(k, viewBounds(from), viewBounds(to), model.selectedConnections().contains(k.id()),
                        obstacles);
            }
        }
    }

    /**
     * What a connection's label must keep clear of: every card with what the overlay draws beside and below it,
     * and every container's title (and chip) bar.
     */
    private List<Geometry.Rect> obstacles(Diagram d, DisplayLayout layout) {
        List<Geometry.Rect> out = new ArrayList<>();
        boolean overlay = showOverlay.get() && footprints != null;
        for (Component c : d.components()) {
            Geometry.Rect r = layout.rect(c, catalog);
            DisplayLayout.Extra e = overlay ? footprints.of(c, zoom.get()) : DisplayLayout.Extra.NONE;
            if (catalog.spec(c.type()).container()) {
                out.add(new Geometry.Rect(r.x(), r.y(), r.width(), Math.max(CONTAINER_TITLE, e.top())));
            } else {
                out.add(new Geometry.Rect(r.x(), r.y() - BADGE_RISE, r.width(), r.height() + BADGE_RISE));
                if (overlay) {
                    out.addAll(footprints.parts(c, r, zoom.get()));
                }
            }
        }
        return out;
    }

    private static Bounds viewBounds(ComponentView v) {
        return new BoundingBox(v.getLayoutX() + v.getTranslateX(), v.getLayoutY() + v.getTranslateY(),
                v.getPrefWidth(), v.getPrefHeight());
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        g.clearRect(0, 0, grid.getWidth(), grid.getHeight());
        if (!showGrid.get()) {
            return;
        }
        double step = GRID * zoom.get();
        if (step < 6) {
            step *= 5;
        }
        g.setFill(Color.gray(0.5, 0.35));
        double startX = pan.getX() % step;
        double startY = pan.getY() % step;
        for (double x = startX; x < grid.getWidth(); x += step) {
            for (double y = startY; y < grid.getHeight(); y += step) {
                g.fillRect(x - 1, y - 1, 2, 2);
            }
        }
    }

    // ---- coordinates, zoom and pan -------------------------------------------------------------------

    /**
     * The world point under a point of this canvas (local coordinates): a model point while the overlay is
     * off, a display point of the {@link #displayLayoutProperty() layout} while it is on.
     */
    public Point2D toModel(double localX, double localY) {
        return new Point2D((localX - pan.getX()) / zoom.get(), (localY - pan.getY()) / zoom.get());
    }

    /** The canvas point (local coordinates) showing a model point. */
    public Point2D toLocal(double modelX, double modelY) {
        return new Point2D(modelX * zoom.get() + pan.getX(), modelY * zoom.get() + pan.getY());
    }

    /**
     * The part of the model in view, less a small margin, or null before the canvas has a size. Drops
     * land inside it so a new component is never placed off screen.
     */
    public Geometry.Rect visibleArea() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return null;
        }
        double inset = 8;
        Point2D topLeft = toModel(inset, inset);
        Point2D bottomRight = toModel(getWidth() - inset, getHeight() - inset);
        return Geometry.Rect.between(topLeft.getX(), topLeft.getY(), bottomRight.getX(), bottomRight.getY());
    }

    /** The model point at the centre of the view: where keyboard and double-click placement put things. */
    public Point2D viewCentre() {
        return displayToModel(toModel(getWidth() / 2, getHeight() / 2));
    }

    /** Zooms to {@code value}, keeping the model point under the local point (px, py) where it is. */
    public void zoomTo(double value, double px, double py) {
        autoFit = false;
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        Point2D anchor = toModel(px, py);
        zoom.set(z);
        scale.setX(z);
        scale.setY(z);
        pan.setX(px - anchor.getX() * z);
        pan.setY(py - anchor.getY() * z);
        drawGrid();
    }

    public void zoomBy(double factor) {
        zoomTo(zoom.get() * factor, getWidth() / 2, getHeight() / 2);
    }

    /** Shows the view at {@code value} zoom with the model point (x, y) at the top-left corner. */
    public void showAt(double value, double x, double y) {
        autoFit = false;
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        zoom.set(z);
        scale.setX(z);
        scale.setY(z);
        panTo(-x * z, -y * z);
    }

    public void actualSize() {
        zoomTo(1, getWidth() / 2, getHeight() / 2);
    }

    /**
     * The highest zoom that fitting may choose: 100% in the editor, so a small diagram is not blown up;
     * Present raises it to fill the screen.
     */
    public DoubleProperty maxFitZoomProperty() {
        return maxFitZoom;
    }

    /**
     * Zooms and pans so the whole diagram fits the view, at most at {@link #maxFitZoomProperty()}, now. It ends
     * the fitting that follows the view's size after opening: the caller has chosen this view.
     */
    public void zoomToFit() {
        autoFit = false;
        fit();
    }

    /**
     * The zoom fitting would choose now, without applying it: the largest zoom, up to the highest fitting may
     * choose, at which the whole diagram as drawn there (the overlay's footprints depend on the zoom) fits the
     * view with its margins. A presentation and a slide ask it to choose how tall their bands can be.
     */
    public double fittingZoom() {
        List<Component> all = model.diagram().components();
        Room room = room();
        if (all.isEmpty() || room.width() <= 0 || room.height() <= 0) {
            return 1;
        }
        return fittingZoom(all, room.width(), room.height());
    }

    /**
     * The part of the view fitting fills: the view less its margins and what floats over its bottom (a legend, a
     * presentation's caption) or along its right edge (a presentation's side caption, marked {@link #AT_RIGHT}),
     * which must not cover the diagram. In view pixels, from the top-left corner (margin, margin).
     */
    private Room room() {
        double margin = fitMargin();
        double right = 0;
        double bottom = 0;
        for (Node n : screenLayer.getChildren()) {
            if (n.isVisible()) {
                n.applyCss();
                if (n instanceof Parent p) {
                    p.layout();
                }
                Bounds b = n.getBoundsInParent();
                if (Boolean.TRUE.equals(n.getProperties().get(AT_RIGHT))) {
                    right = Math.max(right, getWidth() - b.getMinX());
                } else {
                    bottom = Math.max(bottom, getHeight() - b.getMinY());
                }
            }
        }
        return new Room(margin, getWidth() - margin - Math.max(margin, right + 12),
                getHeight() - margin - Math.max(margin, bottom + 12));
    }

    /** The room fitting fills: it starts at (margin, margin) and is this wide and tall. */
    private record Room(double margin, double width, double height) {
        double centreX() {
            return margin + width / 2;
        }

        double centreY() {
            return margin + height / 2;
        }
    }

    /**
     * The largest zoom that fits. The drawing does not grow steadily with the zoom: the overlay's bands keep their
     * height on screen, so at a small zoom they are tall in the model and the layout opens wide gaps for them. A
     * coarse scan from the highest zoom down finds the first that fits, and bisection refines it towards the
     * scanned zoom above, which did not.
     */
    private double fittingZoom(List<Component> all, double roomX, double roomY) {
        double hi = Math.max(MIN_ZOOM, maxFitZoom.get());
        if (fits(all, hi, roomX, roomY)) {
            return hi;
        }
        double step = Math.pow(MIN_ZOOM / hi, 1.0 / FIT_SCAN_STEPS);
        double above = hi;
        for (int i = 1; i <= FIT_SCAN_STEPS; i++) {
            double z = Math.max(MIN_ZOOM, hi * Math.pow(step, i));
            if (fits(all, z, roomX, roomY)) {
                double lo = z;
                double top = above;
                for (int k = 0; k < FIT_ROUNDS; k++) {
                    double mid = (lo + top) / 2;
                    if (fits(all, mid, roomX, roomY)) {
                        lo = mid;
                    } else {
                        top = mid;
                    }
                }
                return lo;
            }
            above = z;
        }
        return MIN_ZOOM;
    }

    /** With the overlay on, every pixel counts: its stacks keep a height on screen whatever the zoom. */
    private double fitMargin() {
        return showOverlay.get() ? 20 : 40;
    }

    private void fit() {
        List<Component> all = model.diagram().components();
        Room room = room();
        double margin = room.margin();
        double roomX = room.width();
        double roomY = room.height();
        if (all.isEmpty() || roomX <= 0 || roomY <= 0) {
            setZoom(1);
            panTo(0, 0);
            return;
        }
        // The overlay's footprint depends on the zoom (its bands keep a height on screen), so the fitting zoom
        // is found by bisection: the largest zoom, up to the highest fitting may choose, whose layout fits the view.
        double lo = fittingZoom(all, roomX, roomY);
        setZoom(lo);
        Geometry.Rect r = drawnBounds(all, displayLayout.get(), lo).orElseThrow();
        if (fits(all, lo, roomX, roomY)) {
            panTo(room.centreX() - r.centerX() * lo, room.centreY() - r.centerY() * lo);
        } else {
            // Too large even at the smallest zoom: show the top-left corner, where a diagram starts.
            panTo(margin - r.x() * lo, margin - r.y() * lo);
        }
    }

    /**
     * Pans so the drawing, as laid out now, sits in the middle of the room fitting uses, at the current zoom. A
     * presentation keeps its zoom from step to step while the drawing narrows and widens (the duty badges come
     * and go), and centres each step.
     */
    public void centreAtCurrentZoom() {
        List<Component> all = model.diagram().components();
        Room room = room();
        double z = zoom.get();
        drawnBounds(all, displayLayout.get(), z).ifPresent(r -> {
            if (r.width() * z <= room.width() && r.height() * z <= room.height()) {
                panTo(room.centreX() - r.centerX() * z, room.centreY() - r.centerY() * z);
            }
        });
    }

    private boolean fits(List<Component> all, double z, double roomX, double roomY) {
        Geometry.Rect r = drawnBounds(all, layoutAt(z), z).orElseThrow();
        return r.width() * z <= roomX && r.height() * z <= roomY;
    }

    /** The layout the diagram would have at a zoom: stretched for the overlay's footprints while it is on. */
    private DisplayLayout layoutAt(double z) {
        if (!showOverlay.get() || footprints == null) {
            return DisplayLayout.IDENTITY;
        }
        Map<String, double[]> labels = labelRoom(model.diagram());
        return DisplayLayout.stretch(model.diagram(), catalog, c -> {
            DisplayLayout.Extra e = footprints.of(c, z);
            double[] room = labels.get(c.id());
            return room == null ? e : new DisplayLayout.Extra(e.right() + room[0], e.below() + room[1], e.top());
        }, footprints.clearance());
    }

    /**
     * The room each connection's label needs beyond its first end's footprint, on the side its other end lies:
     * the label of a connection between two services side by side goes between the first one's badges and
     * the second card, so the layout keeps a gap that wide.
     */
    private Map<String, double[]> labelRoom(Diagram d) {
        Map<String, double[]> room = new HashMap<>();
        for (Connection k : d.connections()) {
            if (k.label() == null || k.label().isBlank()) {
                continue;
            }
            Optional<Component> a = d.component(k.from());
            Optional<Component> b = d.component(k.to());
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            Geometry.Rect ra = geometry.bounds(a.get());
            Geometry.Rect rb = geometry.bounds(b.get());
            Component first = ra.x() <= rb.x() ? a.get() : b.get();
            Geometry.Rect r1 = ra.x() <= rb.x() ? ra : rb;
            Geometry.Rect r2 = ra.x() <= rb.x() ? rb : ra;
            Bounds text = labelSizes.computeIfAbsent(k.label(), label -> {
                Text t = new Text(label);
                t.setFont(Font.font(LABEL_FONT));
                return t.getLayoutBounds();
            });
            double w = text.getWidth() + LABEL_PAD;
            double h = text.getHeight() + LABEL_PAD;
            double[] r = room.computeIfAbsent(first.id(), id -> new double[2]);
            if (r1.x() + r1.width() <= r2.x()) {
                r[0] = Math.max(r[0], w);
            }
            Component upper = ra.y() <= rb.y() ? a.get() : b.get();
            Geometry.Rect u1 = ra.y() <= rb.y() ? ra : rb;
            Geometry.Rect u2 = ra.y() <= rb.y() ? rb : ra;
            if (u1.y() + u1.height() <= u2.y()) {
                double[] ru = room.computeIfAbsent(upper.id(), id -> new double[2]);
                ru[1] = Math.max(ru[1], h);
            }
        }
        return room;
    }

    /** The bounds of everything drawn, in display units, or empty for an empty diagram. */
    private Optional<Geometry.Rect> drawnBounds(List<Component> components) {
        return drawnBounds(components, displayLayout.get(), zoom.get());
    }

    private Optional<Geometry.Rect> drawnBounds(List<Component> components, DisplayLayout layout, double z) {
        Geometry.Rect all = null;
        for (Component c : components) {
            Geometry.Rect r = layout.rect(c, catalog);
            all = all == null ? r : all.union(r);
        }
        if (all == null) {
            return Optional.empty();
        }
        if (showOverlay.get() && footprints != null) {
            for (Component c : components) {
                DisplayLayout.Extra e = footprints.of(c, z);
                Geometry.Rect r = layout.rect(c, catalog);
                all = all.union(new Geometry.Rect(r.x(), r.y(), r.width() + e.right(), r.height() + e.below()));
            }
        }
        return Optional.of(all);
    }

    /** Whether everything drawn is inside the view. */
    private boolean allInView() {
        Optional<Geometry.Rect> all = drawnBounds(model.diagram().components());
        if (all.isEmpty()) {
            return true;
        }
        Point2D a = toLocal(all.get().x(), all.get().y());
        Point2D b = toLocal(all.get().x() + all.get().width(), all.get().y() + all.get().height());
        return a.getX() >= 0 && a.getY() >= 0 && b.getX() <= getWidth() && b.getY() <= getHeight();
    }

    private void setZoom(double z) {
        zoom.set(z);
        scale.setX(z);
        scale.setY(z);
    }

    /** Pans (and zooms out if needed) so the given components are in view. */
    public void reveal(Collection<String> ids) {
        List<Component> shown = ids.stream().map(id -> model.diagram().component(id)).flatMap(Optional::stream)
                .toList();
        Optional<Geometry.Rect> area = drawnBounds(shown);
        if (area.isEmpty() || getWidth() <= 0) {
            return;
        }
        Geometry.Rect r = area.get();
        double z = zoom.get();
        double fit = Math.min((getWidth() - 80) / r.width(), (getHeight() - 80) / r.height());
        if (fit < z) {
            z = Math.max(MIN_ZOOM, fit);
            zoom.set(z);
            scale.setX(z);
            scale.setY(z);
        }
        panTo(getWidth() / 2 - r.centerX() * z, getHeight() / 2 - r.centerY() * z);
    }

    /** Reveals a component only when some of it is outside the view, so walking with the keyboard keeps still. */
    void ensureVisible(String id) {
        if (!isFullyVisible(List.of(id))) {
            reveal(List.of(id));
        }
    }

    /** Whether every one of the components lies wholly in the view (true when none exists). */
    public boolean isFullyVisible(Collection<String> ids) {
        for (String id : ids) {
            Optional<Component> c = model.diagram().component(id);
            if (c.isEmpty()) {
                continue;
            }
            // Where it is drawn: stretched for the overlay while that is on.
            Geometry.Rect r = displayRect(c.get());
            Point2D topLeft = toLocal(r.x(), r.y());
            Point2D bottomRight = toLocal(r.x() + r.width(), r.y() + r.height());
            if (topLeft.getX() < 0 || topLeft.getY() < 0 || bottomRight.getX() > getWidth()
                    || bottomRight.getY() > getHeight()) {
                return false;
            }
        }
        return true;
    }

    void panBy(double dx, double dy) {
        autoFit = false;
        panTo(pan.getX() + dx, pan.getY() + dy);
    }

    /** Runs {@code action} whenever the view pans: whatever floats over the canvas may need another place. */
    public void onPan(Runnable action) {
        pan.xProperty().addListener((o, a, b) -> action.run());
        pan.yProperty().addListener((o, a, b) -> action.run());
    }

    private void panTo(double x, double y) {
        pan.setX(x);
        pan.setY(y);
        drawGrid();
    }

    public double getZoom() {
        return zoom.get();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty showOverlayProperty() {
        return showOverlay;
    }

    // ---- access for gestures and handles -------------------------------------------------------------

    EditorModel model() {
        return model;
    }

    Geometry geometry() {
        return geometry;
    }

    ComponentView view(String id) {
        return views.get(id);
    }

    Pane feedbackLayer() {
        return feedbackLayer;
    }

    Pane handleLayer() {
        return handleLayer;
    }

    /** The overlay layer: mouse-transparent, above the components, for the responsibility overlay. */
    public Pane overlayLayer() {
        return overlayLayer;
    }

    /**
     * Shows {@code hint} centred over the canvas while the diagram has no component (the getting-started
     * panel); it goes with the first component and comes back when the last one is deleted.
     */
    public void showWhenEmpty(Node hint) {
        hint.setManaged(false);
        getChildren().add(hint);
        Runnable follow = () -> hint.setVisible(model.diagram().components().isEmpty());
        model.diagramProperty().addListener((o, a, b) -> follow.run());
        follow.run();
        emptyHint = hint;
        requestLayout();
    }

    private void placeEmptyHint() {
        if (emptyHint != null) {
            emptyHint.autosize();
            double w = emptyHint.getLayoutBounds().getWidth();
            double h = emptyHint.getLayoutBounds().getHeight();
            emptyHint.relocate(Math.max(0, (getWidth() - w) / 2), Math.max(0, (getHeight() - h) / 2));
        }
    }

    /**
     * A layer above everything in screen (canvas-local) coordinates, for legends and panels; only a node added
     * with the {@link #CLICKABLE} property takes clicks.
     */
    public Pane screenLayer() {
        return screenLayer;
    }

    /**
     * The node showing a component, or null. The overlay follows its translation, which a drag previews
     * before the move is committed to the model.
     */
    public Node componentNode(String id) {
        return views.get(id);
    }

    Handles handles() {
        return handles;
    }

    /** Starts renaming the single selected component in place (F2 or double-click). */
    public void renameSelected() {
        model.singleSelection().ifPresent(gestures::startRename);
    }

    /** Adds a component of {@code type} at the centre of the view and selects it. */
    public void placeAtCentre(ComponentType type) {
        Point2D centre = viewCentre();
        gestures.place(type, centre.getX(), centre.getY());
    }
}

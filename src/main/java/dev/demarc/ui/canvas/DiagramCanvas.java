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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The drawing surface. Layers, bottom to top: the grid (in screen coordinates, behind everything), then
 * inside the zoomed and panned world: containers, connections, services, the overlay (mouse-transparent,
 * for the responsibility overlay), selection feedback (mouse-transparent) and handles. Every layer picks
 * only its children ({@code pickOnBounds(false)}).
 *
 * <p>One view per model element, found through a map by id. Views are reconciled with the model whenever
 * the diagram, its analysis or the selection changes; they never hold state of their own. Gestures live in
 * {@link CanvasGestures}.
 */
public final class DiagramCanvas extends Region {

    /** Grid spacing in model units; also the snap step. */
    public static final double GRID = 20;
    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 4;
    /** Model units beside the rightmost component that its overlay stack needs. */
    private static final double OVERLAY_ROOM = 50;
    /** Model units an overlay stack (taller than a service card) reaches above and below it. */
    private static final double OVERLAY_OVERHANG = 30;
    /**
     * Model units the overlay's duty badges reach below a service card of the default height (76): they
     * start under the stack (25 below the card) plus a gap of 6, then two rows of 24-unit badges 10 apart
     * with their 3-unit severity rings (see OverlayView and DutyBadges).
     */
    private static final double OVERLAY_BADGE_ROOM = 96;

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
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate(0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", false);
    /** Whether the responsibility overlay is on; drawn by {@code dev.demarc.ui.overlay.OverlayView}. */
    private final BooleanProperty showOverlay = new SimpleBooleanProperty(this, "showOverlay", false);

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
    private javafx.scene.Node emptyHint;

    public DiagramCanvas(EditorModel model) {
        this.model = model;
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
        screenLayer.setMouseTransparent(true);
        screenLayer.setManaged(false);
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
            if (autoFit) {
                requestFit();
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
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(600));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        javafx.scene.control.Tooltip.install(this, tip);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            javafx.scene.Node n = e.getPickResult().getIntersectedNode();
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
                javafx.application.Platform.runLater(tip::hide);
            }
        });
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
        Set<String> alive = new HashSet<>();
        List<javafx.scene.Node> containers = new java.util.ArrayList<>();
        List<javafx.scene.Node> services = new java.util.ArrayList<>();
        for (Component c : order) {
            TypeSpec spec = catalog.spec(c.type());
            ComponentView view = views.get(c.id());
            if (view == null || view.type() != spec) {
                view = new ComponentView(spec, c);
                views.put(c.id(), view);
            }
            view.update(c, spec.width(c), spec.height(c), model.selection().contains(c.id()),
                    analysis.component(c.id()).orElse(null));
            alive.add(c.id());
            (spec.container() ? containers : services).add(view);
        }
        views.keySet().retainAll(alive);
        // Re-adding unchanged children would re-style every node; only reorder when the order changed.
        setChildrenIfChanged(containerLayer, containers);
        setChildrenIfChanged(serviceLayer, services);
        Set<String> liveConnections = new HashSet<>();
        List<javafx.scene.Node> lines = new java.util.ArrayList<>();
        for (Connection k : d.connections()) {
            ConnectionView view = connectionViews.computeIfAbsent(k.id(), id -> new ConnectionView(k));
            liveConnections.add(k.id());
            lines.add(view);
        }
        connectionViews.keySet().retainAll(liveConnections);
        setChildrenIfChanged(connectionLayer, lines);
        updateConnections();
        handles.update();
    }

    /** A selection change restyles only the component concerned, not the whole diagram. */
    private void selectionChanged(String id) {
        model.diagram().component(id).ifPresent(c -> {
            ComponentView view = views.get(id);
            if (view != null) {
                TypeSpec spec = catalog.spec(c.type());
                view.update(c, spec.width(c), spec.height(c), model.selection().contains(id),
                        model.analysis().component(id).orElse(null));
            }
        });
        handles.update();
    }

    private static void setChildrenIfChanged(Pane layer, List<javafx.scene.Node> children) {
        if (!layer.getChildren().equals(children)) {
            layer.getChildren().setAll(children);
        }
    }

    /** Redraws every connection from the views' current bounds (which follow a drag preview). */
    void updateConnections() {
        for (Connection k : model.diagram().connections()) {
            ConnectionView view = connectionViews.get(k.id());
            ComponentView from = views.get(k.from());
            ComponentView to = views.get(k.to());
            if (view != null && from != null && to != null) {
                view.update(k, viewBounds(from), viewBounds(to), model.selectedConnections().contains(k.id()));
            }
        }
    }

    private static Bounds viewBounds(ComponentView v) {
        return new javafx.geometry.BoundingBox(v.getLayoutX() + v.getTranslateX(), v.getLayoutY() + v.getTranslateY(),
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

    /** The model point under a point of this canvas (local coordinates). */
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
        return toModel(getWidth() / 2, getHeight() / 2);
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

    /** Zooms and pans so the whole diagram fits the view, at most at 100%. */
    public void zoomToFit() {
        fit();
    }

    private void fit() {
        Optional<Geometry.Rect> all = geometry.bounds(model.diagram(), model.diagram().components());
        if (all.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            zoom.set(1);
            scale.setX(1);
            scale.setY(1);
            panTo(0, 0);
            return;
        }
        Geometry.Rect r = all.get();
        if (showOverlay.get()) {
            // Stacks stand beside their components and badges below them: leave room in model units.
            r = new Geometry.Rect(r.x(), r.y() - OVERLAY_OVERHANG, r.width() + OVERLAY_ROOM,
                    r.height() + OVERLAY_OVERHANG + Math.max(OVERLAY_OVERHANG, OVERLAY_BADGE_ROOM));
        }
        double margin = 40;
        // Whatever floats over the bottom of the view (the overlay legend) must not cover the diagram.
        double bottom = Math.max(margin, floatingRoomAtBottom() + 12);
        double z = Math.min(1, Math.min((getWidth() - 2 * margin) / r.width(),
                (getHeight() - margin - bottom) / r.height()));
        z = Math.max(MIN_ZOOM, z);
        zoom.set(z);
        scale.setX(z);
        scale.setY(z);
        panTo(getWidth() / 2 - r.centerX() * z, (getHeight() - bottom + margin) / 2 - r.centerY() * z);
    }

    /** Pans (and zooms out if needed) so the given components are in view. */
    public void reveal(java.util.Collection<String> ids) {
        List<Component> shown = ids.stream().map(id -> model.diagram().component(id)).flatMap(Optional::stream)
                .toList();
        Optional<Geometry.Rect> area = geometry.bounds(model.diagram(), shown);
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
    public boolean isFullyVisible(java.util.Collection<String> ids) {
        for (String id : ids) {
            Optional<Component> c = model.diagram().component(id);
            if (c.isEmpty()) {
                continue;
            }
            Geometry.Rect r = geometry.bounds(c.get());
            Point2D topLeft = toLocal(r.x(), r.y());
            Point2D bottomRight = toLocal(r.x() + r.width(), r.y() + r.height());
            if (topLeft.getX() < 0 || topLeft.getY() < 0 || bottomRight.getX() > getWidth()
                    || bottomRight.getY() > getHeight()) {
                return false;
            }
        }
        return true;
    }

    /** How far up from the bottom edge the visible screen-layer panels (the legend) reach, in pixels. */
    private double floatingRoomAtBottom() {
        double room = 0;
        for (javafx.scene.Node n : screenLayer.getChildren()) {
            if (n.isVisible()) {
                n.applyCss();
                if (n instanceof javafx.scene.Parent p) {
                    p.layout();
                }
                room = Math.max(room, getHeight() - n.getBoundsInParent().getMinY());
            }
        }
        return room;
    }

    void panBy(double dx, double dy) {
        autoFit = false;
        panTo(pan.getX() + dx, pan.getY() + dy);
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
    public void showWhenEmpty(javafx.scene.Node hint) {
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

    /** A mouse-transparent layer above everything in screen (canvas-local) coordinates, for legends. */
    public Pane screenLayer() {
        return screenLayer;
    }

    /**
     * The node showing a component, or null. The overlay follows its translation, which a drag previews
     * before the move is committed to the model.
     */
    public javafx.scene.Node componentNode(String id) {
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

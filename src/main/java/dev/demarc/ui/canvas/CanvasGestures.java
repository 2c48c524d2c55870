package dev.demarc.ui.canvas;

import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.DiagramEdits;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.DataFormats;
import dev.demarc.ui.editor.EditorModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The mouse, keyboard and drag-and-drop gestures of the canvas. A gesture only previews while it runs
 * (views are translated, a band or line is drawn); on release it makes exactly one edit through
 * {@link EditorModel#apply}, so one gesture is one undo step. A refused edit (say, a VPC dropped into a
 * subnet) snaps the views back and leaves its reason in the model's hint.
 */
final class CanvasGestures {

    private enum Mode { NONE, MOVE, RUBBER_BAND, RESIZE, CONNECT, PAN }

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final DiagramEdits edits;
    private final Geometry geometry;
    private final InlineEditor inlineEditor;

    private Mode mode = Mode.NONE;
    private Point2D pressModel;
    private Point2D pressLocal;
    private Set<String> moving = Set.of();
    private Set<String> movingViews = Set.of();
    private double dx;
    private double dy;
    private Handles.Handle handle;
    /** Where the pointer grabbed a resize handle, relative to the exact corner, so the corner does not jump. */
    private Point2D grabOffset = Point2D.ZERO;
    private boolean resized;
    private Rectangle band;
    private Line connectLine;
    private boolean spaceDown;

    CanvasGestures(DiagramCanvas canvas, EditorModel model) {
        this.canvas = canvas;
        this.model = model;
        this.edits = model.edits();
        this.geometry = edits.geometry();
        this.inlineEditor = new InlineEditor(canvas, model);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.zoomTo(canvas.getZoom() * e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        canvas.setOnDragOver(this::dragOver);
        canvas.setOnDragDropped(this::dragDropped);
    }

    // ---- mouse -------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (inlineEditor.isEditing()) {
            inlineEditor.commit();
        }
        canvas.requestFocus();
        pressLocal = new Point2D(e.getX(), e.getY());
        pressModel = canvas.toModel(e.getX(), e.getY());
        dx = 0;
        dy = 0;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        Object picked = owner(e.getPickResult().getIntersectedNode());
        if (picked instanceof Handles.Handle h) {
            handle = h;
            resized = false;
            if (!h.isConnect()) {
                grabOffset = cornerOf(h).subtract(canvas.displayToModel(pressModel));
            }
            mode = h.isConnect() ? Mode.CONNECT : Mode.RESIZE;
            if (h.isConnect()) {
                startConnectLine();
            }
        } else if (picked instanceof ComponentView v) {
            pressComponent(v.componentId(), e.isShortcutDown() || e.isShiftDown());
        } else if (picked instanceof ConnectionView v) {
            model.selectConnection(v.connectionId());
            mode = Mode.NONE;
        } else {
            if (!e.isShiftDown() && !e.isShortcutDown()) {
                model.clearSelection();
            }
            mode = Mode.RUBBER_BAND;
        }
        e.consume();
    }

    private void pressComponent(String id, boolean toggle) {
        if (toggle) {
            if (model.selection().contains(id)) {
                model.selection().remove(id);
                mode = Mode.NONE;
                return;
            }
            model.selectedConnections().clear();
            model.selection().add(id);
        } else if (!model.selection().contains(id)) {
            model.select(List.of(id));
        }
        mode = Mode.MOVE;
        moving = DiagramEdits.topmost(model.diagram(), model.selection());
        movingViews = DiagramEdits.withDescendants(model.diagram(), moving);
    }

    private void dragged(MouseEvent e) {
        Point2D now = canvas.toModel(e.getX(), e.getY());
        switch (mode) {
            case PAN -> {
                canvas.panBy(e.getX() - pressLocal.getX(), e.getY() - pressLocal.getY());
                pressLocal = new Point2D(e.getX(), e.getY());
            }
            case MOVE -> previewMove(now.getX() - pressModel.getX(), now.getY() - pressModel.getY());
            case RUBBER_BAND -> previewBand(now);
            case RESIZE -> previewResize(now);
            case CONNECT -> {
                connectLine.setEndX(now.getX());
                connectLine.setEndY(now.getY());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Point2D now = canvas.toModel(e.getX(), e.getY());
        Mode finished = mode;
        mode = Mode.NONE;
        switch (finished) {
            case MOVE -> finishMove();
            case RUBBER_BAND -> finishBand(e.isShiftDown() || e.isShortcutDown());
            case RESIZE -> finishResize(now);
            case CONNECT -> finishConnect(now);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
            return;
        }
        Object picked = owner(e.getPickResult().getIntersectedNode());
        if (picked instanceof ComponentView v) {
            startRename(v.componentId());
        } else if (picked instanceof ConnectionView v) {
            inlineEditor.editConnectionLabel(v.connectionId(), canvas.toModel(e.getX(), e.getY()));
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            double factor = e.getDeltaY() > 0 ? 1.1 : 1 / 1.1;
            canvas.zoomTo(canvas.getZoom() * factor, e.getX(), e.getY());
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    // ---- previews and finishes ---------------------------------------------------------------------

    private void previewMove(double rawDx, double rawDy) {
        dx = rawDx;
        dy = rawDy;
        if (canvas.snapToGridProperty().get() && !moving.isEmpty()) {
            Component first = model.diagram().component(moving.iterator().next()).orElseThrow();
            dx = snap(first.x() + rawDx) - first.x();
            dy = snap(first.y() + rawDy) - first.y();
        }
        canvas.handles().hide();
        for (String id : movingViews) {
            ComponentView v = canvas.view(id);
            if (v != null) {
                v.setTranslateX(dx);
                v.setTranslateY(dy);
            }
        }
        canvas.updateConnections();
    }

    private void finishMove() {
        if (dx == 0 && dy == 0) {
            return;
        }
        Set<String> ids = moving;
        double mx = dx;
        double my = dy;
        if (!model.apply("Move", d -> edits.move(d, ids, mx, my))) {
            // Refused: no component changed, so refresh() leaves unchanged views alone; take the preview's
            // offset off the dragged views here, or they would stay where the refused drag left them.
            for (String id : movingViews) {
                ComponentView v = canvas.view(id);
                if (v != null) {
                    v.setTranslateX(0);
                    v.setTranslateY(0);
                }
            }
            canvas.refresh();
        }
    }

    private void previewBand(Point2D now) {
        if (band == null) {
            band = new Rectangle();
            band.getStyleClass().add("rubber-band");
            canvas.feedbackLayer().getChildren().add(band);
        }
        Geometry.Rect r = Geometry.Rect.between(pressModel.getX(), pressModel.getY(), now.getX(), now.getY());
        band.setX(r.x());
        band.setY(r.y());
        band.setWidth(r.width());
        band.setHeight(r.height());
    }

    private void finishBand(boolean add) {
        if (band == null) {
            return;
        }
        Geometry.Rect r = new Geometry.Rect(band.getX(), band.getY(), band.getWidth(), band.getHeight());
        canvas.feedbackLayer().getChildren().remove(band);
        band = null;
        Set<String> inside = canvas.insideDisplay(r);
        if (add) {
            model.selection().addAll(inside);
        } else {
            model.select(inside);
        }
    }

    private Geometry.Rect resized(Point2D shown) {
        // The pointer is in display units; a resize changes the model's box, so work in model units.
        Point2D now = canvas.displayToModel(shown);
        Component c = model.diagram().component(handle.componentId()).orElseThrow();
        Geometry.Rect b = geometry.bounds(c);
        double left = b.x();
        double top = b.y();
        double right = b.x() + b.width();
        double bottom = b.y() + b.height();
        double rawX = now.getX() + grabOffset.getX();
        double rawY = now.getY() + grabOffset.getY();
        double x = canvas.snapToGridProperty().get() ? snap(rawX) : rawX;
        double y = canvas.snapToGridProperty().get() ? snap(rawY) : rawY;
        switch (handle.corner()) {
            case TOP_LEFT -> {
                left = Math.min(x, right - 40);
                top = Math.min(y, bottom - 30);
            }
            case TOP_RIGHT -> {
                right = Math.max(x, left + 40);
                top = Math.min(y, bottom - 30);
            }
            case BOTTOM_LEFT -> {
                left = Math.min(x, right - 40);
                bottom = Math.max(y, top + 30);
            }
            default -> {
                right = Math.max(x, left + 40);
                bottom = Math.max(y, top + 30);
            }
        }
        return new Geometry.Rect(left, top, right - left, bottom - top);
    }

    private void previewResize(Point2D now) {
        resized = true;
        Geometry.Rect r = resized(now);
        ComponentView v = canvas.view(handle.componentId());
        canvas.handles().hide();
        DisplayLayout layout = canvas.displayLayoutProperty().get();
        v.relocate(layout.x(r.x()), layout.y(r.y()));
        v.setMinSize(r.width(), r.height());
        v.setPrefSize(r.width(), r.height());
        v.setMaxSize(r.width(), r.height());
        canvas.updateConnections();
    }

    /** The model point of the corner a resize handle drags. */
    private Point2D cornerOf(Handles.Handle h) {
        Component c = model.diagram().component(h.componentId()).orElseThrow();
        Geometry.Rect b = geometry.bounds(c);
        boolean right = h.corner() == Handles.Corner.TOP_RIGHT || h.corner() == Handles.Corner.BOTTOM_RIGHT;
        boolean bottom = h.corner() == Handles.Corner.BOTTOM_LEFT || h.corner() == Handles.Corner.BOTTOM_RIGHT;
        return new Point2D(right ? b.x() + b.width() : b.x(), bottom ? b.y() + b.height() : b.y());
    }

    private void finishResize(Point2D now) {
        if (!resized) {
            return;
        }
        Geometry.Rect r = resized(now);
        String id = handle.componentId();
        if (!model.apply("Resize", d -> edits.resize(d, id, r.x(), r.y(), r.width(), r.height()))) {
            canvas.refresh();
        }
    }

    private void startConnectLine() {
        connectLine = new Line(pressModel.getX(), pressModel.getY(), pressModel.getX(), pressModel.getY());
        connectLine.getStyleClass().add("connect-preview");
        canvas.feedbackLayer().getChildren().add(connectLine);
    }

    private void finishConnect(Point2D now) {
        canvas.feedbackLayer().getChildren().remove(connectLine);
        connectLine = null;
        Optional<Component> target = canvas.componentAtDisplay(now.getX(), now.getY());
        String from = handle.componentId();
        if (target.isEmpty() || target.get().id().equals(from)) {
            model.hint("Drop the connection on another component to connect them.");
            return;
        }
        String to = target.get().id();
        model.apply("Connect", d -> edits.connect(d, from, to));
    }

    // ---- keyboard ----------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        double step = e.isShiftDown() ? DiagramCanvas.GRID : canvas.snapToGridProperty().get() ? DiagramCanvas.GRID : 1;
        if (e.isAltDown() && e.getCode().isArrowKey()) {
            selectToward(e.getCode());
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case LEFT -> nudge(-step, 0);
            case RIGHT -> nudge(step, 0);
            case UP -> nudge(0, -step);
            case DOWN -> nudge(0, step);
            case F2 -> model.singleSelection().ifPresent(this::startRename);
            case ESCAPE -> model.clearSelection();
            case SPACE -> spaceDown = true;
            case TAB -> selectNext(e.isShiftDown());
            default -> {
                return;
            }
        }
        e.consume();
    }

    void nudge(double ndx, double ndy) {
        Set<String> ids = new HashSet<>(model.selection());
        if (ids.isEmpty()) {
            return;
        }
        model.apply("Move", d -> edits.move(d, ids, ndx, ndy), "nudge:" + new java.util.TreeSet<>(ids));
    }

    private void selectNext(boolean backwards) {
        List<Component> order = geometry.drawingOrder(model.diagram());
        if (order.isEmpty()) {
            return;
        }
        int current = model.singleSelection().map(id -> indexOf(order, id)).orElse(-1);
        int next = backwards ? (current <= 0 ? order.size() - 1 : current - 1) : (current + 1) % order.size();
        model.select(List.of(order.get(next).id()));
        canvas.ensureVisible(order.get(next).id());
    }

    /**
     * Alt+arrow moves the selection to the nearest component in that direction (by the centres of their
     * boxes, preferring those straight ahead), so the keyboard alone can walk a diagram; the arrows without
     * Alt still nudge. With nothing selected it selects the first component.
     */
    private void selectToward(KeyCode key) {
        Diagram d = model.diagram();
        Optional<Component> from = model.singleSelection().flatMap(d::component);
        if (from.isEmpty()) {
            selectNext(false);
            return;
        }
        double dx = key == KeyCode.LEFT ? -1 : key == KeyCode.RIGHT ? 1 : 0;
        double dy = key == KeyCode.UP ? -1 : key == KeyCode.DOWN ? 1 : 0;
        Geometry.Rect a = geometry.bounds(from.get());
        Component best = null;
        double bestScore = Double.MAX_VALUE;
        for (Component c : d.components()) {
            if (c.id().equals(from.get().id())) {
                continue;
            }
            Geometry.Rect b = geometry.bounds(c);
            double vx = b.centerX() - a.centerX();
            double vy = b.centerY() - a.centerY();
            double along = vx * dx + vy * dy;
            if (along <= 0) {
                continue;
            }
            double across = Math.abs(vx * dy - vy * dx);
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best != null) {
            model.select(List.of(best.id()));
            canvas.ensureVisible(best.id());
        }
    }

    private static int indexOf(List<Component> order, String id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    void startRename(String id) {
        inlineEditor.editLabel(id);
    }

    // ---- drag and drop from the palette --------------------------------------------------------------

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasContent(DataFormats.COMPONENT_TYPE)) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dragDropped(DragEvent e) {
        Object content = e.getDragboard().getContent(DataFormats.COMPONENT_TYPE);
        if (content instanceof String typeId && ComponentType.isWellFormed(typeId)) {
            Point2D at = canvas.displayToModel(canvas.toModel(e.getX(), e.getY()));
            place(new ComponentType(typeId), at.getX(), at.getY());
            e.setDropCompleted(true);
            e.consume();
            canvas.requestFocus();
        }
    }

    /**
     * Adds a new component of {@code type} centred on the model point, moved as little as needed to be
     * wholly in view and clear of the border of the container it lands in, and selects it.
     */
    void place(ComponentType type, double cx, double cy) {
        Optional<TypeSpec> spec = model.catalog().find(type);
        if (spec.isEmpty()) {
            return;
        }
        double x = cx - spec.get().defaultWidth() / 2;
        double y = cy - spec.get().defaultHeight() / 2;
        if (canvas.snapToGridProperty().get()) {
            x = snap(x);
            y = snap(y);
        }
        Component c = edits.newComponent(model.diagram(), type, x, y);
        Geometry.Rect visible = canvas.visibleArea();
        if (model.apply("Add " + spec.get().shortName(), d -> edits.drop(d, c, visible))) {
            model.select(List.of(c.id()));
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static double snap(double v) {
        return Math.round(v / DiagramCanvas.GRID) * DiagramCanvas.GRID;
    }

    /** The view or handle a picked node belongs to, walking up from the node itself. */
    private static Object owner(Node node) {
        Node n = node;
        while (n != null) {
            Object handle = n.getProperties().get(Handles.KEY);
            if (handle != null) {
                return handle;
            }
            Object view = n.getProperties().get(ComponentView.KIND);
            if (view != null) {
                return view;
            }
            n = n.getParent();
        }
        return null;
    }
}

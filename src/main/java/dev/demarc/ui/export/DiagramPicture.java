package dev.demarc.ui.export;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.edit.DiagramEdits;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.overlay.OverlayView;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.util.Duration;

/**
 * Lays out a diagram as a picture for slides: the canvas content (containers, connections, services and, when
 * asked, the overlay's stacks, badges and legend) cropped to the whole diagram or to some components plus a
 * margin, on the canvas' solid background, without the grid, selection, handles or hover.
 *
 * <p>It builds a canvas of its own, with a model of its own, off screen, rather than photographing the
 * editor's: so the picture never shows the user's selection or zoom, and exporting cannot disturb the open
 * document. The canvas is shown at 100% and the scale is applied by the snapshot, so text and lines are
 * drawn at the target resolution rather than enlarged. Runs on the JavaFX thread; the picture it lays out is
 * photographed later, at once or strip by strip ({@link PreparedPicture}).
 */
public final class DiagramPicture {

    /** Space around the drawn content, in canvas pixels. */
    static final double MARGIN = 24;
    /** The overlay's legend needs this much width to stay a few readable rows. */
    static final double LEGEND_WIDTH = 760;
    /** Space under the legend (the overlay places it this far above the canvas' bottom edge). */
    private static final double LEGEND_BOTTOM = 12;
    /** Refuse pictures larger than this many pixels (about 240 MB of memory while encoding). */
    static final long MAX_PIXELS = 60_000_000L;

    private DiagramPicture() {
    }

    /**
     * The picture of {@code diagram}, or of the components {@code only} (and what they contain) when it is
     * not empty; a slide ({@link PngOptions#slide()}) always shows the whole diagram.
     *
     * @throws ExportException when there is nothing to draw or the picture would be too large
     */
    static PreparedPicture prepare(Diagram diagram, Catalog catalog, PngOptions options, Collection<String> only)
            throws ExportException {
        if (diagram.components().isEmpty()) {
            throw new ExportException("The diagram is empty: there is nothing to draw.");
        }
        if (options.slide()) {
            return SlidePicture.prepare(diagram, catalog, options);
        }
        EditorModel model = openAnalyzed(diagram, catalog);
        DiagramCanvas canvas = new DiagramCanvas(model);
        // Built at once: the picture is taken straight away.
        new OverlayView(model, canvas, false);
        canvas.showGridProperty().set(false);
        canvas.showOverlayProperty().set(options.overlay());
        Pane root = new Pane(canvas);
        // The window's root style: the canvas' fonts are sized from it.
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(DiagramPicture.class.getResource("/dev/demarc/ui/demarc.css").toExternalForm());
        resize(canvas, 800, 600);
        // Measured at the zoom the picture is drawn at: the overlay's bands and the display layout follow the zoom,
        // so bounds taken at the fitted zoom of the 800 x 600 view would cut the drawing short.
        canvas.showAt(1, 0, 0);
        canvas.getParent().layout();

        Bounds content = contentBounds(canvas, diagram, only);
        double width = Math.ceil(Math.max(content.getWidth() + 2 * MARGIN, options.overlay() ? LEGEND_WIDTH : 0));
        double height = Math.ceil(content.getHeight() + 2 * MARGIN);
        // Whole canvas pixels at the origin keep text and one-pixel lines crisp.
        double left = Math.floor(content.getMinX() - (width - content.getWidth()) / 2);
        double top = Math.floor(content.getMinY() - MARGIN);
        canvas.showAt(1, left, top);
        resize(canvas, width, height);
        Node legend = canvas.screenLayer().lookup("#overlay-legend");
        if (options.overlay() && legend != null && legend.isVisible()) {
            height += Math.ceil(legend.getLayoutBounds().getHeight()) + LEGEND_BOTTOM;
            resize(canvas, width, height);
        }
        int scale = options.scale();
        long pixels = (long) (width * scale) * (long) (height * scale);
        if (pixels > MAX_PIXELS) {
            throw new ExportException("The picture would be " + (long) (width * scale) + " x "
                    + (long) (height * scale) + " pixels, too large to make. "
                    + (scale > 1 ? "Export at a smaller scale, or select" : "Select")
                    + " part of the diagram and export the selection.");
        }
        return new PreparedPicture(canvas, (int) (width * scale), (int) (height * scale), scale, background(canvas));
    }

    /** A model of its own holding {@code diagram}, once its analysis is ready. */
    static EditorModel openAnalyzed(Diagram diagram, Catalog catalog) throws ExportException {
        EditorModel model = new EditorModel(catalog, new Analyzer(catalog));
        model.open(diagram, null);
        awaitAnalysis(model, diagram);
        return model;
    }

    /**
     * Waits for the model's analysis of {@code diagram}: a large diagram is analyzed on a background thread
     * (see EditorModel), and the overlay must show its result, not the empty document's. The events of the
     * JavaFX thread keep flowing meanwhile; a minute is ample (500 components take milliseconds).
     */
    private static void awaitAnalysis(EditorModel model, Diagram diagram) throws ExportException {
        if (model.analysis().diagram() == diagram) {
            return;
        }
        Object key = new Object();
        ChangeListener<Analysis> ready = (o, a, b) -> {
            if (b.diagram() == diagram) {
                Platform.exitNestedEventLoop(key, null);
            }
        };
        PauseTransition timeout = new PauseTransition(Duration.minutes(1));
        timeout.setOnFinished(e -> Platform.exitNestedEventLoop(key, null));
        model.analysisProperty().addListener(ready);
        timeout.play();
        Platform.enterNestedEventLoop(key);
        timeout.stop();
        model.analysisProperty().removeListener(ready);
        if (model.analysis().diagram() != diagram) {
            throw new ExportException("The analysis of the diagram did not finish, so the picture was not drawn.");
        }
    }

    private static void resize(DiagramCanvas canvas, double width, double height) {
        canvas.setMinSize(width, height);
        canvas.setPrefSize(width, height);
        canvas.setMaxSize(width, height);
        canvas.getParent().applyCss();
        canvas.getParent().layout();
    }

    /**
     * The model-space bounds of what the picture shows: the cards of the chosen components (all when
     * {@code only} is empty) and of everything inside them, with their shadows and, when the overlay is on,
     * their stacks and badge rows.
     */
    static Bounds contentBounds(DiagramCanvas canvas, Diagram diagram, Collection<String> only) {
        Set<String> shown = only.isEmpty() ? ids(diagram.components()) : DiagramEdits.withDescendants(diagram, only);
        Bounds all = null;
        for (String id : shown) {
            all = union(all, canvas.componentNode(id));
        }
        for (Node n : canvas.overlayLayer().getChildren()) {
            String id = n.getId() == null ? "" : n.getId().replaceFirst("^(stack|badges|network)-", "");
            if (shown.contains(id)) {
                all = union(all, n);
            }
        }
        return all == null ? new BoundingBox(0, 0, 0, 0) : all;
    }

    private static Bounds union(Bounds all, Node node) {
        if (node == null) {
            return all;
        }
        Bounds b = node.getBoundsInParent();
        if (all == null) {
            return b;
        }
        double minX = Math.min(all.getMinX(), b.getMinX());
        double minY = Math.min(all.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(all.getMaxX(), b.getMaxX()) - minX,
                Math.max(all.getMaxY(), b.getMaxY()) - minY);
    }

    private static Set<String> ids(Collection<Component> components) {
        Set<String> ids = new HashSet<>();
        components.forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The canvas' own background colour (light or dark theme), for any pixel it does not cover. */
    private static Paint background(DiagramCanvas canvas) {
        Background bg = canvas.getBackground();
        if (bg != null && !bg.getFills().isEmpty() && bg.getFills().get(0).getFill() instanceof Color c
                && c.isOpaque()) {
            return c;
        }
        return Color.WHITE;
    }
}

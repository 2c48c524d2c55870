package dev.demarc.ui.export;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.overlay.OverlayView;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A diagram as a 16:9 slide: its title across the top, the diagram with the responsibility overlay fitted
 * into the rest (above 100% when it is small), and the overlay's legend along the bottom, worded for paper
 * (nothing to point at). Every slide has the same size, so the slides of several samples line up in a deck.
 * Built off screen like {@link DiagramPicture}; runs on the JavaFX thread.
 */
final class SlidePicture {

    /** The slide's size in canvas pixels: a 1080p screen at 1x. */
    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;
    /** The diagram may be enlarged up to the canvas' highest zoom to fill the slide. */
    private static final double MAX_FIT_ZOOM = 4;

    private SlidePicture() {
    }

    /**
     * Band heights to try on a slide, tallest first: from 14 px the bands carry their layer names, so a slide
     * reads like the presentation; a dense diagram takes the tallest that still fits at {@link #READABLE_ZOOM}.
     */
    private static final double[] BAND_PIXELS = {18, 15, 12, 10, 8};
    /** Below this zoom the cards' names are too small to read on a projected slide. */
    private static final double READABLE_ZOOM = 0.8;

    /**
     * Chooses the tallest bands with which the whole diagram fits the slide above the legend, then lets the
     * canvas fit it (the layout makes room for the stacks at the zoom it chooses), enlarged up to
     * {@link #MAX_FIT_ZOOM}.
     */
    private static void fit(DiagramCanvas canvas, OverlayView overlay) {
        canvas.maxFitZoomProperty().set(MAX_FIT_ZOOM);
        overlay.chooseTallestBands(BAND_PIXELS, READABLE_ZOOM, canvas::fittingZoom);
        canvas.zoomToFit();
    }

    static PreparedPicture prepare(Diagram diagram, Catalog catalog, PngOptions options) throws ExportException {
        EditorModel model = DiagramPicture.openAnalyzed(diagram, catalog);
        DiagramCanvas canvas = new DiagramCanvas(model);
        OverlayView overlay = new OverlayView(model, canvas, false);
        canvas.showGridProperty().set(false);
        canvas.showOverlayProperty().set(true);
        Label title = new Label(diagram.title() == null ? "" : diagram.title());
        title.setId("slide-title");
        title.getStyleClass().add("slide-title");
        title.setMaxWidth(Double.MAX_VALUE);
        // The same height with or without a title, so every slide's diagram area is the same.
        title.setMinHeight(96);
        title.setPrefHeight(96);
        VBox root = new VBox(title, canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        root.getStyleClass().addAll("main-window", "slide");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(SlidePicture.class.getResource("/dev/demarc/ui/demarc.css").toExternalForm());
        root.applyCss();
        root.layout();
        fit(canvas, overlay);
        root.applyCss();
        root.layout();
        int scale = options.scale();
        return new PreparedPicture(root, (int) (WIDTH * scale), (int) (HEIGHT * scale), scale, Color.WHITE);
    }
}

package dev.demarc.ui.present;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.overlay.OverlayView;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.FadeTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * View > Present (F5): the diagram full screen with the overlay, without the editing chrome, in large type,
 * stepping through the boundary: first every stack empty, then one layer per step from facilities upward,
 * each revealing who owns it on every service with a short fade, and last the customer's duties. Arrow keys,
 * Space, Page Up/Down or a click step; Home and End jump; N opens the speaker notes; Esc leaves and puts the
 * editor back as it was (overlay, lens, zoom, window). Nothing can be edited while presenting.
 *
 * <p>The diagram is fitted to fill the screen (above 100% if need be) and every band is
 * {@link #BAND_PIXELS} tall on screen with its layer's name beside it, or as tall as the diagram leaves room
 * for at a zoom where its cards still read; the layout makes room for the stacks at any zoom. Ctrl+= and Ctrl+-
 * zoom, Ctrl+0 fits again.
 * It is class mode: finding counts and the rings of the duty badges stay hidden until the presenter presses R,
 * so an exercise diagram does not give its answers away at the first step.
 */
public final class PresentMode {

    private static final Duration FADE = Duration.millis(450);
    /**
     * Band heights on screen to try, tallest first: 26 px reads from the back row; a dense diagram takes the
     * tallest that still fits the screen at {@link #READABLE_ZOOM}.
     */
    static final double[] BAND_PIXELS = {26, 24, 22, 20, 18, 15, 12, 10, 8};
    /** Below this zoom the cards' names are too small to read on a projector. */
    private static final double READABLE_ZOOM = 0.6;
    /** Fitting may fill the screen up to the canvas' highest zoom. */
    private static final double MAX_FIT_ZOOM = 4;
    /** On the canvas while the findings are hidden: the stylesheet hides counts and rings under it. */
    static final String FINDINGS_HIDDEN = "present-findings-hidden";
    private static final double ZOOM_STEP = 1.25;

    private final Stage stage;
    private final EditorModel model;
    private final DiagramCanvas canvas;
    private final OverlayView overlay;
    private final Consumer<Boolean> chrome;
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final BooleanProperty findingsRevealed = new SimpleBooleanProperty(this, "findingsRevealed", false);
    private final Caption caption;
    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<MouseEvent> mouse = this::mouse;
    private final PresenterNotes notes;
    private Saved saved;
    /** The selection before presenting: a presentation shows no selection frame, and leaving it puts it back. */
    private List<String> selectionBefore = List.of();
    /** Whether the presenter zoomed by hand; until then the view keeps fitting as the legend settles. */
    private boolean zoomedByHand;
    /** Set while a fit tries the caption's placements, whose re-wrapped legend would ask for a fit again. */
    private boolean refitting;

    /** What presenting changes, to put back afterwards. */
    private record Saved(boolean overlayOn, Duty lens, boolean legendShown, double zoom,
            Point2D topLeft, boolean fullScreen, String exitHint, KeyCombination exitKey, double maxFitZoom) {
    }

    /**
     * @param chrome hides the editing chrome (menus, tool bar, palette, side panel, findings, status bar) when
     *               given true and restores it when given false; the window owns its layout
     */
    public PresentMode(Stage stage, EditorModel model, DiagramCanvas canvas, OverlayView overlay,
            Consumer<Boolean> chrome) {
        this.stage = stage;
        this.model = model;
        this.canvas = canvas;
        this.overlay = overlay;
        this.chrome = chrome;
        this.caption = new Caption();
        this.notes = new PresenterNotes(stage, model, step, keys);
        caption.setVisible(false);
        canvas.screenLayer().getChildren().add(caption);
        // Full screen resizes the canvas after start: choose the bands and fit again for the new size.
        canvas.widthProperty().addListener((o, a, b) -> {
            placeCaption();
            refit();
        });
        canvas.heightProperty().addListener((o, a, b) -> {
            placeCaption();
            refit();
        });
        caption.widthProperty().addListener((o, a, b) -> placeCaption());
        if (canvas.screenLayer().lookup("#overlay-legend") instanceof Region legend) {
            // The legend wraps to the new width only after full screen has resized the canvas, and changes
            // height: fit again then, so the diagram takes exactly the room left above the caption.
            legend.heightProperty().addListener((o, was, now) -> refit());
        }
        step.addListener((o, a, b) -> show(a.intValue(), b.intValue()));
        findingsRevealed.addListener((o, a, b) -> {
            if (active.get()) {
                showFindings(b);
            }
        });
        model.analysisProperty().addListener((o, a, b) -> {
            if (active.get()) {
                updateCaption();
            }
        });
        stage.fullScreenProperty().addListener((o, was, now) -> {
            // Leaving full screen by the window manager's own means ends the presentation too.
            if (was && !now && active.get()) {
                stop();
            }
        });
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The current step: 0 the start, 1 to 14 the layers, 15 the duties. */
    public IntegerProperty stepProperty() {
        return step;
    }

    public void start() {
        if (active.get()) {
            return;
        }
        saved = new Saved(canvas.showOverlayProperty().get(), overlay.lensProperty().get(),
                overlay.legendShownProperty().get(), canvas.getZoom(), canvas.toModel(0, 0), stage.isFullScreen(),
                stage.getFullScreenExitHint(), stage.getFullScreenExitKeyCombination(),
                canvas.maxFitZoomProperty().get());
        active.set(true);
        selectionBefore = List.copyOf(model.selection());
        model.select(List.of());
        chrome.accept(true);
        overlay.lensProperty().set(null);
        canvas.showOverlayProperty().set(true);
        overlay.legendShownProperty().set(true);
        canvas.maxFitZoomProperty().set(MAX_FIT_ZOOM);
        zoomedByHand = false;
        refit();
        findingsRevealed.set(false);
        showFindings(false);
        step.set(0);
        show(0, 0);
        caption.setVisible(true);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        canvas.addEventFilter(MouseEvent.ANY, mouse);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        canvas.requestFocus();
        // Full screen resizes the canvas next; its size listeners fit again then (refit), with the badges drawn.
        notes.openOnAnotherScreen();
    }

    public void stop() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        stage.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        canvas.removeEventFilter(MouseEvent.ANY, mouse);
        caption.setVisible(false);
        notes.close();
        overlay.revealedLayersProperty().set(Layer.values().length);
        overlay.dutiesShownProperty().set(true);
        overlay.namesShownProperty().set(true);
        overlay.bandPixelsProperty().set(0);
        overlay.legendAtSide(0);
        canvas.maxFitZoomProperty().set(saved.maxFitZoom());
        canvas.getStyleClass().remove(FINDINGS_HIDDEN);
        overlay.lensProperty().set(saved.lens());
        overlay.legendShownProperty().set(saved.legendShown());
        canvas.showOverlayProperty().set(saved.overlayOn());
        stage.setFullScreen(saved.fullScreen());
        stage.setFullScreenExitHint(saved.exitHint());
        stage.setFullScreenExitKeyCombination(saved.exitKey());
        chrome.accept(false);
        canvas.showAt(saved.zoom(), saved.topLeft().getX(), saved.topLeft().getY());
        model.select(selectionBefore);
        canvas.requestFocus();
    }

    public void next() {
        step.set(Math.min(Steps.DUTIES, step.get() + 1));
    }

    public void previous() {
        step.set(Math.max(0, step.get() - 1));
    }

    private void key(KeyEvent e) {
        if (zoomKey(e)) {
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> previous();
            case HOME -> step.set(0);
            case END -> step.set(Steps.DUTIES);
            case ESCAPE -> stop();
            case N -> notes.toggle();
            case R -> findingsRevealed.set(!findingsRevealed.get());
            default -> {
                // Every other key is swallowed: nothing is edited while presenting.
            }
        }
        e.consume();
    }

    /** A click steps forward, a right-click back; no press or drag reaches the editor. */
    private void mouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
            if (e.getButton() == MouseButton.PRIMARY) {
                next();
            } else if (e.getButton() == MouseButton.SECONDARY) {
                previous();
            }
        }
        if (e.getEventType() != MouseEvent.MOUSE_MOVED) {
            e.consume();
        }
    }

    /** Ctrl+= (or +) zooms in, Ctrl+- (or -) out, Ctrl+0 fits the diagram to the screen again. */
    private boolean zoomKey(KeyEvent e) {
        switch (e.getCode()) {
            case EQUALS, PLUS, ADD -> canvas.zoomBy(ZOOM_STEP);
            case MINUS, SUBTRACT -> canvas.zoomBy(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> {
                if (!e.isShortcutDown()) {
                    return false;
                }
                zoomedByHand = false;
                refit();
                return true;
            }
            default -> {
                return false;
            }
        }
        zoomedByHand = true;
        return true;
    }

    /**
     * Gives the bands the tallest height of {@link #BAND_PIXELS} with which the whole diagram still fits the
     * screen at a readable zoom, and shows it at the zoom that fits. A presentation has two looks: the layer steps
     * (layer names beside each stack) and the duties step (badges there instead); both are measured and the
     * narrower zoom kept, so every step fits and the zoom stays the same from step to step.
     */
    private void refit() {
        if (!active.get() || zoomedByHand || refitting) {
            return;
        }
        // Trying a placement re-wraps the legend, whose new height would ask for a fit again.
        refitting = true;
        try {
            boolean duties = overlay.dutiesShownProperty().get();
            double below = captionAtSide(false);
            double belowBand = overlay.bandPixelsProperty().get();
            double beside = captionAtSide(true);
            double besideBand = overlay.bandPixelsProperty().get();
            boolean side = besideBand > belowBand || besideBand == belowBand && beside > below;
            if (!side) {
                placeCaptionAtSide(false);
                overlay.bandPixelsProperty().set(belowBand);
            }
            showingDuties(duties);
            canvas.showAt(side ? beside : below, 0, 0);
            canvas.centreAtCurrentZoom();
        } finally {
            refitting = false;
        }
    }

    /**
     * Puts the caption and the legend along the bottom or, {@code side}, in a column along the right edge, and
     * gives the bands the tallest height of {@link #BAND_PIXELS} that fits at a readable zoom there; returns that
     * zoom. A wide diagram (one row of services) gets taller bands with the caption below it, a diagram in two
     * rows with the caption beside it: each row of stacks needs the bands' whole height.
     */
    private double captionAtSide(boolean side) {
        placeCaptionAtSide(side);
        return overlay.chooseTallestBands(BAND_PIXELS, READABLE_ZOOM,
                () -> Math.min(fittingZoomShowing(false), fittingZoomShowing(true)));
    }

    private double fittingZoomShowing(boolean duties) {
        showingDuties(duties);
        return canvas.fittingZoom();
    }

    /** The duties step's look (badges, no layer names) or the layer steps' (names, no badges). */
    private void showingDuties(boolean duties) {
        overlay.namesShownProperty().set(!duties);
        overlay.dutiesShownProperty().set(duties);
    }

    /** Hides or shows the finding counts and rings, and says which in the caption. */
    private void showFindings(boolean shown) {
        if (shown) {
            canvas.getStyleClass().remove(FINDINGS_HIDDEN);
        } else if (!canvas.getStyleClass().contains(FINDINGS_HIDDEN)) {
            canvas.getStyleClass().add(FINDINGS_HIDDEN);
        }
        caption.showHint(shown ? "Findings shown (R hides them)" : "Findings hidden: press R to reveal them");
        updateCaption();
    }

    /** Shows step {@code now}: how many layers are revealed, whether the duties are, and the caption. */
    private void show(int before, int now) {
        overlay.revealedLayersProperty().set(Math.min(now, Layer.values().length));
        showingDuties(now == Steps.DUTIES);
        if (!zoomedByHand) {
            canvas.centreAtCurrentZoom();
        }
        updateCaption();
        if (now == before + 1) {
            if (now <= Layer.values().length) {
                fadeIn(".layer-" + Steps.layer(now).id());
                // Only the lines this step reveals: lines shown earlier stay put instead of blinking.
                fadeIn(".demarcation-at-" + Steps.layer(now).id());
            } else {
                fadeIn(".duty-badges");
                fadeIn(".network-chip");
            }
        }
    }

    private void fadeIn(String selector) {
        for (Node n : canvas.overlayLayer().lookupAll(selector)) {
            if (n.getStyleClass().contains("overlay-band-hidden")) {
                continue;
            }
            FadeTransition fade = new FadeTransition(FADE, n);
            fade.setFromValue(0);
            fade.setToValue(1);
            fade.play();
        }
    }

    private void updateCaption() {
        Catalog catalog = model.catalog();
        String title = model.diagram().title() == null ? "" : model.diagram().title();
        int s = step.get();
        boolean findings = findingsRevealed.get();
        caption.show(Steps.counter(s), Steps.title(s, catalog, title),
                Steps.text(s, catalog, model.analysis(), findings),
                Steps.spoken(s, catalog, model.analysis(), title, findings));
        placeCaption();
    }

    /** Lays the caption and the legend out along the bottom or, {@code side}, in the column at the right. */
    private void placeCaptionAtSide(boolean side) {
        caption.atSide(side);
        overlay.legendAtSide(side ? Caption.SIDE_WIDTH : 0);
        placeCaption();
    }

    /**
     * Along the bottom, above the legend, as wide as the canvas; or the column at the right, from the top to the
     * legend at its foot. The canvas' zoom to fit leaves room for both, so the caption never covers the diagram.
     */
    private void placeCaption() {
        boolean side = caption.isAtSide();
        double width = side ? Caption.SIDE_WIDTH : Math.max(300, canvas.getWidth() - 24);
        caption.setPrefWidth(width);
        caption.setMaxWidth(width);
        Node legend = canvas.screenLayer().lookup("#overlay-legend");
        double bottom = legend != null && legend.isVisible() ? legend.getBoundsInParent().getMinY() - 10
                : canvas.getHeight() - 12;
        if (side) {
            // The column runs from the top to the legend at its foot: a fixed height, so the fit is the same at
            // every step whatever the sentence's length.
            caption.setMinHeight(bottom - 12);
            caption.setPrefHeight(bottom - 12);
            caption.setMaxHeight(bottom - 12);
            caption.relocate(canvas.getWidth() - width - 12, 12);
        } else {
            caption.relocate(12, bottom - Caption.HEIGHT);
        }
    }
}

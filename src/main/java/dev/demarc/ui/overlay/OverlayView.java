package dev.demarc.ui.overlay;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.NetworkExposure;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The responsibility overlay: a projection of the model's {@link Analysis}, never stored in the model or the
 * undo history (ADR 6). While {@link DiagramCanvas#showOverlayProperty() the toggle} is on, every service
 * gets a {@link LayerStack} just right of its card and a row of {@link DutyBadges} just below it, every VPC
 * and subnet a {@link NetworkChip} in its title bar, all in the canvas' overlay layer (zoomed with the world,
 * mouse-transparent, so editing works as usual), and the {@link OverlayLegend} runs along the bottom of the
 * canvas in screen coordinates.
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

    /** Gap between a component's right edge and its stack, in model units. */
    static final double GAP = 8;
    /** Gap above the row of duty badges (below the card and its stack), in model units. */
    static final double BADGE_GAP = 6;
    /** From this many components on, switching the overlay on builds its views over several frames. */
    static final int BUILD_IN_STEPS_FROM = 200;
    /** Components whose views are built per frame during such a build. */
    static final int PER_FRAME = 20;
    /** How much of itself a faded component keeps, as opacity. */
    static final double FADED = 0.22;
    /** The container title's font size (demarc.css, .container-title, high contrast included) and its icon and type. */
    private static final double TITLE_FONT = 15;
    private static final double TITLE_EXTRA = 70;
    private static final PseudoClass LENS_FADED = PseudoClass.getPseudoClass("lens-faded");

    private final EditorModel model;
    private final DiagramCanvas canvas;
    private final Pane layer;
    private final OverlayLegend legend = new OverlayLegend();
    private final Map<String, LayerStack> stacks = new HashMap<>();
    private final Map<String, DutyBadges> badges = new HashMap<>();
    private final Map<String, NetworkChip> chips = new HashMap<>();
    private final ObjectProperty<Duty> lens = new SimpleObjectProperty<>(this, "lens");
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private final IntegerProperty revealed = new SimpleIntegerProperty(this, "revealed", Layer.values().length);
    private final BooleanProperty dutiesShown = new SimpleBooleanProperty(this, "dutiesShown", true);
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
        legend.prefWrapLengthProperty().bind(canvas.widthProperty().subtract(48));
        canvas.screenLayer().getChildren().add(legend);
        canvas.heightProperty().addListener((o, a, b) -> placeLegend());
        legend.heightProperty().addListener((o, a, b) -> placeLegend());
        model.analysisProperty().addListener((o, a, b) -> refresh());
        canvas.showOverlayProperty().addListener((o, a, b) -> refresh());
        lens.addListener((o, a, b) -> applyLens());
        revealed.addListener((o, a, b) -> refresh());
        dutiesShown.addListener((o, a, b) -> refresh());
        legendShown.addListener((o, a, b) -> legend.setVisible(b && canvas.showOverlayProperty().get()));
        model.selection().addListener((SetChangeListener<String>) c -> refreshPath());
        canvas.setOverlayTooltip(this::hoverText);
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

    /** Whether the legend is shown while the overlay is on; the user can hide it to win room. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** The catalog the overlay's words come from. */
    public dev.demarc.catalog.Catalog catalog() {
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

    /** Keeps the legend in the canvas' bottom-left corner. */
    private void placeLegend() {
        legend.relocate(12, canvas.getHeight() - legend.getHeight() - 12);
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
            if (spec.container()) {
                Optional<NetworkExposure> exposure = analysis.networkExposure(c.id());
                if (exposure.isPresent() && dutiesShown.get()) {
                    NetworkChip chip = chips.computeIfAbsent(c.id(), NetworkChip::new);
                    double width = chip.update(title, exposure.get(), ca.layer(Layer.NETWORK_CONFIG).owner());
                    // In the title bar, right-aligned, leaving the corner to the container's finding badge; in
                    // the bottom-right corner instead when the title bar is too short for title and chip.
                    double x = ExposurePathView.titleBarRight(c, model.catalog()) - width;
                    boolean fits = c.x() + titleWidth(c) + 8 <= x;
                    chip.setLayoutX(x);
                    chip.setLayoutY(fits ? c.y() + 4 : c.y() + spec.height(c) - NetworkChip.HEIGHT - 8);
                    follow(chip, c.id());
                    aliveChips.put(c.id(), chip);
                    shown.add(chip);
                }
                continue;
            }
            LayerStack stack = stacks.computeIfAbsent(c.id(), id -> new LayerStack(id, model.catalog()));
            stack.update(title, ca, revealed.get());
            // The stack's origin is its column's top-left corner; relocate() would shift by the halo's width.
            stack.setLayoutX(c.x() + spec.width(c) + GAP);
            stack.setLayoutY(c.y() + (spec.height(c) - LayerStack.HEIGHT) / 2);
            follow(stack, c.id());
            aliveStacks.put(c.id(), stack);
            shown.add(stack);
            if (!dutiesShown.get()) {
                continue;
            }
            // Badges hang from the card's left edge, below the stack too: three of them are wider than the card.
            DutyBadges row = badges.computeIfAbsent(c.id(), DutyBadges::new);
            row.update(title, ca);
            double stackBottom = stack.getLayoutY() + LayerStack.HEIGHT;
            row.setLayoutX(c.x());
            row.setLayoutY(Math.max(c.y() + spec.height(c), stackBottom) + BADGE_GAP);
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
        javafx.collections.ObservableList<Node> current = layer.getChildren();
        if (shown.size() > current.size() && shown.subList(0, current.size()).equals(current)) {
            // Only new views at the end (a build in steps): add them, rather than re-adding (and restyling) all.
            current.addAll(shown.subList(current.size(), shown.size()));
        } else if (!current.equals(shown)) {
            current.setAll(shown);
        }
        showUncoveredChips();
        applyLens();
    }

    /** About how wide a container's title (icon, label, type name) is drawn, in model units. */
    private double titleWidth(Component c) {
        Text label = new Text(c.displayLabel());
        label.setFont(Font.font("System", FontWeight.BOLD, TITLE_FONT));
        return TITLE_EXTRA + label.getLayoutBounds().getWidth();
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
        return exposure.map(p -> new ExposurePathView(p, model.analysis(), model.catalog())).orElse(null);
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

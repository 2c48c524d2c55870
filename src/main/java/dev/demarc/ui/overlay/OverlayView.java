package dev.demarc.ui.overlay;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The responsibility overlay: a projection of the model's {@link Analysis}, never stored in the model or the
 * undo history. While {@link DiagramCanvas#showOverlayProperty() the toggle} is on, every service component
 * gets a {@link LayerStack} just right of its card and a row of {@link DutyBadges} just below it, in the
 * canvas' overlay layer (zoomed with the world, mouse-transparent, so editing works as usual), and the
 * {@link OverlayLegend} runs along the bottom of the canvas in screen coordinates.
 *
 * <p>It redraws from each new analysis, which the model publishes after every edit, undo and redo; it uses
 * the geometry of the diagram that analysis was made from, so stacks and findings always agree. One stack
 * and one badge row per component, found by id. Both follow their card's translation, so they move with a
 * drag preview before the move is committed. Containers (VPC, subnet) get no stack or badges in this
 * version: their title bar has no room for fourteen bands, and their own responsibility (network
 * configuration, exposure) is shown differently (see issue 4).
 */
public final class OverlayView {

    /** Gap between a component's right edge and its stack, in model units. */
    static final double GAP = 8;
    /** Gap above the row of duty badges (below the card and its stack), in model units. */
    static final double BADGE_GAP = 6;

    private final EditorModel model;
    private final DiagramCanvas canvas;
    private final Pane layer;
    private final OverlayLegend legend = new OverlayLegend();
    private final Map<String, LayerStack> stacks = new HashMap<>();
    private final Map<String, DutyBadges> badges = new HashMap<>();

    public OverlayView(EditorModel model, DiagramCanvas canvas) {
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
        refresh();
    }

    /** Keeps the legend in the canvas' bottom-left corner. */
    private void placeLegend() {
        legend.relocate(12, canvas.getHeight() - legend.getHeight() - 12);
    }

    /** Reconciles the stacks with the current analysis, or removes them all while the overlay is off. */
    private void refresh() {
        boolean on = canvas.showOverlayProperty().get();
        legend.setVisible(on);
        if (!on) {
            stacks.values().forEach(OverlayView::unfollow);
            badges.values().forEach(OverlayView::unfollow);
            stacks.clear();
            badges.clear();
            layer.getChildren().clear();
            return;
        }
        Analysis analysis = model.analysis();
        List<Node> shown = new ArrayList<>();
        Map<String, LayerStack> alive = new HashMap<>();
        Map<String, DutyBadges> aliveBadges = new HashMap<>();
        for (ComponentAnalysis ca : analysis.components()) {
            Component c = ca.component();
            TypeSpec spec = model.catalog().spec(c.type());
            if (spec.container()) {
                continue;
            }
            String title = spec.shortName() + " " + c.displayLabel();
            LayerStack stack = stacks.computeIfAbsent(c.id(), LayerStack::new);
            stack.update(title, ca);
            // The stack's origin is its column's top-left corner; relocate() would shift by the halo's width.
            stack.setLayoutX(c.x() + spec.width(c) + GAP);
            stack.setLayoutY(c.y() + (spec.height(c) - LayerStack.HEIGHT) / 2);
            follow(stack, c.id());
            alive.put(c.id(), stack);
            shown.add(stack);
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
        stacks.forEach((id, s) -> {
            if (!alive.containsKey(id)) {
                unfollow(s);
            }
        });
        badges.forEach((id, b) -> {
            if (!aliveBadges.containsKey(id)) {
                unfollow(b);
            }
        });
        stacks.clear();
        stacks.putAll(alive);
        badges.clear();
        badges.putAll(aliveBadges);
        if (!layer.getChildren().equals(shown)) {
            layer.getChildren().setAll(shown);
        }
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

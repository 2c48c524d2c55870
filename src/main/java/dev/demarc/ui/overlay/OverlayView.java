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
 * gets a {@link LayerStack} just right of its card in the canvas' overlay layer (zoomed with the world,
 * mouse-transparent, so editing works as usual), and the {@link OverlayLegend} runs along the bottom of the
 * canvas in screen coordinates.
 *
 * <p>It redraws from each new analysis, which the model publishes after every edit, undo and redo; it uses
 * the geometry of the diagram that analysis was made from, so stacks and findings always agree. One stack
 * per component, found by id. A stack follows its card's translation, so it moves with a drag preview
 * before the move is committed. Containers (VPC, subnet) get no stack in this version: their title bar has
 * no room for fourteen bands, and their own responsibility (network configuration, exposure) is shown
 * differently (see issue 4).
 */
public final class OverlayView {

    /** Gap between a component's right edge and its stack, in model units. */
    static final double GAP = 8;

    private final EditorModel model;
    private final DiagramCanvas canvas;
    private final Pane layer;
    private final OverlayLegend legend = new OverlayLegend();
    private final Map<String, LayerStack> stacks = new HashMap<>();

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
            stacks.values().forEach(s -> {
                s.translateXProperty().unbind();
                s.translateYProperty().unbind();
            });
            stacks.clear();
            layer.getChildren().clear();
            return;
        }
        Analysis analysis = model.analysis();
        List<Node> shown = new ArrayList<>();
        Map<String, LayerStack> alive = new HashMap<>();
        for (ComponentAnalysis ca : analysis.components()) {
            Component c = ca.component();
            TypeSpec spec = model.catalog().spec(c.type());
            if (spec.container()) {
                continue;
            }
            LayerStack stack = stacks.computeIfAbsent(c.id(), LayerStack::new);
            stack.update(spec.shortName() + " " + c.displayLabel(), ca);
            // The stack's origin is its column's top-left corner; relocate() would shift by the halo's width.
            stack.setLayoutX(c.x() + spec.width(c) + GAP);
            stack.setLayoutY(c.y() + (spec.height(c) - LayerStack.HEIGHT) / 2);
            follow(stack, c.id());
            alive.put(c.id(), stack);
            shown.add(stack);
        }
        stacks.forEach((id, s) -> {
            if (!alive.containsKey(id)) {
                s.translateXProperty().unbind();
                s.translateYProperty().unbind();
            }
        });
        stacks.clear();
        stacks.putAll(alive);
        if (!layer.getChildren().equals(shown)) {
            layer.getChildren().setAll(shown);
        }
    }

    /** Binds the stack's translation to its card's, which is non-zero only while a drag is previewed. */
    private void follow(LayerStack stack, String id) {
        Node card = canvas.componentNode(id);
        if (card == null) {
            stack.translateXProperty().unbind();
            stack.translateYProperty().unbind();
            return;
        }
        stack.translateXProperty().bind(card.translateXProperty());
        stack.translateYProperty().bind(card.translateYProperty());
    }
}

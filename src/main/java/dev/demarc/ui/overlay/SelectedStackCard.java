package dev.demarc.ui.overlay;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected service's stack, expanded and labelled on the canvas while the overlay is on: one row per layer,
 * logging at the top, each with its owner's swatch, the layer's name and the owner in words, a rule where AWS's
 * part ends, the boundary sentence, and a link to Compare. Drawn in screen coordinates, so it reads the same at
 * any zoom; {@link OverlayView} puts it in a corner of the view the selected component is not in.
 */
final class SelectedStackCard extends VBox {

    private final Catalog catalog;
    private final Label title = new Label();
    private final Label boundary = new Label();
    private final VBox rows = new VBox(1);
    private final Hyperlink compare = new Hyperlink("Compare with other services (F7)");
    /** Where the link is shown: the link itself lies above the card, the only part of it that takes clicks. */
    private final Region linkRoom = new Region();
    private ComponentAnalysis shown;

    SelectedStackCard(Catalog catalog, Runnable openCompare) {
        super(4);
        this.catalog = catalog;
        setId("selected-stack");
        getStyleClass().add("selected-stack");
        setAccessibleRole(AccessibleRole.TEXT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.getStyleClass().add("selected-stack-title");
        boundary.getStyleClass().add("selected-stack-boundary");
        boundary.setWrapText(true);
        boundary.setMaxWidth(CARD_WIDTH);
        compare.setId("selected-stack-compare");
        compare.setOnAction(e -> openCompare.run());
        compare.getStyleClass().add("selected-stack-link");
        getChildren().addAll(title, rows, boundary, linkRoom);
    }

    /** The link to Compare, to be put above the card (see {@link #placeLink}). */
    Hyperlink link() {
        return compare;
    }

    /**
     * Puts the link where the card keeps room for it. The card itself lets clicks through to the diagram (it
     * may lie over other components); only the link takes them.
     */
    void placeLink() {
        compare.applyCss();
        compare.autosize();
        linkRoom.setMinSize(compare.getWidth(), compare.getHeight());
        linkRoom.setPrefSize(compare.getWidth(), compare.getHeight());
        applyCss();
        autosize();
        layout();
        compare.relocate(getLayoutX() + linkRoom.getLayoutX(), getLayoutY() + linkRoom.getLayoutY());
        compare.setVisible(isVisible());
    }

    /** The card's width, in pixels: room for the longest layer name and an owner. */
    static final double CARD_WIDTH = 300;

    /** Shows one service's layers; returns at once when they did not change. */
    void show(String heading, ComponentAnalysis analysis) {
        title.setText(heading);
        if (analysis.equals(shown)) {
            return;
        }
        shown = analysis;
        rows.getChildren().clear();
        List<LayerAssessment> layers = analysis.layers();
        Layer highest = analysis.highestAwsLayer().orElse(null);
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerAssessment l = layers.get(i);
            Label name = new Label(catalog.layer(l.layer()).name());
            name.getStyleClass().add("selected-stack-layer");
            name.setMinWidth(170);
            Label owner = new Label(l.owner().displayName());
            owner.getStyleClass().add("selected-stack-owner");
            HBox row = new HBox(8, new OwnerSwatch(l.owner(), 26, 16, false), name, owner);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("selected-stack-row");
            if (l.layer() == highest) {
                // The rule sits on top of AWS's highest layer, as on the stack.
                row.getStyleClass().add("selected-stack-demarcation");
            }
            rows.getChildren().add(row);
        }
        boundary.setText(Boundary.sentence(catalog, analysis));
        setAccessibleText(heading + ". " + Boundary.spoken(catalog, analysis));
    }
}

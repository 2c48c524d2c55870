package dev.demarc.ui.present;

import dev.demarc.ui.canvas.DiagramCanvas;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The presentation's caption: the step counter, a title large enough for the back of a lecture room, and a
 * sentence saying who owns the layer on each service (or what the customer must do). Drawn in the canvas'
 * screen layer, so it does not zoom; along the bottom, or as a column along the right edge ({@link #atSide}).
 */
final class Caption extends VBox {

    /**
     * Fixed, so the zoom that fits the diagram above it stays the same from step to step: room for a title
     * line (with the counter and the hint at its right) and three lines of text at projector size. Every pixel
     * it does not take goes to the stacks above it.
     */
    static final double HEIGHT = 160;
    /**
     * The column's width when the caption stands along the right edge instead, for a diagram taller than the
     * screen is wide (two rows of stacks): the title and sentence wrap in it, and the diagram gets the height.
     */
    static final double SIDE_WIDTH = 380;

    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label hint = new Label();
    private boolean side;

    Caption() {
        super(4);
        setId("present-caption");
        getStyleClass().add("present-caption");
        counter.setId("present-counter");
        counter.getStyleClass().add("present-counter");
        title.setId("present-title");
        title.getStyleClass().add("present-title");
        text.setId("present-text");
        text.getStyleClass().add("present-text");
        text.setWrapText(true);
        setAccessibleRole(AccessibleRole.TEXT);
        hint.setId("present-hint");
        hint.getStyleClass().add("present-hint");
        // The title takes what the counter and the hint leave; it ends in "..." only when the diagram's own
        // title is too long for one line (the step's sentence below wraps).
        title.setWrapText(false);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        hint.setWrapText(true);
        atSide(false);
    }

    /**
     * Lays the caption out along the bottom (a title line with the counter and hint at its right, the sentence
     * under it, {@link #HEIGHT} tall) or, {@code side}, as a column {@link #SIDE_WIDTH} wide: the counter, the
     * title and the sentence wrapped, the hint.
     */
    void atSide(boolean side) {
        this.side = side;
        // The canvas' fit keeps the diagram left of a column, above a caption along the bottom.
        getProperties().put(DiagramCanvas.AT_RIGHT, side);
        getChildren().clear();
        title.setWrapText(side);
        if (side) {
            // Its height is the room above the legend, which the presentation sets where it places it.
            getChildren().addAll(counter, title, text, hint);
        } else {
            setMinHeight(HEIGHT);
            setPrefHeight(HEIGHT);
            setMaxHeight(HEIGHT);
            HBox top = new HBox(24, title, counter, hint);
            top.setAlignment(Pos.BASELINE_LEFT);
            getChildren().addAll(top, text);
        }
    }

    /** Whether the caption stands in a column along the right edge rather than along the bottom. */
    boolean isAtSide() {
        return side;
    }

    /** The small line beside the counter saying whether the findings are hidden and how to reveal them. */
    void showHint(String hintText) {
        hint.setText(hintText);
    }

    void show(String counterText, String titleText, String body, String spoken) {
        counter.setText(counterText);
        title.setText(titleText);
        text.setText(body);
        setAccessibleText(spoken);
    }
}

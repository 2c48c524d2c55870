package dev.demarc.ui.present;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The presentation's caption: the step counter, a title large enough for the back of a lecture room, and a
 * sentence saying who owns the layer on each service (or what the customer must do). Drawn in the canvas'
 * screen layer, so it does not zoom.
 */
final class Caption extends VBox {

    /**
     * Fixed, so the zoom that fits the diagram above it stays the same from step to step: room for the
     * counter, a title and three lines of text at projector size.
     */
    static final double HEIGHT = 190;

    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label hint = new Label();

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
        title.setWrapText(true);
        text.setWrapText(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        hint.setId("present-hint");
        hint.getStyleClass().add("present-hint");
        HBox top = new HBox(24, counter, hint);
        getChildren().addAll(top, title, text);
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

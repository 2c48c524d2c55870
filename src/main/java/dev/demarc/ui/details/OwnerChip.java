package dev.demarc.ui.details;

import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.OwnerStyle;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A square in the owner's overlay fill with the owner's letter on it, as the bands on the canvas are drawn
 * ({@link OwnerStyle}), so the panel and the overlay read the same way: colour and letter, never colour
 * alone.
 */
final class OwnerChip extends StackPane {

    static final double SIZE = 28;

    OwnerChip(Owner owner) {
        getStyleClass().addAll("owner-chip", OwnerStyle.styleClass(owner));
        Rectangle square = new Rectangle(SIZE, SIZE, OwnerStyle.fill(owner));
        square.setArcWidth(6);
        square.setArcHeight(6);
        square.setStroke(Color.gray(0.2));
        Text letter = new Text(OwnerStyle.letter(owner));
        letter.setFont(Font.font("System", FontWeight.BOLD, 16));
        letter.setFill(OwnerStyle.letterColor(owner));
        getChildren().addAll(square, letter);
        setMinSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Owner: " + owner.displayName());
    }
}
